/** The shared chart settings of a page (blocs, period, attribution rule), written to the URL. */
import { useState, type ReactNode } from "react";
import { useLang } from "../i18n/lang.js";
import { updateQuery } from "../state/location.js";
import { useReference } from "../state/reference.js";
import type { ViewParams } from "../state/view-params.js";

const FIRST_YEAR = 1950;
const LAST_YEAR = 2030;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => LAST_YEAR - index);

export function Controls({
  view,
  show = { blocs: true, period: true, rule: true },
  children,
}: {
  view: ViewParams;
  show?: { blocs?: boolean; period?: boolean; rule?: boolean };
  children?: ReactNode;
}) {
  const { lang, t } = useLang();
  const reference = useReference();
  const [copied, setCopied] = useState(false);
  const toggleBloc = (id: string) => {
    const next = view.blocs.includes(id) ? view.blocs.filter((bloc) => bloc !== id) : [...view.blocs, id];
    if (next.length > 0) updateQuery({ blocs: next.join(",") });
  };
  const copyLink = async () => {
    await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <form className="controls" aria-label={t("controls.label")} onSubmit={(event) => event.preventDefault()}>
      {show.blocs ? (
        <fieldset>
          <legend>{t("controls.blocs")}</legend>
          {reference.blocs.map((bloc) => (
            <label key={bloc.id} className="check">
              <input
                type="checkbox"
                name="bloc"
                value={bloc.id}
                checked={view.blocs.includes(bloc.id)}
                onChange={() => toggleBloc(bloc.id)}
              />
              <span className="swatch" style={{ background: bloc.colour ?? "#888888" }} aria-hidden="true" />
              {lang === "nl" ? bloc.name_nl : bloc.name_en}
            </label>
          ))}
        </fieldset>
      ) : null}
      {show.period ? (
        <fieldset className="period">
          <legend>
            {t("controls.from")} – {t("controls.to")}
          </legend>
          <label>
            {t("controls.from")}{" "}
            <select name="from" value={view.from} onChange={(event) => updateQuery({ from: event.target.value })}>
              {YEARS.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>{" "}
          <label>
            {t("controls.to")}{" "}
            <select
              name="to"
              value={view.to ?? ""}
              onChange={(event) => updateQuery({ to: event.target.value || null })}
            >
              <option value="">–</option>
              {YEARS.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      ) : null}
      {show.rule ? (
        <fieldset>
          <legend>{t("controls.rule")}</legend>
          {(["any", "fractional"] as const).map((rule) => (
            <label key={rule} className="check">
              <input
                type="radio"
                name="rule"
                value={rule}
                checked={view.attribution === rule}
                onChange={() => updateQuery({ rule: rule === "any" ? null : rule })}
              />
              {t(rule === "any" ? "controls.rule.any" : "controls.rule.fractional")}
            </label>
          ))}
        </fieldset>
      ) : null}
      {children}
      <button type="button" className="copy-link" onClick={copyLink} data-action="copy-link">
        {copied ? t("controls.copied") : t("controls.copyLink")}
      </button>
    </form>
  );
}

/** A labelled select bound to one query parameter. */
export function QuerySelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label className="select">
      {label}{" "}
      <select name={name} value={value} onChange={(event) => updateQuery({ [name]: event.target.value })}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
