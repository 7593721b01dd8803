/** Months each follower trails the leader, over time; below zero the follower leads. */
import type { ChartFunction } from "./registry.js";
import {
  asDate,
  asNumber,
  chartHeight,
  colourScale,
  column,
  dateTick,
  Plot,
  plotSvg,
  tipText,
  valueText,
  whenText,
  yAxis,
} from "./plot-kit.js";

const frontierLag: ChartFunction = (data, options) => {
  const rows = data.rows.filter((row) => asDate(row.date) && asNumber(row.lagMonths) !== null);
  const x = (row: (typeof rows)[number]) => asDate(row.date);
  return plotSvg({
    width: options.width,
    height: chartHeight(options.width),
    marginLeft: 56,
    x: {
      type: "utc",
      label: null,
      tickFormat: dateTick(options.lang),
      ticks: Math.min(10, Math.floor(options.width / 80)),
    },
    y: yAxis(data, "lagMonths", options.lang, false, []),
    color: colourScale(rows, options),
    marks: [
      Plot.ruleY([0]),
      Plot.line(rows, { x, y: "lagMonths", z: options.groupKey, stroke: options.groupKey, strokeWidth: 2 }),
      Plot.dot(rows, {
        x,
        y: "lagMonths",
        fill: options.groupKey,
        r: 2,
        tip: true,
        title: (row) =>
          tipText(
            options.labelOf(String(row[options.groupKey])),
            whenText(row.date, options.lang),
            valueText(row.lagMonths, column(data, "lagMonths")?.unit ?? null, options.lang),
          ),
      }),
    ],
  });
};
export default frontierLag;
