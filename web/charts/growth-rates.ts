/** Growth of training compute per group: the fitted factor per year with its confidence interval. */
import type { ChartFunction } from "./registry.js";
import { asNumber, colourScale, label, Plot, plotSvg } from "./plot-kit.js";

const growthRates: ChartFunction = (data, options) => {
  const rows = data.rows.filter((row) => asNumber(row.factorPerYear) !== null);
  const y = (row: (typeof rows)[number]) => options.labelOf(String(row[options.groupKey]));
  return plotSvg({
    width: options.width,
    height: 60 + rows.length * 36,
    marginLeft: Math.min(200, Math.max(...rows.map((row) => y(row).length), 4) * 7 + 12),
    x: {
      label: label(data, "factorPerYear", options.lang),
      grid: true,
      zero: true,
      tickFormat: (value: number) =>
        `${new Intl.NumberFormat(options.lang === "nl" ? "nl-NL" : "en-GB").format(value)}×`,
    },
    y: { label: null, domain: rows.map(y) },
    color: colourScale(rows, options),
    marks: [
      Plot.ruleY(rows, {
        y,
        x1: "factorPerYearLow",
        x2: "factorPerYearHigh",
        stroke: options.groupKey,
        strokeWidth: 3,
      }),
      Plot.dot(rows, {
        y,
        x: "factorPerYear",
        fill: options.groupKey,
        r: 6,
        title: (row) => `n = ${row.n}, ${row.fitFrom}–${row.fitTo}`,
      }),
    ],
  });
};
export default growthRates;
