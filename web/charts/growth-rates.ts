/** A fitted factor per year per group with its confidence interval: growth of compute, or fall of a price. */
import type { ChartFunction } from "./registry.js";
import { formatCell } from "../i18n/format.js";
import { asNumber, colourScale, keyOf, label, Plot, plotSvg, tipText, valueText } from "./plot-kit.js";

const growthRates: ChartFunction = (data, options) => {
  // The fit's value and interval columns, as the indicator declares them (growth of compute, fall of a price).
  const valueKey = keyOf(data, "value", "fit");
  const lowKey = keyOf(data, "low", "fit");
  const highKey = keyOf(data, "high", "fit");
  const rows = data.rows.filter((row) => asNumber(row[valueKey]) !== null);
  const lows = rows.map((row) => asNumber(row[lowKey]) ?? Infinity);
  const highs = rows.map((row) => asNumber(row[highKey]) ?? 0);
  // An interval spanning orders of magnitude (a price's fall, from below 1× to over 1,000×) reads on a log scale.
  const logScale = Math.min(...lows) > 0 && Math.max(...highs) / Math.min(...lows) > 100;
  const y = (row: (typeof rows)[number]) => options.labelOf(String(row[options.groupKey]));
  return plotSvg({
    width: options.width,
    height: 60 + rows.length * 36,
    marginLeft: Math.min(200, Math.max(...rows.map((row) => y(row).length), 4) * 7 + 12),
    x: {
      label: label(data, valueKey, options.lang),
      grid: true,
      // A price's fall can span orders of magnitude (its interval from below 1× to over 1,000×).
      ...(logScale ? { type: "log" as const } : { zero: true }),
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
