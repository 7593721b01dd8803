/** Each group's share of the known world total at one date, as horizontal bars with the percentage. */
import { formatPercent } from "../i18n/format.js";
import type { ChartFunction } from "./registry.js";
import { asNumber, colourScale, label, Plot, plotSvg, tipText, whenText } from "./plot-kit.js";

const SHARE_KEYS = ["shareOfWorldH100e", "shareOfWorld", "openShare"];

const shareBars: ChartFunction = (data, options) => {
  const key = SHARE_KEYS.find((candidate) => data.columns.some((column) => column.key === candidate)) ?? "share";
  const rows = data.rows.filter((row) => asNumber(row[key]) !== null);
  const y = (row: (typeof rows)[number]) => options.labelOf(String(row[options.groupKey]));
  return plotSvg({
    width: options.width,
    height: 50 + rows.length * 34,
    marginLeft: Math.min(220, Math.max(...rows.map((row) => y(row).length), 4) * 7 + 12),
    marginRight: 56,
    x: {
      label: label(data, key, options.lang),
      domain: [0, 1],
      tickFormat: (value: number) => formatPercent(value, options.lang),
      grid: true,
    },
    y: { label: null, domain: rows.map(y) },
    color: colourScale(rows, options),
    marks: [
      Plot.barX(rows, {
        y,
        x: key,
        fill: options.groupKey,
        tip: true,
        title: (row) =>
          tipText(
            y(row),
            whenText(row.date ?? row.year, options.lang),
            formatPercent(row[key] as number, options.lang),
          ),
      }),
      Plot.text(rows, {
        y,
        x: key,
        text: (row) => formatPercent(row[key] as number, options.lang),
        dx: 6,
        textAnchor: "start",
      }),
      Plot.ruleX([0]),
    ],
  });
};
export default shareBars;
