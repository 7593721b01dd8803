/** A tornado: per parameter or lever, a bar from the outcome at its low setting to the outcome at its high one. */
import { Plot, plotSvg } from "../../charts/plot-kit.js";
import { formatNumber } from "../../i18n/format.js";
import type { Lang } from "../../i18n/locale.js";

export interface TornadoRow {
  readonly label: string;
  readonly low: number;
  readonly high: number;
}

export default function tornadoChart(
  rows: readonly TornadoRow[],
  options: { width: number; lang: Lang; base: number; xLabel: string; lowColour: string; highColour: string },
): SVGSVGElement {
  const order = rows.map((row) => row.label);
  const ends = rows.flatMap((row) => [
    { label: row.label, value: row.low, colour: options.lowColour, end: "low" },
    { label: row.label, value: row.high, colour: options.highColour, end: "high" },
  ]);
  const months = (value: number) => formatNumber(value, options.lang, 1);
  return plotSvg({
    width: options.width,
    height: 40 + 26 * rows.length,
    marginLeft: Math.min(200, Math.round(options.width * 0.42)),
    x: { label: options.xLabel, grid: true },
    y: {
      label: null,
      domain: order,
      tickFormat: (label: string) => (label.length > 28 ? `${label.slice(0, 27)}…` : label),
    },
    color: { type: "identity" },
    marks: [
      Plot.ruleX([options.base], { stroke: "#333333" }),
      Plot.barX(ends, { y: "label", x1: options.base, x2: "value", fill: "colour", fillOpacity: 0.8 }),
      Plot.tip(
        ends,
        Plot.pointerY({
          y: "label",
          x: "value",
          title: (end: { label: string; value: number; end: string }) =>
            `${end.label} (${end.end}): ${months(end.value)}`,
        }),
      ),
    ],
  });
}
