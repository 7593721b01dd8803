/** Power of the largest AI data centres over time per data centre, owner, country or bloc. */
import { translate } from "../i18n/lang.js";
import type { IndicatorRow, RowOf } from "../api/types.js";
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

/** The last measured date of a row's group, so the dashed projection starts where the measured line ends. */
type Row = RowOf<"data-centres", "main">;

function lastMeasuredOf(measured: readonly Row[], row: Row): string {
  return measured
    .filter((candidate) => candidate.group === row.group)
    .reduce((latest, candidate) => (candidate.date > latest ? candidate.date : latest), "");
}

const dataCentres: ChartFunction = (data, options) => {
  const rows = rowsOf<"data-centres", "main">(data).filter((row) => asDate(row.date) !== null);
  const x = (row: (typeof rows)[number]) => asDate(row.date);
  // Epoch's projections (dates after the snapshot) are dashed after a "today" line, never drawn as measured.
  const measured = rows.filter((row) => !row.projected);
  const today = measured.reduce((latest, row) => (row.date > latest ? row.date : latest), "");
  const projected = rows.filter((row) => row.projected || (row.date === lastMeasuredOf(measured, row) && today !== ""));
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
      Plot.line(measured, {
        x,
        y: "powerMw",
        z: options.groupKey,
        stroke: options.groupKey,
        curve: "step-after",
        strokeWidth: 2,
      }),
      Plot.line(projected, {
        x,
        y: "powerMw",
        z: options.groupKey,
        stroke: options.groupKey,
        curve: "step-after",
        strokeWidth: 2,
        strokeDasharray: "4,3",
      }),
      ...(today && projected.some((row) => row.projected)
        ? [
            Plot.ruleX([asDate(today)], { stroke: "#555555", strokeDasharray: "2,2" }),
            // On a phone the projection side is too narrow for the label: it then sits left of the line.
            Plot.text([asDate(today)], {
              x: (value: Date) => value,
              frameAnchor: "top",
              ...(options.width >= 700 ? { dx: 4, textAnchor: "start" } : { dx: -4, textAnchor: "end" }),
              text: () =>
                options.width >= 700
                  ? translate(options.lang)("chart.todayProjection")
                  : translate(options.lang)("chart.todayShort"),
              fill: "#555555",
            }),
          ]
        : []),
      Plot.dot(rows, {
        x,
        y: "powerMw",
        fill: options.groupKey,
        r: 2.5,
        tip: true,
        title: (row) =>
          tipText(
            options.labelOf(String((row as IndicatorRow)[options.groupKey])),
            whenText(row.date, options.lang),
            valueText(row.powerMw, column(data, "powerMw")?.unit ?? null, options.lang),
          ),
      }),
    ],
  });
};
export default dataCentres;
