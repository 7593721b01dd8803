/**
 * A yearly amount per group as stacked bars (the groups are disjoint blocs). Every year of the period has
 * its band, so a year without data shows as a marked gap instead of silently closing up.
 */
import { translate } from "../i18n/lang.js";
import type { ChartFunction } from "./registry.js";
import {
  asNumber,
  chartHeight,
  colourScale,
  column,
  label,
  Plot,
  plotSvg,
  tipText,
  valueText,
  yAxis,
} from "./plot-kit.js";

const stackedYears: ChartFunction = (data, options) => {
  const rows = data.rows.filter((row) => (asNumber(row.value) ?? 0) > 0);
  const years = data.rows.map((row) => row.year).filter((year): year is number => typeof year === "number");
  const first = Math.min(...years);
  const last = Math.max(...years);
  const allYears = years.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const missing = allYears.filter((year) => !rows.some((row) => row.year === year));
  const unit = column(data, "value")?.unit ?? null;
  // About 40 px per year label over the plotting width (the chart less its margins and money ticks).
  const every = Math.max(1, Math.ceil((allYears.length * 40) / Math.max(120, options.width - 130)));
  return plotSvg({
    width: options.width,
    height: chartHeight(options.width),
    marginLeft: 64,
    x: {
      type: "band",
      domain: allYears,
      label: label(data, "year", options.lang),
      tickFormat: (value: number) => ((value - first) % every === 0 ? String(value) : ""),
    },
    y: yAxis(data, "value", options.lang, false, []),
    color: colourScale(rows, options),
    marks: [
      Plot.barY(rows, {
        x: "year",
        y: "value",
        fill: options.groupKey,
        tip: true,
        title: (row) =>
          tipText(
            options.labelOf(String(row[options.groupKey])),
            String(row.year),
            valueText(row.value, unit, options.lang),
            typeof row.companies === "number" ? `n = ${row.companies}` : null,
          ),
      }),
      Plot.text(missing, {
        x: (year: number) => year,
        y: 0,
        text: () => translate(options.lang)("chart.noData"),
        rotate: -90,
        textAnchor: "start",
        dx: -4,
        dy: -2,
        fill: "#555555",
        fontSize: 10,
      }),
      Plot.ruleY([0]),
    ],
  });
};
export default stackedYears;
