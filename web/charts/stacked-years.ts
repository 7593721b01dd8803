/** A yearly amount per group as stacked bars (the groups are disjoint blocs). */
import type { ChartFunction } from "./registry.js";
import { asNumber, chartHeight, colourScale, label, Plot, plotSvg, yAxis } from "./plot-kit.js";

const stackedYears: ChartFunction = (data, options) => {
  const rows = data.rows.filter((row) => (asNumber(row.value) ?? 0) > 0);
  return plotSvg({
    width: options.width,
    height: chartHeight(options.width),
    marginLeft: 64,
    x: { type: "band", label: label(data, "year", options.lang), tickFormat: (value: number) => String(value) },
    y: yAxis(data, "value", options.lang, false, []),
    color: colourScale(rows, options),
    marks: [
      Plot.barY(rows, {
        x: "year",
        y: "value",
        fill: options.groupKey,
        title: (row) => `${options.labelOf(String(row[options.groupKey]))} ${row.year}`,
      }),
      Plot.ruleY([0]),
    ],
  });
};
export default stackedYears;
