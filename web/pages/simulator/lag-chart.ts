/** The distribution of months behind the leader in one year: per bloc and scenario, 5–95% line, 25–75% bar, median tick. */
import { Plot, plotSvg } from "../../charts/plot-kit.js";
import { formatNumber } from "../../i18n/format.js";
import type { Lang } from "../../i18n/locale.js";

export interface LagRow {
  readonly scenario: string;
  /** "A" or "B": short enough for the axis; the legend names the scenarios. */
  readonly side: string;
  readonly colour: string;
  readonly bloc: string;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

export default function lagChart(
  rows: readonly LagRow[],
  options: { width: number; lang: Lang; xLabel: string },
): SVGSVGElement {
  const months = (value: number) => formatNumber(value, options.lang, 1);
  const data = rows.map((row) => ({ ...row, key: `${row.bloc} · ${row.side}` }));
  const title = (row: LagRow) =>
    `${row.bloc}, ${row.scenario}: ${months(row.p50)} (${months(row.p5)}–${months(row.p95)})`;
  return plotSvg({
    width: options.width,
    height: 50 + data.length * 30,
    marginLeft: 160,
    marginRight: 20,
    x: { label: options.xLabel, grid: true, zero: true },
    y: { label: null, domain: data.map((row) => row.key), tickSize: 0 },
    color: { type: "identity" },
    marks: [
      Plot.ruleY(data, { y: "key", x1: "p5", x2: "p95", stroke: "colour", strokeWidth: 1.5 }),
      Plot.barX(data, {
        y: "key",
        x1: "p25",
        x2: "p75",
        fill: "colour",
        fillOpacity: 0.45,
        insetTop: 5,
        insetBottom: 5,
      }),
      Plot.tickX(data, {
        y: "key",
        x: "p50",
        stroke: "colour",
        strokeWidth: 3,
        insetTop: 3,
        insetBottom: 3,
        tip: true,
        title,
      }),
    ],
  });
}
