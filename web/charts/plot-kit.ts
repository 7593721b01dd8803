/**
 * Shared pieces of the Plot charts: dates, colour scales in the one legend order, axes with per-language
 * number formats and translated units, tooltips with values, and a layout that keeps axis labels off the ticks.
 */
import * as Plot from "@observablehq/plot";
import type { Cell, Column, IndicatorId, IndicatorRow, IndicatorTable, RowOf, TableKey } from "../api/types.js";
import { formatCell, formatDate, formatNumber, superscript } from "../i18n/format.js";
import { LOCALE, type Lang } from "../i18n/locale.js";
import { unitWord, withUnit } from "../i18n/units.js";
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

/**
 * A table's rows as the row type its indicator declares in the contract (src/indicators/row-types.ts), for a
 * chart drawn from one indicator's table: the fields it reads are checked by the compiler against the server's.
 */
export function rowsOf<Id extends IndicatorId, Table extends TableKey<Id>>(
  data: IndicatorTable,
): readonly RowOf<Id, Table>[] {
  return data.rows as unknown as readonly RowOf<Id, Table>[];
}

/** The column the indicator declares in a role (Column.role): charts read what it names, never guess by name. */
export function keyOf(data: IndicatorTable, role: NonNullable<Column["role"]>, chart: string): string {
  const found = data.columns.find((candidate) => candidate.role === role);
  if (!found) throw new Error(`table ${data.key} declares no ${role} column for a ${chart} chart`);
  return found.key;
}

/** A column's label with its unit as a word of the language (never twice, never for % or $). */
export function label(data: IndicatorTable, key: string, lang: Lang, suffix = ""): string {
  const found = column(data, key);
  if (!found) return key;
  return `${withUnit(found.label[lang], found.unit, lang)}${suffix}`;
}

export function groupsOf(rows: readonly IndicatorRow[], key: string): string[] {
  return [
    ...new Set(
      rows.map((row) => row[key]).filter((value): value is string => typeof value === "string" && value !== ""),
    ),
  ];
}

/** Colours in the one legend order every chart shares (blocs first, as the reference lists them). */
export function colourScale(rows: readonly IndicatorRow[], options: ChartOptions): Plot.ScaleOptions {
  const domain = (options.order ?? ((groups) => [...groups]))(groupsOf(rows, options.groupKey));
  return { type: "ordinal", domain, range: domain.map(options.colourOf) };
}

/** A value as a tooltip reads it: formatted for its unit and language, with the unit's word. */
export function valueText(value: Cell | undefined, unit: string | null, lang: Lang): string {
  if (value === undefined || value === null) return "–";
  const word = typeof value === "number" ? unitWord(unit, lang) : null;
  return `${formatCell(value, unit, lang)}${word ? ` ${word}` : ""}`;
}

/** A column's value in a row as "Label: value unit". */
export function fieldText(data: IndicatorTable, row: IndicatorRow, key: string, lang: Lang): string {
  const found = column(data, key);
  return `${found ? found.label[lang] : key}: ${valueText(row[key], found?.unit ?? null, lang)}`;
}

/** The lines of a tooltip: who, when, then the values (empty parts left out). */
export function tipText(...lines: readonly (string | null | undefined | false)[]): string {
  return lines.filter((line): line is string => typeof line === "string" && line !== "").join("\n");
}

/** A name cut to at most `chars` characters, with an ellipsis when cut. */
export function shorten(name: string, chars: number): string {
  return name.length <= chars ? name : `${name.slice(0, Math.max(1, chars - 1))}…`;
}

/** "2024-02-26" as a date of the language; a year as itself. */
export function whenText(value: Cell | undefined, lang: Lang): string {
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? formatDate(value, lang) : "";
}

