/** Power of the largest AI data centres over time per data centre, owner, country or bloc. */
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

const dataCentres: ChartFunction = (data, options) => {
  const rows = data.rows.filter((row) => asDate(row.date) && asNumber(row.powerMw) !== null);
  const x = (row: (typeof rows)[number]) => asDate(row.date);
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
    y: yAxis(data, "powerMw", options.lang, false, []),
    color: colourScale(rows, options),
    marks: [
      Plot.ruleY([0]),
      Plot.line(rows, {
        x,
        y: "powerMw",
        z: options.groupKey,
        stroke: options.groupKey,
        curve: "step-after",
        strokeWidth: 2,
      }),
      Plot.dot(rows, {
        x,
        y: "powerMw",
        fill: options.groupKey,
        r: 2.5,
        tip: true,
        title: (row) =>
          tipText(
            options.labelOf(String(row[options.groupKey])),
            typeof row.name === "string" && row.name !== row[options.groupKey] ? row.name : null,
            whenText(row.date, options.lang),
            valueText(row.powerMw, column(data, "powerMw")?.unit ?? null, options.lang),
          ),
      }),
    ],
  });
};
export default dataCentres;
