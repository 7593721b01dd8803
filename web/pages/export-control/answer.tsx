/**
 * The answer for a reader: one sentence that says yes or no and why, the reasons with the law behind them,
 * the caveats, a question for each missing fact (answered with the reader's own value, marked as such), and
 * the engine's arithmetic and reasons as details.
 */
import { useState, type FormEvent } from "react";
import { formatNumber } from "../../i18n/format.js";
import { updateQuery } from "../../state/location.js";
import type { CheckResult, CuratedFact, PlainAnswer } from "./api.js";
import { ANSWER_COLOURS } from "./colours.js";
import { useMessages } from "../../i18n/lang.js";
import { CATALOGUE, type ExportMessageKey, type ExportTranslate } from "./messages.js";

const WEAK = new Set(["unconfirmed", "disputed"]);
const words = (text: string) => text.replace(/_/g, " ");

/** An engine code in the reader's language ("policy.not_stated"), or its words when the catalogue lacks it. */
function codeText(x: ExportTranslate, prefix: "basis" | "policy" | "evidence", code: string): string {
  const key = `${prefix}.${code}`;
  return key in CATALOGUE.en ? x(key as ExportMessageKey) : words(code);
}

/** A question for a fact the data lacks, answered in place: the value goes into the URL and the answer follows. */
function GapQuestion({ question, given }: { question: PlainAnswer["questions"][number]; given: number | undefined }) {
  const { t: x } = useMessages(CATALOGUE);
  const [value, setValue] = useState(given === undefined ? "" : String(given));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (question.kind === "boolean") return;
    updateQuery({ [`g_${question.parameter}`]: value });
  };
  const id = `gap-${question.fact}`;
  return (
    <li>
      <form className="gap" onSubmit={submit}>
        <label htmlFor={id}>{question.question}</label>{" "}
        {question.kind === "boolean" ? (
          <select id={id} name={question.parameter} onChange={(event) => updateQuery({ dc: event.target.value })}>
            <option value="">{x("datacenterNoData")}</option>
            <option value="true">{x("yourValue", { value: x("yes") })}</option>
            <option value="false">{x("yourValue", { value: x("no") })}</option>
          </select>
        ) : (
          <>
            <input
              id={id}
              type="number"
              min={0}
              step="any"
              inputMode="decimal"
              name={question.parameter}
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />{" "}
            <button type="submit">{x("gapSubmit")}</button>
          </>
        )}
      </form>
    </li>
  );
}

/**
 * Whether a stored chip is designed for data centres: the control starts from the data's value and names its
 * source; only a value the reader picks is marked as theirs (and goes into the URL as `dc`).
 */
export function DatacenterControl({ fact, reader }: { fact: CuratedFact | undefined; reader: boolean | null }) {
  const { t: x } = useMessages(CATALOGUE);
  const yesNo = (value: boolean) => x(value ? "yes" : "no");
  const fromData =
    typeof fact?.value === "boolean"
      ? x("datacenterFromData", { value: yesNo(fact.value), source: fact.publisher ?? fact.source })
      : x("datacenterNoData");
  return (
    <p className="datacenter-control">
      <label>
        {x("datacenter")}{" "}
        <select
          name="dc"
          value={reader === null ? "" : String(reader)}
          onChange={(event) => updateQuery({ dc: event.target.value || null })}
        >
          <option value="">{fromData}</option>
          <option value="true">{x("yourValue", { value: yesNo(true) })}</option>
          <option value="false">{x("yourValue", { value: yesNo(false) })}</option>
        </select>
      </label>
    </p>
  );
}

/** The values the reader gave, each removable: they replace the data's, and the answer says so. */
function GivenValues({ given }: { given: Readonly<Record<string, number>> }) {
  const { t: x, lang } = useMessages(CATALOGUE);
  const entries = Object.entries(given);
  if (entries.length === 0) return null;
  return (
    <p className="given">
      {x("givenValues")}{" "}
      {entries.map(([parameter, value]) => (
        <span key={parameter} className="given-value">
          {x(`given.${parameter}` as ExportMessageKey)}: {formatNumber(value, lang, 2)}{" "}
          <button type="button" onClick={() => updateQuery({ [`g_${parameter}`]: null })}>
            {x("givenRemove")}
          </button>{" "}
        </span>
      ))}
    </p>
  );
}