/** Date ticks: the year alone on 1 January, otherwise month and year in the chosen language. */
export function dateTick(lang: Lang): (date: Date) => string {
  return (date) =>
    date.getUTCMonth() === 0 && date.getUTCDate() === 1
      ? String(date.getUTCFullYear())
      : new Intl.DateTimeFormat(LOCALE[lang], { month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

// Candidate tick steps in months, and the room one "Apr 2025" label needs with its gap.
const DATE_TICK_STEPS = [1, 3, 6, 12, 24, 60, 120];
const DATE_LABEL_PX = 78;

/**
 * Date ticks as a fixed step ("6 months", "2 years"): the finest step whose labels fit the width. A tick count
 * is only a hint to d3, which may still pick quarters for a short span and crowd a phone-wide axis.
 */
export function dateTicks(width: number, dates: readonly (Date | null)[]): string {
  const times = dates.filter((date): date is Date => date !== null).map((date) => date.getTime());
  const spanMonths = times.length === 0 ? 0 : (Math.max(...times) - Math.min(...times)) / (30.44 * 86_400_000);
  const fits = Math.max(2, Math.floor(width / DATE_LABEL_PX));
  const step = DATE_TICK_STEPS.find((months) => Math.floor(spanMonths / months) + 1 <= fits) ?? DATE_TICK_STEPS.at(-1)!;
  return step % 12 === 0 ? `${step / 12} years` : `${step} months`;
}

/** The powers of ten just below and above the positive values: a log axis's domain, so every tick is inside. */
export function powerDomain(values: readonly number[]): [number, number] | undefined {
  const positive = values.filter((value) => value > 0);
  if (positive.length === 0) return undefined;
  return [
    10 ** Math.floor(Math.log10(Math.min(...positive))),
    10 ** Math.max(Math.ceil(Math.log10(Math.max(...positive))), Math.floor(Math.log10(Math.min(...positive))) + 1),
  ];
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
      domain: powerDomain(values),
      ticks: powerTicks(values),
      tickFormat: powerTick,
      label: label(data, key, lang, lang === "nl" ? ", log-schaal" : ", log scale"),
      grid: true,
    };
  return { label: label(data, key, lang), grid: true, tickFormat: valueTick(unit, lang), zero: true };
}

/**
 * The shared layout: room above the plot for the y label and below it for the x label, which sits centred
 * under the ticks instead of at the end of the axis where it ran into the last tick.
 */
function withLayout(options: Plot.PlotOptions): Plot.PlotOptions {
  const xHasLabel = typeof options.x?.label === "string" && options.x.axis !== null;
  const yHasLabel = typeof options.y?.label === "string" && options.y.axis !== null;
  // A chart's own margin (all sides, or one) is kept; the layout only ever adds room.
  const given = (side: number | undefined) => side ?? options.margin ?? 0;
  return {
    ...options,
    marginTop: Math.max(given(options.marginTop), yHasLabel ? 32 : 20),
    marginRight: Math.max(given(options.marginRight), 24),
    marginBottom: Math.max(given(options.marginBottom), xHasLabel ? 46 : 30),
    marginLeft: given(options.marginLeft) || undefined,
    ...(options.x ? { x: { labelAnchor: "center", labelArrow: "none", ...options.x } } : {}),
    ...(options.y ? { y: { labelArrow: "none", ...options.y } } : {}),
  };
}

// Plot's own default when a chart sets no left margin.
const PLOT_DEFAULT_MARGIN_LEFT = 40;
// Width of one character of a 12 px tick label, generous for digits and currency signs, plus tick and gap.
const TICK_CHAR_PX = 7.2;
const TICK_ROOM_PX = 12;

/** The left margin the rendered y tick labels need ("US$ 40 mld." is wider than Plot's 40 px). */
function leftRoomNeeded(svg: SVGSVGElement): number {
  const labels = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')];
  const longest = Math.max(0, ...labels.map((text) => (text.textContent ?? "").length));
  return longest === 0 ? 0 : Math.ceil(longest * TICK_CHAR_PX + TICK_ROOM_PX);
}

function render(options: Plot.PlotOptions): SVGSVGElement {
  const element = Plot.plot({ style: { fontSize: "12px", background: "transparent" }, ...options });
  if (!(element instanceof SVGSVGElement))
    throw new Error("chart must render to a bare SVG (no Plot legend or caption)");
  return element;
}

/** Draws with the shared layout; when the y tick labels would be clipped on the left, draws again with room. */
export function plotSvg(options: Plot.PlotOptions): SVGSVGElement {
  const laidOut = withLayout(options);
  const element = render(laidOut);
  const needed = leftRoomNeeded(element);
  return needed > (laidOut.marginLeft ?? PLOT_DEFAULT_MARGIN_LEFT)
    ? render({ ...laidOut, marginLeft: needed })
    : element;
}

export function chartHeight(width: number): number {
  return Math.round(Math.min(440, Math.max(260, width * 0.55)));
}

export { Plot };
