/** The cheapest US price divided by the cheapest Chinese one over time (log): above 1, China is cheaper. */
import type { ChartFunction } from "./registry.js";
import {
  asDate,
  chartHeight,
  dateTick,
  dateTicks,
  fieldText,
  Plot,
  plotSvg,
  rowsOf,
  tipText,
  whenText,
  yAxis,
} from "./plot-kit.js";

const priceGap: ChartFunction = (data, options) => {
  const rows = rowsOf<"price-of-capability", "gap">(data).filter(
    (row): row is typeof row & { usOverChina: number } => asDate(row.date) !== null && row.usOverChina !== null,
  );
  const values = [1, ...rows.map((row) => row.usOverChina)];
  const x = (row: (typeof rows)[number]) => asDate(row.date);
  return plotSvg({
    width: options.width,
    height: Math.round(chartHeight(options.width) * 0.8),
    marginLeft: 64,
    x: {
      type: "utc",
      label: null,
      tickFormat: dateTick(options.lang),
      ticks: dateTicks(options.width, rows.map(x)),
    },
    y: yAxis(data, "usOverChina", options.lang, true, values),
    marks: [
      Plot.ruleY([1], { stroke: "currentColor", strokeDasharray: "4 3" }),
      Plot.line(rows, { x, y: "usOverChina", curve: "step-after", strokeWidth: 2 }),
      Plot.dot(rows, {
        x,
        y: "usOverChina",
        r: 2.5,
        tip: true,
        title: (row) =>
          tipText(
            whenText(row.date, options.lang),
            fieldText(data, row, "usOverChina", options.lang),
            `${row.usModel} / ${row.chinaModel}`,
          ),
      }),
    ],
  });
};
export default priceGap;
