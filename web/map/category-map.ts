/**
 * A world map with one colour per country chosen by the caller (a category), and a tooltip text per country.
 * Countries not in the map are grey with the caller's "no data" text. Pure: data in, SVG out.
 */
import { countryShapes, drawCountries, svgElement } from "./country-shapes.js";
import { NO_DATA } from "./log-colour.js";

export interface CountryPaint {
  readonly colour: string;
  /** Tooltip after the country's name, e.g. "D:5 (US arms embargo)". */
  readonly text: string;
  /** The legend entry this country belongs to; written as data-category for tests and styling. */
  readonly category: string;
}

export interface CategoryMapOptions {
  readonly width: number;
  readonly nameOf: (code: string) => string;
  readonly noDataText: string;
}

export function categoryMap(paint: ReadonlyMap<string, CountryPaint>, options: CategoryMapOptions): SVGSVGElement {
  const { height, shapes } = countryShapes(options.width);
  const svg = svgElement("svg", {
    width: options.width,
    height,
    viewBox: `0 0 ${options.width} ${height}`,
    "font-family": "system-ui, sans-serif",
    "font-size": 11,
  });
  const land = drawCountries(shapes, ({ code, atlasName }) => {
    const entry = code === null ? undefined : paint.get(code);
    return {
      fill: entry?.colour ?? NO_DATA,
      title: `${code ? options.nameOf(code) : atlasName}: ${entry?.text ?? options.noDataText}`,
    };
  });
  for (const outline of land.querySelectorAll("path[data-country]")) {
    const entry = paint.get(outline.getAttribute("data-country")!);
    if (entry) outline.setAttribute("data-category", entry.category);
  }
  svg.append(land);
  return svg;
}
