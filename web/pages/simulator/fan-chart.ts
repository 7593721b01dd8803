/** A fan chart: per bloc the 5–95% and 25–75% bands of one quantity over the years, and the median line. */
import { Plot, plotSvg, powerTick, powerTicks } from "../../charts/plot-kit.js";
import { formatCell } from "../../i18n/format.js";
import type { Lang } from "../../i18n/locale.js";

export interface FanRow {
  readonly year: number;
  readonly bloc: string;
  readonly colour: string;
  readonly label: string;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

export default function fanChart(rows: readonly FanRow[], options: { width: number; lang: Lang; log: boolean; unit: string; yLabel: string; scenarioFrom: number }): SVGSVGElement {
  const values = rows.flatMap((row) => [row.p5, row.p95]).filter((value) => Number.isFinite(value));
  const y = options.log
    ? { type: "log" as const, ticks: powerTicks(values), tickFormat: powerTick, label: options.yLabel, grid: true }
    : { label: options.yLabel, grid: true, zero: true, tickFormat: (value: number) => formatCell(value, options.unit === "share" ? "share" : null, options.lang) };
  // Log scales cannot show zero: a band that touches zero (no compute yet) is cut at the smallest positive value.
  const floor = options.log ? Math.min(...values.filter((value) => value > 0)) : -Infinity;
  const clip = (value: number) => Math.max(value, floor);
  const data = rows.map((row) => ({ ...row, p5: clip(row.p5), p25: clip(row.p25), p50: clip(row.p50), p75: clip(row.p75), p95: clip(row.p95) }));
  const title = (row: FanRow) => `${row.label} ${row.year}: ${formatCell(row.p50, options.unit, options.lang)} (${formatCell(row.p5, options.unit, options.lang)}–${formatCell(row.p95, options.unit, options.lang)})`;
  return plotSvg({
    width: options.width,
    height: Math.round(Math.min(380, Math.max(240, options.width * 0.6))),
    marginLeft: 56,
    marginTop: 30,
    x: { label: null, tickFormat: (year: number) => String(year), ticks: Math.min(6, Math.floor(options.width / 80)) },
    y,
    color: { type: "identity" },
    marks: [
      Plot.areaY(data, { x: "year", y1: "p5", y2: "p95", z: "bloc", fill: "colour", fillOpacity: 0.12 }),
      Plot.areaY(data, { x: "year", y1: "p25", y2: "p75", z: "bloc", fill: "colour", fillOpacity: 0.3 }),
      Plot.lineY(data, { x: "year", y: "p50", z: "bloc", stroke: "colour", strokeWidth: 2 }),
      Plot.ruleX([options.scenarioFrom - 0.5], { stroke: "#666666", strokeDasharray: "4,3" }),
      Plot.dot(data, { x: "year", y: "p50", fill: "colour", r: 2, title }),
    ],
  });
}
