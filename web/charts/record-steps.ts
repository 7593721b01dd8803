/**
 * Running records over time on a log scale (largest training run, best chip, cheapest price): a step line per group,
 * a dot per record with the model or chip name as its tooltip.
 */
import type { ChartFunction } from "./registry.js";
import {
  asDate,
  asNumber,
  chartHeight,
  colourScale,
  column,
  dateTick,
  keyOf,
  Plot,
  plotSvg,
  tipText,
  valueText,
  whenText,
  yAxis,
} from "./plot-kit.js";

const recordSteps: ChartFunction = (data, options) => {
  const valueKey = keyOf(data, "value", "record");
  const nameKey = keyOf(data, "label", "record");
  const rows = data.rows.filter((row) => asDate(row.date) && asNumber(row[valueKey]) !== null);
  const x = (row: (typeof rows)[number]) => asDate(row.date);
  const values = rows.map((row) => row[valueKey] as number);
  return plotSvg({
    width: options.width,
    height: chartHeight(options.width),
    marginLeft: 64,
    x: {
      type: "utc",
      label: null,
      tickFormat: dateTick(options.lang),
      ticks: Math.min(10, Math.floor(options.width / 80)),
    },
    y: yAxis(data, valueKey, options.lang, true, values),
    color: colourScale(rows, options),
    marks: [
      Plot.line(rows, {
        x,
        y: valueKey,
        z: options.groupKey,
        stroke: options.groupKey,
        curve: "step-after",
        strokeWidth: 2,
      }),
      Plot.dot(rows, {
        x,
        y: valueKey,
        fill: options.groupKey,
        r: 3,
        tip: true,
        title: (row) =>
          tipText(
            `${String(row[nameKey])} (${options.labelOf(String(row[options.groupKey]))})`,
            whenText(row.date, options.lang),
            valueText(row[valueKey], column(data, valueKey)?.unit ?? null, options.lang),
          ),
      }),
    ],
  });
};
export default recordSteps;
