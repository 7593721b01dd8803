/**
 * The one-sentence answers of the overview, computed from the series the API returned: nothing here
 * is typed in, so the sentences change with the snapshot and the settings.
 */
import type { IndicatorRow, IndicatorSeries } from "../api/types.js";
import { formatDate, formatNumber, formatPercent } from "../i18n/format.js";
import type { Translate } from "../i18n/lang.js";
import { LOCALE, type Lang } from "../i18n/locale.js";

export interface HeadlineContext {
  readonly t: Translate;
  readonly lang: Lang;
  readonly labelOf: (group: string) => string;
}

function list(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE[lang], { style: "long", type: "conjunction" }).format(items);
}

function tableRows(series: IndicatorSeries, key: string): readonly IndicatorRow[] {
  return series.tables.find((table) => table.key === key)?.rows ?? [];
}

export function modelsHeadline(series: IndicatorSeries, { t, lang, labelOf }: HeadlineContext): string {
  const blocRows = series.rows.filter((row) => row.groupKind === "bloc" && typeof row.year === "number");
  const years = blocRows.filter((row) => (row.worldModels as number) > 0).map((row) => row.year as number);
  if (years.length === 0) return "";
  const year = Math.max(...years);
  const counts = blocRows
    .filter((row) => row.year === year)
    .map((row) => `${labelOf(String(row.group))} ${formatNumber(row.models as number, lang)}`);
  return `${t("overview.models", { year })}: ${list(counts, lang)}.`;
}

export function lagHeadline(series: IndicatorSeries, { t, lang, labelOf }: HeadlineContext): string {
  const sentences = tableRows(series, "latest")
    .filter((row) => typeof row.lagMonths === "number")
    .map((row) => {
      const values = {
        follower: labelOf(String(row.follower)),
        leader: labelOf(String(row.leader)),
        months: formatNumber(Math.abs(row.lagMonths as number), lang, 1),
        date: formatDate(String(row.date), lang),
        model: String(row.followerBestModel ?? ""),
        reachedOn: formatDate(String(row.reachedOn ?? ""), lang),
        reachedBy: String(row.reachedBy ?? ""),
      };
      return t((row.lagMonths as number) >= 0 ? "headline.lagBehind" : "headline.lagAhead", values);
    });
  return sentences.join(" ");
}

export function latestOperational(rows: readonly IndicatorRow[]): IndicatorRow[] {
  const operational = rows.filter((row) => row.status === "operational" && row.groupKind !== "world");
  const last = operational.reduce((latest, row) => (String(row.date) > latest ? String(row.date) : latest), "");
  return operational.filter((row) => row.date === last);
}

export function shareHeadline(series: IndicatorSeries, { t, lang, labelOf }: HeadlineContext): string {
  const rows = latestOperational(series.rows).filter((row) => row.groupKind === "bloc");
  if (rows.length === 0) return "";
  const shares = rows.map(
    (row) =>
      `${labelOf(String(row.group))} ${row.shareOfWorldH100e === null ? "–" : formatPercent(row.shareOfWorldH100e as number, lang)}`,
  );
  return `${t("overview.share", { date: formatDate(String(rows[0]!.date), lang) })}: ${list(shares, lang)}.`;
}

export function thresholdHeadline(series: IndicatorSeries, { t, lang, labelOf }: HeadlineContext): string {
  const crossings = tableRows(series, "firstCrossing").filter((row) => row.threshold === 1e25);
  const counts = crossings.map((row) =>
    row.firstModel
      ? t("headline.crossing", {
          group: labelOf(String(row.group)),
          n: formatNumber(row.modelsAbove as number, lang),
          model: String(row.firstModel),
          date: formatDate(String(row.firstDate), lang),
        })
      : t("headline.noCrossing", { group: labelOf(String(row.group)) }),
  );
  return `${t("overview.above")}: ${counts.join("; ")}.`;
}

export function europeHeadline(series: IndicatorSeries, { t }: HeadlineContext): string {
  const europe = series.rows.filter((row) => row.isEurope === true && typeof row.rank === "number");
  const worst = Math.max(...series.rows.map((row) => (typeof row.rank === "number" ? row.rank : 0)));
  return `${t("overview.europe", {
    first: europe.filter((row) => row.rank === 1).length,
    last: europe.filter((row) => row.rank === worst).length,
    total: europe.length,
  })}.`;
}
