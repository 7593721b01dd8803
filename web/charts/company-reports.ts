/**
 * Dated company reports of one metric (funding, valuation, revenue...), one colour per company. Reports
 * are separate events (funding rounds), so they are dots, not a line that would read as a series.
 */
import type { IndicatorRow } from "../api/types.js";
import type { ChartFunction } from "./registry.js";
import {
  asDate,
  chartHeight,
  colourScale,
  column,
  dateTick,
  dateTicks,
  Plot,
  plotSvg,
  rowsOf,
  tipText,
  valueText,
  whenText,
  yAxis,
} from "./plot-kit.js";

const companyReports: ChartFunction = (data, options) => {
  const rows = rowsOf<"economy", "main">(data).filter((row) => asDate(row.date) !== null && row.value > 0);
  const x = (row: (typeof rows)[number]) => asDate(row.date);
  const values = rows.map((row) => row.value);
  const unit = column(data, "value")?.unit ?? null;
  return plotSvg({
    width: options.width,
    height: chartHeight(options.width),
    marginLeft: 64,
    x: {
      type: "utc",
      label: null,
      tickFormat: dateTick(options.lang),
      ticks: dateTicks(options.width, rows.map(x)),
    },
    y: yAxis(data, "value", options.lang, true, values),
    color: colourScale(rows, options),
    marks: [
      Plot.dot(rows, {
        x,
        y: "value",
        fill: options.groupKey,
        r: 3.5,
        tip: true,
        title: (row) =>
          tipText(
            options.labelOf(String((row as IndicatorRow)[options.groupKey])),
            whenText(row.date, options.lang),
            valueText(row.value, unit, options.lang),
            row.confidence,
          ),
      }),
    ],
  });
};
export default companyReports;
