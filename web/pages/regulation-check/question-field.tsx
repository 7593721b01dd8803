/** One question of the questionnaire: its label, help text and the control for its kind, bound to the URL. */
import { ALPHA2_BY_NUMERIC } from "../../map/country-codes.js";
import { LOCALE, type Lang } from "../../i18n/locale.js";
import type { AnswerValue, MarketAnswer } from "./answers.js";
import type { CheckTranslate } from "./messages.js";
import type { Question } from "./questions.js";

export interface QuestionFieldProps {
  readonly question: Question;
  readonly value: AnswerValue | undefined;
  readonly onChange: (value: AnswerValue | undefined) => void;
  readonly lang: Lang;
  readonly tx: CheckTranslate;
  /** The API's message when it refused this field. */
  readonly error?: string;
}

const controlId = (field: string, suffix = "") => `q-${field.replace(/\./g, "-")}${suffix}`;

function Choices({ question, value, onChange, lang, multiple }: QuestionFieldProps & { multiple: boolean }) {
  const options = "options" in question ? question.options : [];
  const chosen = new Set(Array.isArray(value) ? (value as string[]) : typeof value === "string" ? [value] : []);
  const toggle = (option: string) => {
    if (!multiple) return onChange(option);
    const next = chosen.has(option) ? [...chosen].filter((item) => item !== option) : [...chosen, option];
    onChange(next);
  };
  return (
    <div className="choices">
      {options.map((option) => (
        <label key={option.value} className="check">
          <input
            type={multiple ? "checkbox" : "radio"}
            name={question.field}
            value={option.value}
            checked={chosen.has(option.value)}
            onChange={() => toggle(option.value)}
          />
          {option.label[lang]}
        </label>
      ))}
    </div>
  );
}

function Markets({ question, value, onChange, lang, tx }: QuestionFieldProps) {
  const options = "options" in question ? question.options : [];
  const markets = Array.isArray(value) ? (value as readonly MarketAnswer[]) : [];
  const find = (jurisdiction: string) => markets.find((market) => market.jurisdiction === jurisdiction);
  const toggle = (jurisdiction: string) =>
    onChange(
      find(jurisdiction)
        ? markets.filter((market) => market.jurisdiction !== jurisdiction)
        : [...markets, { jurisdiction, date: null }],
    );
  const setDate = (jurisdiction: string, date: string) =>
    onChange(
      markets.map((market) =>
        market.jurisdiction === jurisdiction ? { jurisdiction, date: date === "" ? null : date } : market,
      ),
    );
  return (
    <div className="choices markets">
      {options.map((option) => {
        const market = find(option.value);
        return (
          <div key={option.value} className="market">
            <label className="check">
              <input
                type="checkbox"
                name="markets"
                value={option.value}
                checked={market !== undefined}
                onChange={() => toggle(option.value)}
              />
              {option.label[lang]}
            </label>
            {market ? (
              <label className="placed">
                {tx("check.placedOn")}{" "}
                <input
                  type="date"
                  name={`placed-${option.value}`}
                  value={market.date ?? ""}
                  onChange={(event) => setDate(option.value, event.target.value)}
                />
              </label>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

function YesNo({ question, value, onChange, tx }: QuestionFieldProps) {
  const current = value === undefined && question.kind === "boolean" ? question.defaultValue : value;
  const choices: { label: string; value: boolean | undefined; key: string }[] = [
    { label: tx("check.yes"), value: true, key: "1" },
    { label: tx("check.no"), value: false, key: "0" },
    ...(question.kind === "tristate" ? [{ label: tx("check.auto"), value: undefined, key: "auto" }] : []),
  ];
  return (
    <div className="choices inline">
      {choices.map((choice) => (
        <label key={choice.key} className="check">
          <input
            type="radio"
            name={question.field}
            value={choice.key}
            checked={current === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </div>
  );
}

type CountryChoice = { readonly code: string; readonly name: string };
const countryChoicesByLang = new Map<Lang, readonly CountryChoice[]>();

/**
 * Every ISO country by its name in the reader's language, sorted by that name; the value stays the code. Built
 * once per language, not on every render of the question.
 */
function countryChoices(lang: Lang): readonly CountryChoice[] {
  let choices = countryChoicesByLang.get(lang);
  if (!choices) {
    const names = new Intl.DisplayNames([LOCALE[lang]], { type: "region" });
    choices = [...new Set(ALPHA2_BY_NUMERIC.values())]
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, LOCALE[lang]));
    countryChoicesByLang.set(lang, choices);
  }
  return choices;
}

function CountrySelect({ question, value, onChange, lang, tx }: QuestionFieldProps) {
  return (
    <select
      id={controlId(question.field)}
      name={question.field}
      value={typeof value === "string" ? value : ""}
      onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
    >
      <option value="">{tx("check.countryNotSaid")}</option>
      {countryChoices(lang).map(({ code, name }) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </select>
  );
}

function TextInput({ question, value, onChange }: QuestionFieldProps) {
  const numeric = question.kind === "number";
  return (
    <input
      id={controlId(question.field)}
      name={question.field}
      type="text"
      inputMode={numeric ? "decimal" : "text"}
      value={value === undefined ? "" : String(value)}
      onChange={(event) => {
        const text = event.target.value;
        onChange(
          text === ""
            ? undefined
            : numeric && text.trim() !== "" && Number.isFinite(Number(text))
              ? Number(text)
              : text,
        );
      }}
    />
  );
}

export function QuestionField(props: QuestionFieldProps) {
  const { question, lang, error } = props;
  const helpId = controlId(question.field, "-help");
  const control =
    question.kind === "set" ? (
      <Choices {...props} multiple />
    ) : question.kind === "choice" ? (
      <Choices {...props} multiple={false} />
    ) : question.kind === "markets" ? (
      <Markets {...props} />
    ) : question.kind === "boolean" || question.kind === "tristate" ? (
      <YesNo {...props} />
    ) : question.kind === "country" ? (
      <CountrySelect {...props} />
    ) : (
      <TextInput {...props} />
    );
  const inline = question.kind === "number" || question.kind === "country" || question.kind === "text";
  return (
    <fieldset
      className={`question${error ? " invalid" : ""}`}
      data-field={question.field}
      aria-describedby={question.help[lang] ? helpId : undefined}
    >
      <legend>
        {inline ? <label htmlFor={controlId(question.field)}>{question.label[lang]}</label> : question.label[lang]}
      </legend>
      {question.help[lang] ? (
        <p className="help" id={helpId}>
          {question.help[lang]}
        </p>
      ) : null}
      {control}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
