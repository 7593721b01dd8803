/** The method of an indicator as the API states it: records kept, rule, formula, assumptions, caveats. */
import type { IndicatorMethod } from "../api/types.js";
import { useLang } from "../i18n/lang.js";

export function methodSummary(method: IndicatorMethod, t: ReturnType<typeof useLang>["t"], lang: "en" | "nl"): string {
  const parts = [t("chart.n", { n: method.n })];
  parts.push(
    method.window ? t("chart.window", { from: method.window.from, to: method.window.to }) : t("chart.noWindow"),
  );
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
