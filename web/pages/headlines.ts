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
  // A bloc without a tracked cluster has no share: it is left out, never shown as 0%.
  const known = rows.filter((row) => typeof row.shareOfWorldH100e === "number");
  if (known.length === 0) return "";
  const shares = known.map(
    (row) => `${labelOf(String(row.group))} ${formatPercent(row.shareOfWorldH100e as number, lang)}`,
  );
  // Dated by the latest data behind it (the newest cluster), not by the snapshot day it is read on.
  const world = latestOperational(series.rows.filter((row) => row.groupKind === "world" || row.group === "world"));
  const asOf = String(
    series.rows.find((row) => row.group === "world" && row.date === rows[0]!.date && row.status === "operational")
      ?.asOf ??
      world[0]?.asOf ??
      rows[0]!.date,
  );
  const sentence = `${t("overview.share", { date: formatDate(asOf, lang) })}: ${list(shares, lang)}.`;
  return [sentence, ...sensitivitySentences(series, { t, lang, labelOf })].join(" ");
}

/** Where the latest records move a share by more than a point, say so: one record should not pass unnoticed. */
export function sensitivitySentences(series: IndicatorSeries, { t, lang, labelOf }: HeadlineContext): string[] {
  return tableRows(series, "sensitivity")
    .filter(
      (row) =>
        row.groupKind === "bloc" &&
        typeof row.movedPoints === "number" &&
        Math.abs(row.movedPoints) > 1 &&
        typeof row.shareWithoutLatest === "number" &&
        typeof row.shareOfWorldH100e === "number",
    )
    .map((row) =>
      t(row.latestRecords === 1 ? "headline.sensitivityOne" : "headline.sensitivityMany", {
        n: String(row.latestRecords),
        date: formatDate(String(row.latestRecordsDate), lang),
        names: String(row.latestRecordNames),
        group: labelOf(String(row.group)),
        before: formatPercent(row.shareWithoutLatest as number, lang),
        after: formatPercent(row.shareOfWorldH100e as number, lang),
      }),
    );
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
  const europe = series.rows.filter((row) => row.isEurope === true);
  const ranked = europe.filter((row) => typeof row.rank === "number");
  // "First" is first alone (a shared rank is not a win); "last" is behind every other ranked bloc.
  const worstOf = (measure: unknown) =>
    Math.max(
      ...series.rows
        .filter((row) => row.measure === measure && typeof row.rank === "number")
        .map((row) => row.rank as number),
    );
  const first = ranked.filter((row) => row.rank === 1 && row.tie !== true).length;
  const last = ranked.filter((row) => row.rank !== 1 && row.rank === worstOf(row.measure)).length;
  const noData = europe.filter((row) => row.value === null).length;
  const sentence = t("overview.europe", { first, last, total: ranked.length });
  return `${sentence}${noData ? `; ${t("overview.europeNoData", { n: noData })}` : ""}.`;
}
