/** The chance that China's largest training run has passed the US's by each year, one line per scenario. */
import { Plot, plotSvg } from "../../charts/plot-kit.js";
import { formatPercent } from "../../i18n/format.js";
import type { Lang } from "../../i18n/locale.js";

export interface PassingRow {
  readonly year: number;
  readonly scenario: string;
  readonly colour: string;
  readonly probability: number;
}

export default function passingChart(
  rows: readonly PassingRow[],
  options: { width: number; lang: Lang; yLabel: string; markYear: number },
): SVGSVGElement {
  const percent = (value: number) => formatPercent(value, options.lang);
  return plotSvg({
    width: options.width,
    height: 260,
    x: { label: null, tickFormat: (year: number) => String(year), ticks: Math.min(8, Math.floor(options.width / 70)) },
    y: {
      label: options.yLabel,
      grid: true,
      domain: [0, Math.max(0.05, ...rows.map((row) => row.probability))],
      tickFormat: percent,
    },
    color: { type: "identity" },
    marks: [
      Plot.ruleX([options.markYear], { stroke: "#999999", strokeDasharray: "3,3" }),
      Plot.lineY(rows, { x: "year", y: "probability", z: "scenario", stroke: "colour", strokeWidth: 2 }),
      Plot.dot(rows, {
        x: "year",
        y: "probability",
        fill: "colour",
        r: 2.5,
        title: (row: PassingRow) => `${row.scenario} ${row.year}: ${percent(row.probability)}`,
      }),
    ],
  });
}
