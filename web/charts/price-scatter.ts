/** Price against capability on one day: a dot per provider and model, ECI across, blended price up (log). */
import type { ChartFunction } from "./registry.js";
import type { IndicatorRow } from "../api/types.js";
import { chartHeight, colourScale, fieldText, label, Plot, plotSvg, rowsOf, tipText, yAxis } from "./plot-kit.js";

const priceScatter: ChartFunction = (data, options) => {
  const rows = rowsOf<"price-against-capability", "main">(data);
  const values = rows.map((row) => row.blendedUsdPerMtok);
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
            `${row.provider}: ${row.model} (${options.labelOf(String((row as IndicatorRow)[options.groupKey]))})`,
            fieldText(data, row, "eci", options.lang),
            fieldText(data, row, "blendedUsdPerMtok", options.lang),
          ),
      }),
    ],
  });
};
export default priceScatter;
