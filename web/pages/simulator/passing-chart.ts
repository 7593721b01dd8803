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
      // Fitted to the values (a chance of a few per cent is not drawn flat on a 0-100% axis).
      domain: [0, Math.max(0.01, ...rows.map((row) => row.probability)) * 1.1],
      tickFormat: percent,
    },
    color: { type: "identity" },
    marks: [
      Plot.ruleX([options.markYear], { stroke: "#999999", strokeDasharray: "3,3" }),
      // The second scenario dashed on top, so equal chances still show both lines.
      ...[...new Set(rows.map((row) => row.scenario))].map((scenario, index) =>
        Plot.lineY(
          rows.filter((row) => row.scenario === scenario),
          {
            x: "year",
            y: "probability",
            stroke: "colour",
            strokeWidth: index === 0 ? 3 : 2,
            strokeDasharray: index === 0 ? "none" : "6 4",
          },
        ),
      ),
      Plot.dot(rows, {
        x: "year",
        y: "probability",
        fill: "colour",
        r: 2.5,
        tip: true,
        title: (row: PassingRow) => `${row.scenario} ${row.year}: ${percent(row.probability)}`,
      }),
    ],
  });
}