export function Answer({
  result,
  plain,
  given,
  canAsk,
}: {
  result: CheckResult;
  plain: PlainAnswer;
  given: Readonly<Record<string, number>>;
  canAsk: boolean;
}) {
  const { t: x } = useMessages(CATALOGUE);
  const { answer } = result;
  return (
    <section
      className="export-answer"
      aria-labelledby="export-answer-title"
      data-answer={answer.kind}
      data-code={result.code}
    >
      <h2 id="export-answer-title">
        <span className="swatch" style={{ background: ANSWER_COLOURS[answer.kind] }} aria-hidden="true" />{" "}
        {plain.headline}
      </h2>
      <p className="answer-code">
        <code>{plain.code}</code> {plain.legend}
      </p>
      <GivenValues given={given} />
      {canAsk && plain.questions.length > 0 ? (
        <>
          <h3>{x("gapTitle")}</h3>
          <ul className="gaps">
            {plain.questions.map((question) => (
              <GapQuestion key={question.fact} question={question} given={given[question.parameter]} />
            ))}
          </ul>
        </>
      ) : null}
      <h3>{x("why")}</h3>
      <ol className="reasons plain">
        {plain.reasons.map((reason, index) => (
          <li key={index}>
            {reason.text} {reason.citation ? <cite>({reason.citation})</cite> : null}
          </li>
        ))}
      </ol>
      <h3>{x("caveats")}</h3>
      <ul className="caveats plain">
        {plain.caveats.map((caveat, index) => (
          <li key={index}>{caveat}</li>
        ))}
      </ul>
      <details className="answer-details">
        <summary>{x("details")}</summary>
        <p>
          {x("classification", {
            eccn: result.classification.eccn ?? x("noEccn"),
            status: x(`status.${result.classification.status}` as ExportMessageKey),
          })}
          {answer.kind === "licence_required"
            ? ` ${x("basis", {
                basis: codeText(x, "basis", answer.basis),
                policy: codeText(x, "policy", answer.reviewPolicy),
                confidence: codeText(x, "evidence", answer.reviewPolicyConfidence),
              })}`
            : null}
        </p>
        <p>{x("confidence", { confidence: result.confidence })}</p>
        <h4>{x("arithmetic")}</h4>
        <ol className="arithmetic">
          {result.metrics.steps.map((step, index) => (
            <li key={index}>
              <code>{step}</code>
            </li>
          ))}
        </ol>
        <h4>{x("reasons")}</h4>
        <ol className="reasons">
          {result.reasons.map((reason, index) => (
            <li key={index} data-confidence={reason.confidence}>
              {WEAK.has(reason.confidence) ? <strong>[{reason.confidence}] </strong> : null}
              {reason.text}
              <br />
              <cite>
                {reason.citation.instrument}
                {reason.citation.sources.length > 0 ? ` [${reason.citation.sources.join(", ")}]` : ""}
              </cite>{" "}
              ({reason.confidence})
            </li>
          ))}
        </ol>
        <h4>{x("caveats")}</h4>
        <ul className="caveats">
          {result.caveats.map((caveat, index) => (
            <li key={index} data-kind={caveat.kind}>
              <strong>{x(`caveat.${caveat.kind}` as ExportMessageKey)}:</strong> {caveat.text}
              {caveat.citation ? (
                <>
                  {" "}
                  (<cite>{caveat.citation.instrument}</cite>)
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** Every answer code and mark with its meaning, in the page's language. */
export function CodeLegend({ legend }: { legend: Readonly<Record<string, string>> }) {
  const { t: x } = useMessages(CATALOGUE);
  return (
    <section className="code-legend" aria-labelledby="code-legend-title">
      <h2 id="code-legend-title">{x("legendTitle")}</h2>
      <dl>
        {Object.entries(legend).map(([code, meaning]) => (
          <div key={code}>
            <dt>
              <code>{code}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
