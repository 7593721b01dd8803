/** Shared pieces of the Plot charts: dates, colour scales, axes with per-language number formats. */
import * as Plot from "@observablehq/plot";
import type { Cell, Column, IndicatorRow, IndicatorTable } from "../api/types.js";
import { formatCell, formatNumber, superscript } from "../i18n/format.js";
import { LOCALE, type Lang } from "../i18n/locale.js";
import type { ChartOptions } from "./registry.js";

export function asDate(value: Cell | undefined): Date | null {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
}

export function asNumber(value: Cell | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function column(data: IndicatorTable, key: string): Column | undefined {
  return data.columns.find((candidate) => candidate.key === key);
}

export function label(data: IndicatorTable, key: string, lang: Lang, suffix = ""): string {
  const found = column(data, key);
  if (!found) return key;
  return `${found.label[lang]}${found.unit ? ` (${found.unit})` : ""}${suffix}`;
}

export function groupsOf(rows: readonly IndicatorRow[], key: string): string[] {
  return [
    ...new Set(
      rows.map((row) => row[key]).filter((value): value is string => typeof value === "string" && value !== ""),
    ),
  ];
}

export function colourScale(rows: readonly IndicatorRow[], options: ChartOptions): Plot.ScaleOptions {
  const domain = groupsOf(rows, options.groupKey);
  return { type: "ordinal", domain, range: domain.map(options.colourOf) };
}

/** Date ticks: the year alone on 1 January, otherwise month and year in the chosen language. */
export function dateTick(lang: Lang): (date: Date) => string {
  return (date) =>
    date.getUTCMonth() === 0 && date.getUTCDate() === 1
      ? String(date.getUTCFullYear())
      : new Intl.DateTimeFormat(LOCALE[lang], { month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

/** Powers of ten spanning the values, thinned to at most eight ticks. */
export function powerTicks(values: readonly number[]): number[] {
  const positive = values.filter((value) => value > 0);
  if (positive.length === 0) return [];
  const low = Math.floor(Math.log10(Math.min(...positive)));
  const high = Math.ceil(Math.log10(Math.max(...positive)));
  const stride = Math.max(1, Math.ceil((high - low + 1) / 8));
  const ticks: number[] = [];
  for (let exponent = low; exponent <= high; exponent += stride) ticks.push(10 ** exponent);
  return ticks;
}

export function powerTick(value: number): string {
  return `10${superscript(Math.round(Math.log10(value)))}`;
}

export function valueTick(unit: string | null, lang: Lang): (value: number) => string {
  if (unit === "share") return (value) => formatCell(value, "share", lang);
  return (value) =>
    unit !== null && unit.startsWith("USD") ? formatCell(value, unit, lang) : formatNumber(value, lang, 2);
}

/** A log y axis in powers of ten, or a linear one formatted for the unit. */
export function yAxis(
  data: IndicatorTable,
  key: string,
  lang: Lang,
  log: boolean,
  values: readonly number[],
): Plot.ScaleOptions {
  const unit = column(data, key)?.unit ?? null;
  if (log)
    return {
      type: "log",
      ticks: powerTicks(values),
      tickFormat: powerTick,
      label: label(data, key, lang, lang === "nl" ? ", log-schaal" : ", log scale"),
      grid: true,
    };
  return { label: label(data, key, lang), grid: true, tickFormat: valueTick(unit, lang), zero: true };
}

export function plotSvg(options: Plot.PlotOptions): SVGSVGElement {
  const element = Plot.plot({ style: { fontSize: "12px", background: "transparent" }, ...options });
  if (!(element instanceof SVGSVGElement))
    throw new Error("chart must render to a bare SVG (no Plot legend or caption)");
  return element;
}

export function chartHeight(width: number): number {
  return Math.round(Math.min(440, Math.max(260, width * 0.55)));
}

export { Plot };
