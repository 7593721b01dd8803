/** The source line under a chart and the lines written into its downloads. */
import type { IndicatorResponse } from "../api/types.js";
import { formatDate } from "../i18n/format.js";
import type { Translate } from "../i18n/lang.js";
import type { Lang } from "../i18n/locale.js";

export function epochSourceLine(response: IndicatorResponse, t: Translate, lang: Lang): string {
  const { sources, snapshot_id: snapshot, snapshot_date: date } = response.data;
  const titles = sources.map(
    (source) =>
      `${source.publisher ? `${source.publisher}, ` : ""}${source.title}${source.licence ? ` (${source.licence})` : ""}`,
  );
  const sourcePart = titles.length > 0 ? `${t("chart.source", { sources: titles.join("; ") })} ` : "";
  return `${sourcePart}${t("chart.citation", { snapshot, date: date ? formatDate(date, lang) : "?" })}`;
}

export function citationLines(sourceLine: string, t: Translate): string[] {
  return [sourceLine, t("chart.view", { url: window.location.href })];
}
