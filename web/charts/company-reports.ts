/** Dated company reports of one metric (funding, valuation, revenue...), one colour per company. */
import type { ChartFunction } from "./registry.js";
import { asDate, asNumber, chartHeight, colourScale, dateTick, Plot, plotSvg, yAxis } from "./plot-kit.js";

const companyReports: ChartFunction = (data, options) => {
  const rows = data.rows.filter((row) => asDate(row.date) && (asNumber(row.value) ?? 0) > 0);
  const x = (row: (typeof rows)[number]) => asDate(row.date);
  const values = rows.map((row) => row.value as number);
  return plotSvg({
    width: options.width,
    height: chartHeight(options.width),
    marginLeft: 64,
    x: {
      type: "utc",
      label: null,
      tickFormat: dateTick(options.lang),
      ticks: Math.min(8, Math.floor(options.width / 90)),
    },
    y: yAxis(data, "value", options.lang, true, values),
    color: colourScale(rows, options),
    marks: [
      Plot.line(rows, { x, y: "value", z: options.groupKey, stroke: options.groupKey, strokeOpacity: 0.5 }),
      Plot.dot(rows, {
        x,
        y: "value",
        fill: options.groupKey,
        r: 3.5,
        title: (row) => `${row.company} ${row.date} (${row.confidence})`,
      }),
    ],
  });
};
export default companyReports;
