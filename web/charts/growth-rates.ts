/** A fitted factor per year per group with its confidence interval: growth of compute, or fall of a price. */
import type { ChartFunction } from "./registry.js";
import { formatCell } from "../i18n/format.js";
import { asNumber, colourScale, label, Plot, plotSvg, tipText, valueText } from "./plot-kit.js";

// The compute fit reports growth (factorPerYear); the price fit reports a fall (fallPerYear).
const KEY_SETS = [
  ["factorPerYear", "factorPerYearLow", "factorPerYearHigh"],
  ["fallPerYear", "fallPerYearLow", "fallPerYearHigh"],
] as const;

const growthRates: ChartFunction = (data, options) => {
  const [valueKey, lowKey, highKey] =
    KEY_SETS.find(([key]) => data.columns.some((column) => column.key === key)) ?? KEY_SETS[0];
  const rows = data.rows.filter((row) => asNumber(row[valueKey]) !== null);
  const y = (row: (typeof rows)[number]) => options.labelOf(String(row[options.groupKey]));
  return plotSvg({
    width: options.width,
    height: 60 + rows.length * 36,
    marginLeft: Math.min(200, Math.max(...rows.map((row) => y(row).length), 4) * 7 + 12),
    x: {
      label: label(data, valueKey, options.lang),
      grid: true,
      // A price's fall can span orders of magnitude (its interval from below 1× to over 1,000×).
      ...(valueKey === "fallPerYear" ? { type: "log" as const } : { zero: true }),
      tickFormat: (value: number) => formatCell(value, "x/year", options.lang),
    },
    y: { label: null, domain: rows.map(y) },
    color: colourScale(rows, options),
    marks: [
      Plot.ruleY(rows, {
        y,
        x1: lowKey,
        x2: highKey,
        stroke: options.groupKey,
        strokeWidth: 3,
      }),
      Plot.dot(rows, {
        y,
        x: valueKey,
        fill: options.groupKey,
        r: 6,
        tip: true,
        title: (row) =>
          tipText(
            y(row),
            `${row.fitFrom}–${row.fitTo}`,
            `${valueText(row[valueKey], "x/year", options.lang)} (${formatCell(row[lowKey] ?? null, "x/year", options.lang)}–${formatCell(row[highKey] ?? null, "x/year", options.lang)})`,
            `n = ${String(row.n)}`,
          ),
      }),
    ],
  });
};
export default growthRates;
