/** Dated events as ticks on a time line, one row per kind, the title as tooltip. */
import type { ChartFunction } from "./registry.js";
import { asDate, colourScale, dateTick, Plot, plotSvg, tipText, whenText } from "./plot-kit.js";

const eventsTimeline: ChartFunction = (data, options) => {
  const rows = data.rows.filter((row) => asDate(row.day));
  const kinds = [...new Set(rows.map((row) => String(row[options.groupKey])))];
  return plotSvg({
    width: options.width,
    height: 60 + kinds.length * 48,
    marginLeft: 110,
    x: {
      type: "utc",
      label: null,
      tickFormat: dateTick(options.lang),
      // Month labels ("Sept 2024") need about 140 px each to stay apart.
      ticks: Math.max(2, Math.min(8, Math.floor(options.width / 140))),
      grid: true,
    },
    y: { label: null, domain: kinds, tickFormat: (kind: string) => options.labelOf(kind) },
    color: colourScale(rows, options),
    marks: [
      Plot.tickX(rows, {
        x: (row) => asDate(row.day),
        y: options.groupKey,
        stroke: options.groupKey,
        strokeWidth: 2,
        strokeOpacity: 0.8,
        tip: true,
        title: (row) =>
          tipText(String(row.event), whenText(row.date, options.lang), options.labelOf(String(row[options.groupKey]))),
      }),
    ],
  });
};
export default eventsTimeline;
