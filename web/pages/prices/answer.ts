/**
 * The page's answer in words, read from the price-of-capability series: what the level cost per bloc on the
 * chosen days (mid-2023, mid-2024, mid-2025 by default), how fast it falls per bloc, and the US–China gap.
 */
import type { IndicatorRow, IndicatorSeries } from "../../api/types.js";
import { formatDate } from "../../i18n/format.js";
import { LOCALE, type Lang } from "../../i18n/locale.js";
import type { PricesTranslate } from "./messages.js";

export const ANSWER_DAYS = ["2023-06-30", "2024-06-30", "2025-06-30"] as const;

/** The fewest price changes the log-linear fit of the fall per year accepts (see the indicator's method). */
const MINIMUM_FIT_POINTS = 3;

/** Dollars with up to three significant digits: $37.50 stays readable, $0.1375 becomes $0.138. */
export function formatUsd(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    style: "currency",
    currency: "USD",
    maximumSignificantDigits: 3,
  }).format(value);
}

function formatFactor(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumSignificantDigits: value >= 10 ? 3 : 2 }).format(value);
}

export function answerLines(
  series: IndicatorSeries,
  options: {
    readonly level: string;
    readonly blocs: readonly string[];
    readonly lang: Lang;
    readonly p: PricesTranslate;
    readonly labelOf: (group: string) => string;
    readonly days?: readonly string[];
  },
): string[] {
  const { lang, p, labelOf } = options;
  const [main, fall, gap] = [
    series.tables[0],
    series.tables.find((t) => t.key === "fall"),
    series.tables.find((t) => t.key === "gap"),
  ];
  const find = (rows: readonly IndicatorRow[] | undefined, match: Record<string, string>) =>
    rows?.find((row) => Object.entries(match).every(([key, value]) => row[key] === value));
  const lines: string[] = [];
  for (const day of options.days ?? ANSWER_DAYS) {
    const offers = options.blocs.map((bloc) => {
      const row = find(main?.rows, { date: day, group: bloc, level: options.level });
      const price = row?.cheapestUsdPerMtok;
      if (typeof price !== "number") return p("none", { bloc: labelOf(bloc) });
      return p("offer", {
        bloc: labelOf(bloc),
        price: formatUsd(price, lang),
        model: String(row!.model),
        provider: String(row!.provider),
        since: formatDate(String(row!.priceSince), lang),
      });
    });
    lines.push(p("answerOn", { date: formatDate(day, lang), offers: offers.join("; ") }));
  }
  for (const bloc of options.blocs) {
    const row = find(fall?.rows, { group: bloc, level: options.level });
    if (!row) continue;
    if (typeof row.fallPerYear !== "number") {
      const n = Number(row.n ?? 0);
      lines.push(p(n === 0 ? "noOffer" : "noFall", { bloc: labelOf(bloc), n, minimum: MINIMUM_FIT_POINTS }));
      continue;
    }
    const low = Number(row.fallPerYearLow);
    const high = Number(row.fallPerYearHigh);
    // An interval that holds 1× (no change) is no trend either way; otherwise a fall or a rise.
    const rising = row.fallPerYear < 1;
    lines.push(
      p(low <= 1 && high >= 1 ? "unclear" : rising ? "rise" : "fall", {
        bloc: labelOf(bloc),
        fall: formatFactor(rising ? 1 / row.fallPerYear : row.fallPerYear, lang),
        low: formatFactor(low, lang),
        high: formatFactor(high, lang),
        confidence: 90,
        n: Number(row.n),
        from: formatDate(String(row.fitFrom), lang),
        to: formatDate(String(row.fitTo), lang),
      }),
    );
  }
  // The US–China gap on each answer day where both blocs have an offer at the level, said from the dearer side.
  for (const day of options.days ?? ANSWER_DAYS) {
    const gapRow = find(gap?.rows, { date: day, level: options.level });
    const ratio = gapRow?.usOverChina;
    if (typeof ratio !== "number" || ratio <= 0) continue;
    const date = formatDate(day, lang);
    lines.push(
      ratio >= 1
        ? p("gap", { date, ratio: formatFactor(ratio, lang) })
        : p("gapChina", { date, ratio: formatFactor(1 / ratio, lang) }),
    );
  }
  return lines;
}
