/** The method of an indicator as the API states it: records kept, rule, formula, assumptions, caveats. */
import type { IndicatorMethod } from "../api/types.js";
import { formatDate } from "../i18n/format.js";
import { useLang } from "../i18n/lang.js";

/** The years a chart's controls show; either end open when the control is unset. */
export interface ShownPeriod {
  readonly from?: number;
  readonly to?: number;
}

/**
 * "shown 2015–2025 · records of 2010–2025": the period comes from the controls, so the subtitle never
 * contradicts them; the records' years are named too when history before the period entered the figures.
 */
function periodParts(method: IndicatorMethod, shown: ShownPeriod | undefined, t: ReturnType<typeof useLang>["t"]) {
  const window = method.window;
  if (!window) return [t("chart.noWindow")];
  if (!shown || (shown.from === undefined && shown.to === undefined))
    return [t("chart.window", { from: window.from, to: window.to })];
  const from = shown.from ?? window.from;
  const to = Math.min(shown.to ?? window.to, window.to);
  const sameYears = from === window.from && to === window.to;
  return sameYears
    ? [t("chart.shown", { from, to })]
    : [t("chart.shown", { from, to }), t("chart.window", { from: window.from, to: window.to })];
}

export function methodSummary(
  method: IndicatorMethod,
  t: ReturnType<typeof useLang>["t"],
  lang: "en" | "nl",
  shown?: ShownPeriod,
): string {
  const parts = [t("chart.n", { n: method.n }), ...periodParts(method, shown, t)];
  // Dated by its own data and named by its metric, so two pages' figures can be told apart (#10).
  if (method.asOf) parts.push(t("chart.asOf", { date: formatDate(method.asOf, lang) }));
  if (method.metric) parts.push(t("chart.metric", { metric: method.metric[lang] }));
  if (method.attribution)
    parts.push(
      `${t("chart.attribution")}: ${t(method.attribution.rule === "any" ? "controls.rule.any" : "controls.rule.fractional").toLowerCase()}`,
    );
  return `${parts.join(" · ")}. ${method.filters.map((filter) => filter[lang]).join(" ")}`;
}

export function MethodNote({ method }: { method: IndicatorMethod }) {
  const { lang, t } = useLang();
  const list = (title: string, items: readonly { en: string; nl: string }[]) =>
    items.length === 0 ? null : (
      <>
        <dt>{title}</dt>
        <dd>
          <ul>
            {items.map((item, index) => (
              <li key={index}>{item[lang]}</li>
            ))}
          </ul>
        </dd>
      </>
    );
  return (
    <details className="method">
      <summary>{t("chart.method")}</summary>
      <dl>
        {list(t("chart.filters"), method.filters)}
        {method.attribution ? (
          <>
            <dt>{t("chart.attribution")}</dt>
            <dd>{method.attribution.text[lang]}</dd>
          </>
        ) : null}
        <dt>{t("chart.formula")}</dt>
        <dd>{method.formula[lang]}</dd>
        {list(t("chart.assumptions"), method.assumptions)}
        {list(t("chart.caveats"), method.caveats)}
      </dl>
    </details>
  );
}
