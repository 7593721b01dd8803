/** Lines of one value per group and year, with dots so single years stay visible. */
import type { IndicatorTable } from "../api/types.js";
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
import type { ChartOptions } from "./registry.js";

export function yearLines(data: IndicatorTable, options: ChartOptions, valueKey: string): SVGSVGElement {
  const rows = data.rows.filter((row) => asNumber(row[valueKey]) !== null);
  const x = (row: (typeof rows)[number]) => row.year;
  const unit = column(data, valueKey)?.unit ?? null;
  return plotSvg({
    width: options.width,
    height: chartHeight(options.width),
    marginLeft: 56,
    x: {
      label: label(data, "year", options.lang),
      tickFormat: (value: number) => String(value),
      ticks: Math.min(10, Math.floor(options.width / 70)),
    },
    y: yAxis(data, valueKey, options.lang, false, []),
    color: colourScale(rows, options),
    marks: [
      Plot.ruleY([0]),
      Plot.line(rows, { x, y: valueKey, stroke: options.groupKey, strokeWidth: 2 }),
      Plot.dot(rows, {
        x,
        y: valueKey,
        fill: options.groupKey,
        r: 2.5,
        tip: true,
        title: (row) =>
          tipText(
            options.labelOf(String(row[options.groupKey])),
            String(row.year),
            valueText(row[valueKey], unit, options.lang),
            typeof row.n === "number" ? `n = ${row.n}` : null,
          ),
      }),
    ],
  });
}
