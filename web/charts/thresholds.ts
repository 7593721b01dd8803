/** Models above the regulatory compute thresholds: one dot per model, the thresholds as rules. */
import { formatScientific } from "../i18n/format.js";
import type { IndicatorRow } from "../api/types.js";
import type { ChartFunction } from "./registry.js";
import {
  asDate,
  asNumber,
  chartHeight,
  colourScale,
  dateTick,
  dateTicks,
  Plot,
  plotSvg,
  rowsOf,
  shorten,
  tipText,
  valueText,
  whenText,
  yAxis,
} from "./plot-kit.js";

const thresholds: ChartFunction = (data, options) => {
  const rows = rowsOf<"regulatory-thresholds", "main">(data).filter(
    (row) => asDate(row.date) && asNumber(row.trainingComputeFlop) !== null,
  );
  const groupOf = (row: (typeof rows)[number]) => String((row as IndicatorRow)[options.groupKey]);
  // A model above both thresholds appears once per threshold in the table; draw it once.
  const models = [...new Map(rows.map((row) => [row.model, row])).values()];
  const lines = [...new Set(rows.map((row) => row.threshold))];
  const values = [...models.map((row) => row.trainingComputeFlop), ...lines];
  const x = (row: (typeof rows)[number]) => asDate(row.date);
  // Each bloc's largest model is named on the chart (on a phone the dots are too close: the tooltip names them);
  // its label points inwards so that it is never cut off.
  const named = options.width >= 600;
  const largestOf = new Map<string, (typeof models)[number]>();
  for (const row of models) {
    const group = groupOf(row);
    const best = largestOf.get(group);
    if (!best || row.trainingComputeFlop > (best.trainingComputeFlop as number)) largestOf.set(group, row);
  }
  const largest = [...largestOf.values()];
  const times = models.map((row) => asDate(row.date)!.getTime());
  const middle = (Math.min(...times) + Math.max(...times)) / 2;
  const inRightHalf = (row: (typeof rows)[number]) => asDate(row.date)!.getTime() > middle;
  const modelLabel = (side: "start" | "end") =>
    Plot.text(named ? largest.filter((row) => inRightHalf(row) === (side === "end")) : [], {
      x,
      y: "trainingComputeFlop",
      text: (row) => shorten(row.model, 24),
      textAnchor: side,
      dx: side === "end" ? -8 : 8,
      stroke: "#ffffff",
      strokeWidth: 3,
      paintOrder: "stroke",
      fill: "#333333",
    });
  return plotSvg({
    width: options.width,
    height: chartHeight(options.width),
    marginLeft: 64,
    marginRight: 20,
    x: {
      type: "utc",
      label: null,
      tickFormat: dateTick(options.lang),
      ticks: dateTicks(options.width, rows.map(x)),
    },
    y: yAxis(data, "trainingComputeFlop", options.lang, true, values),
    color: colourScale(models, options),
    marks: [
      Plot.ruleY(lines, { stroke: "#555555", strokeDasharray: "4 3" }),
      Plot.text(lines, {
        y: (value: number) => value,
        frameAnchor: "left",
        dy: -6,
        dx: 4,
        text: (value: number) => `${formatScientific(value, options.lang)} FLOP`,
        // The thresholds are the axis's reference lines; keep their labels clear of the dots.
        stroke: "#ffffff",
        strokeWidth: 3,
        paintOrder: "stroke",
        fill: "#333333",
      }),
      modelLabel("start"),
      modelLabel("end"),
      Plot.dot(models, {
        x,
        y: "trainingComputeFlop",
        fill: options.groupKey,
        r: 4,
        stroke: "#ffffff",
        tip: true,
        title: (row) =>
          tipText(
            `${row.model} (${options.labelOf(groupOf(row))})`,
            whenText(row.date, options.lang),
            valueText(row.trainingComputeFlop, "FLOP", options.lang),
            row.confidence,
          ),
      }),
    ],
  });
};
export default thresholds;
