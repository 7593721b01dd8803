/**
 * Relations between players on a circle: nodes sorted by bloc then name, one line per relation.
 * Rows carry subject, object and each end's group (subjectGroup, objectGroup).
 */
import type { IndicatorRow } from "../api/types.js";
import type { ChartFunction } from "./registry.js";
import { Plot, plotSvg } from "./plot-kit.js";

interface Node {
  readonly name: string;
  readonly group: string;
  readonly x: number;
  readonly y: number;
  readonly angle: number;
}

export function circleLayout(rows: readonly IndicatorRow[]): Map<string, Node> {
  const groups = new Map<string, string>();
  for (const row of rows) {
    groups.set(String(row.subject), String(row.subjectGroup));
    groups.set(String(row.object), String(row.objectGroup));
  }
  const names = [...groups.keys()].sort((a, b) => groups.get(a)!.localeCompare(groups.get(b)!) || a.localeCompare(b));
  return new Map(
    names.map((name, index) => {
      const angle = (2 * Math.PI * index) / names.length - Math.PI / 2;
      return [name, { name, group: groups.get(name)!, x: Math.cos(angle), y: Math.sin(angle), angle }];
    }),
  );
}

const network: ChartFunction = (data, options) => {
  const nodes = circleLayout(data.rows);
  const list = [...nodes.values()];
  const links = data.rows.map((row) => ({
    from: nodes.get(String(row.subject))!,
    to: nodes.get(String(row.object))!,
    relation: String(row.relation),
    group: String(row.subjectGroup),
  }));
  const groups = [...new Set(list.map((node) => node.group))];
  const size = Math.min(options.width, 900);
  const labelRoom = size < 520 ? 70 : 120;
  return plotSvg({
    width: size,
    height: size,
    margin: labelRoom,
    x: { axis: null, domain: [-1, 1] },
    y: { axis: null, domain: [-1, 1] },
    color: { type: "ordinal", domain: groups, range: groups.map(options.colourOf) },
    marks: [
      Plot.link(links, {
        x1: (link) => link.from.x,
        y1: (link) => link.from.y,
        x2: (link) => link.to.x,
        y2: (link) => link.to.y,
        stroke: "group",
        strokeOpacity: 0.45,
        title: (link) => `${link.from.name} ${link.relation} ${link.to.name}`,
      }),
      Plot.dot(list, { x: "x", y: "y", fill: "group", r: 4, title: "name" }),
      ...[true, false].map((rightHalf) =>
        Plot.text(
          list.filter((node) => Math.cos(node.angle) >= 0 === rightHalf),
          {
            x: "x",
            y: "y",
            text: "name",
            fontSize: size < 520 ? 8 : 10,
            // Labels point away from the centre and stay upright: the left half is turned half a circle.
            // The y scale points up while SVG rotation turns clockwise on screen, hence the minus.
            rotate: (node: Node) => -(node.angle * 180) / Math.PI + (rightHalf ? 0 : 180),
            textAnchor: rightHalf ? "start" : "end",
            dx: rightHalf ? 7 : -7,
          },
        ),
      ),
    ],
  });
};
export default network;
