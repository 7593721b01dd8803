/**
 * A world map coloured by one value per country (alpha-2 code -> value), drawn with d3-geo on the
 * world-atlas 110m countries. Log colour scale; grey means no value. Pure: data in, SVG out.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { formatScientific } from "../i18n/format.js";
import type { Lang } from "../i18n/locale.js";
import { ALPHA2_BY_NUMERIC } from "./country-codes.js";
import { logColour, NO_DATA } from "./log-colour.js";

const SVG_NS = "http://www.w3.org/2000/svg";

export interface MapOptions {
  readonly width: number;
  readonly lang: Lang;
  readonly nameOf: (code: string) => string;
  readonly unit: string;
}

const countries = feature(world as unknown as Topology, (world as unknown as Topology).objects.countries!) as unknown as FeatureCollection<Geometry, { name: string }>;

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Readonly<Record<string, string | number>>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

export function worldMap(values: ReadonlyMap<string, number>, options: MapOptions): SVGSVGElement {
  const width = options.width;
  const mapHeight = Math.round(width * 0.5);
  const legendHeight = 44;
  const projection = geoEqualEarth().fitSize([width, mapHeight], countries);
  const path = geoPath(projection);
  const positive = [...values.values()].filter((value) => value > 0);
  const colour = logColour(positive.length > 0 ? Math.min(...positive) : 1, positive.length > 0 ? Math.max(...positive) : 10);

  const svg = element("svg", { width, height: mapHeight + legendHeight, viewBox: `0 0 ${width} ${mapHeight + legendHeight}`, "font-family": "system-ui, sans-serif", "font-size": 11 });
  const land = element("g", { stroke: "#ffffff", "stroke-width": 0.5 });
  for (const country of countries.features) {
    const code = ALPHA2_BY_NUMERIC.get(String(country.id)) ?? null;
    const value = code === null ? undefined : values.get(code);
    const shape = element("path", { d: path(country) ?? "", fill: value !== undefined && value > 0 ? colour.of(value) : NO_DATA });
    if (code !== null) shape.setAttribute("data-country", code);
    const title = element("title", {});
    title.textContent = `${code ? options.nameOf(code) : country.properties.name}: ${value !== undefined && value > 0 ? `${formatScientific(value, options.lang)} ${options.unit}` : "–"}`;
    shape.append(title);
    land.append(shape);
  }
  svg.append(land);

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
