/**
 * Relations between players on a circle: nodes sorted by bloc then name, one arrow per relation from
 * subject to object, coloured and dashed by kind (money, supply, compute, policy). Rows carry subject,
 * object, relation (its words), relationId, and each end's group (subjectGroup, objectGroup).
 * Labels get the room they need, and on a narrow screen are shortened (the full name is in the tooltip).
 */
import type { IndicatorRow } from "../api/types.js";
import { translate } from "../i18n/lang.js";
import type { ChartFunction } from "./registry.js";
import { Plot, plotSvg, tipText } from "./plot-kit.js";
import { RELATION_KINDS, RELATION_STYLE, relationKind } from "./relation-kinds.js";

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

/** A name cut to at most `chars` characters, with an ellipsis when cut. */
export function shorten(name: string, chars: number): string {
  return name.length <= chars ? name : `${name.slice(0, Math.max(1, chars - 1))}…`;
}

const network: ChartFunction = (data, options) => {
  const nodes = circleLayout(data.rows);
  const list = [...nodes.values()];
  const links = data.rows.map((row) => ({
    from: nodes.get(String(row.subject))!,
    to: nodes.get(String(row.object))!,
    relation: String(row.relation),
    kind: relationKind(String(row.relationId ?? row.relation)),
    date: row.date,
  }));
  const degree = new Map<string, number>();
  for (const link of links)
    for (const end of [link.from.name, link.to.name]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const groups = (options.order ?? ((all) => [...all]))([...new Set(list.map((node) => node.group))]);
  const size = Math.min(options.width, 900);
  const fontSize = size < 520 ? 9 : 11;
  const charWidth = fontSize * 0.6;
  const longest = Math.max(...list.map((node) => node.name.length), 4);
  // Room for the labels on both sides, at most a quarter of the width each; longer names are shortened.
  const labelRoom = Math.min(Math.ceil(longest * charWidth) + 12, Math.floor(size * 0.25));
  const labelChars = Math.max(4, Math.floor((labelRoom - 12) / charWidth));
  return plotSvg({
    width: size,
    height: size,
    margin: labelRoom,
    x: { axis: null, domain: [-1, 1] },
    y: { axis: null, domain: [-1, 1] },
    color: { type: "ordinal", domain: groups, range: groups.map(options.colourOf) },
    marks: [
      ...RELATION_KINDS.map((kind) =>
        Plot.arrow(
          links.filter((link) => link.kind === kind),
          {
            x1: (link) => link.from.x,
            y1: (link) => link.from.y,
            x2: (link) => link.to.x,
            y2: (link) => link.to.y,
            stroke: RELATION_STYLE[kind].colour,
            strokeDasharray: RELATION_STYLE[kind].dash,
            strokeOpacity: 0.7,
            strokeWidth: 1.3,
            bend: 12,
            headLength: 7,
            insetEnd: 5,
            insetStart: 4,
          },
        ),
      ),
      Plot.tip(
        links,
        Plot.pointer({
          x: (link) => (link.from.x + link.to.x) / 2,
          y: (link) => (link.from.y + link.to.y) / 2,
          maxRadius: 12,
          title: (link) => tipText(`${link.from.name} → ${link.to.name}`, link.relation, String(link.date ?? "")),
        }),
      ),
      Plot.dot(list, {
        x: "x",
        y: "y",
        fill: "group",
        r: 4.5,
        stroke: "#ffffff",
        tip: true,
        title: (node: Node) =>
          tipText(
            node.name,
            options.labelOf(node.group),
            translate(options.lang)("chart.relations", { n: degree.get(node.name) ?? 0 }),
          ),
      }),
      ...[true, false].map((rightHalf) =>
        Plot.text(
          list.filter((node) => Math.cos(node.angle) >= 0 === rightHalf),
          {
            x: "x",
            y: "y",
            text: (node: Node) => shorten(node.name, labelChars),
            fontSize,
            // Labels point away from the centre and stay upright: the left half is turned half a circle.
            // The y scale points up while SVG rotation turns clockwise on screen, hence the minus.
            rotate: (node: Node) => -(node.angle * 180) / Math.PI + (rightHalf ? 0 : 180),
            textAnchor: rightHalf ? "start" : "end",
            dx: rightHalf ? 8 : -8,
          },
        ),
      ),
    ],
  });
};
export default network;
