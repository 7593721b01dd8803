/** Growth of training compute per group: the fitted factor per year with its confidence interval. */
import type { ChartFunction } from "./registry.js";
import { formatCell } from "../i18n/format.js";
import { asNumber, colourScale, label, Plot, plotSvg, tipText, valueText } from "./plot-kit.js";

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
      tickFormat: (value: number) => formatCell(value, "x/year", options.lang),
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
        tip: true,
        title: (row) =>
          tipText(
            y(row),
            `${row.fitFrom}–${row.fitTo}`,
            `${valueText(row.factorPerYear, "x/year", options.lang)} (${formatCell(row.factorPerYearLow ?? null, "x/year", options.lang)}–${formatCell(row.factorPerYearHigh ?? null, "x/year", options.lang)})`,
            `n = ${String(row.n)}`,
          ),
      }),
    ],
  });
};
export default growthRates;
