/** Price against capability on one day: a dot per provider and model, ECI across, blended price up (log). */
import type { ChartFunction } from "./registry.js";
import { asNumber, chartHeight, colourScale, fieldText, label, Plot, plotSvg, tipText, yAxis } from "./plot-kit.js";

const priceScatter: ChartFunction = (data, options) => {
  const rows = data.rows.filter((row) => asNumber(row.eci) !== null && asNumber(row.blendedUsdPerMtok) !== null);
  const values = rows.map((row) => row.blendedUsdPerMtok as number);
  return plotSvg({
    width: options.width,
    height: chartHeight(options.width),
    marginLeft: 64,
    x: { label: label(data, "eci", options.lang), grid: true },
    y: yAxis(data, "blendedUsdPerMtok", options.lang, true, values),
    color: colourScale(rows, options),
    marks: [
      Plot.dot(rows, {
        x: "eci",
        y: "blendedUsdPerMtok",
        fill: options.groupKey,
        r: 5,
        tip: true,
        title: (row) =>
          tipText(
            `${row.provider}: ${row.model} (${options.labelOf(String(row[options.groupKey]))})`,
            fieldText(data, row, "eci", options.lang),
            fieldText(data, row, "blendedUsdPerMtok", options.lang),
          ),
      }),
    ],
  });
};
export default priceScatter;
