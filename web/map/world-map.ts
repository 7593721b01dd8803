/**
 * A world map coloured by one value per country (alpha-2 code -> value), drawn with d3-geo on the
 * world-atlas 110m countries. Log colour scale; grey means no value. Pure: data in, SVG out.
 */
import { formatScientific } from "../i18n/format.js";
import type { Lang } from "../i18n/locale.js";
import { countryShapes, drawCountries, svgElement as element } from "./country-shapes.js";
import { logColour, NO_DATA } from "./log-colour.js";

export interface MapOptions {
  readonly width: number;
  readonly lang: Lang;
  readonly nameOf: (code: string) => string;
  readonly unit: string;
}

export function worldMap(values: ReadonlyMap<string, number>, options: MapOptions): SVGSVGElement {
  const width = options.width;
  const { height: mapHeight, shapes } = countryShapes(width);
  const legendHeight = 44;
  const positive = [...values.values()].filter((value) => value > 0);
  const colour = logColour(
    positive.length > 0 ? Math.min(...positive) : 1,
    positive.length > 0 ? Math.max(...positive) : 10,
  );

  const svg = element("svg", {
    width,
    height: mapHeight + legendHeight,
    viewBox: `0 0 ${width} ${mapHeight + legendHeight}`,
    "font-family": "system-ui, sans-serif",
    "font-size": 11,
  });
  svg.append(
    drawCountries(shapes, ({ code, atlasName }) => {
      const value = code === null ? undefined : values.get(code);
      const known = value !== undefined && value > 0;
      return {
        fill: known ? colour.of(value) : NO_DATA,
        title: `${code ? options.nameOf(code) : atlasName}: ${known ? `${formatScientific(value, options.lang)} ${options.unit}` : "–"}`,
      };
    }),
  );

  // Legend: one swatch per power of ten in the data, then the no-data grey.
  const legend = element("g", { transform: `translate(8, ${mapHeight + 8})` });
  const stops = colour.ticks();
  const swatch = Math.min(56, (width - 80) / (stops.length + 1));
  stops.forEach((stop, index) => {
    legend.append(element("rect", { x: index * swatch, y: 0, width: swatch - 2, height: 12, fill: colour.of(stop) }));
    const label = element("text", { x: index * swatch, y: 26, fill: "#222222" });
    label.textContent = formatScientific(stop, options.lang);
    legend.append(label);
  });
  const noData = stops.length * swatch + 12;
  legend.append(element("rect", { x: noData, y: 0, width: swatch - 2, height: 12, fill: NO_DATA }));
  const noDataLabel = element("text", { x: noData, y: 26, fill: "#222222" });
  noDataLabel.textContent = "–";
  legend.append(noDataLabel);
  svg.append(legend);
  return svg;
}
