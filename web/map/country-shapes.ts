/**
 * The world's countries (world-atlas 110m) on an Equal Earth projection, with their ISO alpha-2 codes:
 * what every map draws before it colours anything.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { ALPHA2_BY_NUMERIC } from "./country-codes.js";

const SVG_NS = "http://www.w3.org/2000/svg";

const countries = feature(
  world as unknown as Topology,
  (world as unknown as Topology).objects.countries!,
) as unknown as FeatureCollection<Geometry, { name: string }>;

export function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Readonly<Record<string, string | number>>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

export interface CountryShape {
  /** ISO 3166-1 alpha-2, or null for shapes without one (e.g. disputed areas). */
  readonly code: string | null;
  /** The atlas's English name, for shapes without a code. */
  readonly atlasName: string;
  readonly path: string;
}

/** Every country's outline fitted to a width (the map is half as high as wide). */
export function countryShapes(width: number): { readonly height: number; readonly shapes: readonly CountryShape[] } {
  const height = Math.round(width * 0.5);
  const path = geoPath(geoEqualEarth().fitSize([width, height], countries));
  return {
    height,
    shapes: countries.features.map((country) => ({
      code: ALPHA2_BY_NUMERIC.get(String(country.id)) ?? null,
      atlasName: country.properties.name,
      path: path(country) ?? "",
    })),
  };
}

/** A group of country paths, each filled and titled by the caller; codes are kept as data-country. */
export function drawCountries(
  shapes: readonly CountryShape[],
  paint: (shape: CountryShape) => { fill: string; title: string },
): SVGGElement {
  const land = svgElement("g", { stroke: "#ffffff", "stroke-width": 0.5 });
  for (const shape of shapes) {
    const { fill, title } = paint(shape);
    const outline = svgElement("path", { d: shape.path, fill });
    if (shape.code !== null) outline.setAttribute("data-country", shape.code);
    const tooltip = svgElement("title", {});
    tooltip.textContent = title;
    outline.append(tooltip);
    land.append(outline);
  }
  return land;
}
