/** Installed AI compute (H100-equivalents) per group over time, on a log scale so small blocs stay visible. */
import type { IndicatorRow } from "../api/types.js";
import type { ChartFunction } from "./registry.js";
import {
  asDate,
  chartHeight,
  colourScale,
  column,
  dateTick,
  Plot,
  plotSvg,
  rowsOf,
  tipText,
  valueText,
  whenText,
  yAxis,
} from "./plot-kit.js";

const computeOverTime: ChartFunction = (data, options) => {
  const rows = rowsOf<"installed-compute", "main">(data).filter(
    (row): row is typeof row & { h100Equivalents: number } =>
      asDate(row.date) !== null && (row.h100Equivalents ?? 0) > 0,
  );
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
    y: yAxis(
      data,
      "h100Equivalents",
      options.lang,
      true,
      rows.map((row) => row.h100Equivalents),
    ),
    color: colourScale(rows, options),
    marks: [
      Plot.line(rows, { x, y: "h100Equivalents", z: options.groupKey, stroke: options.groupKey, strokeWidth: 2 }),
      Plot.dot(rows, {
        x,
        y: "h100Equivalents",
        fill: options.groupKey,
        r: 2.5,
        tip: true,
        title: (row) =>
          tipText(
            options.labelOf(String((row as IndicatorRow)[options.groupKey])),
            whenText(row.date, options.lang),
            valueText(row.h100Equivalents, column(data, "h100Equivalents")?.unit ?? null, options.lang),
          ),
      }),
    ],
  });
};
export default computeOverTime;
