/**
 * Every chip on TPP against performance density (log-log), coloured by its classification, with the
 * thresholds of the chosen rule version as lines: the rule's own dashed, the slider positions solid.
 */
import { Plot, plotSvg, powerTick, powerTicks } from "../../charts/plot-kit.js";
import { formatNumber } from "../../i18n/format.js";
import type { Lang } from "../../i18n/locale.js";
import { STATUS_COLOURS } from "./colours.js";

export interface ScatterPoint {
  readonly name: string;
  readonly tpp: number;
  readonly pd: number;
  readonly status: string;
  readonly label: string;
}

/** Threshold lines; a PD line of null does not exist in that rule version (the 2022 rule had no PD test). */
export interface ThresholdLines {
  readonly tpp: number;
  readonly tppFloor: number | null;
  readonly pd: number | null;
  readonly pdFloor: number | null;
  /** RV10's case-by-case ceiling, from 2026-01-15. */
  readonly ceiling: number | null;
}

export default function scatterChart(
  points: readonly ScatterPoint[],
  options: {
    width: number;
    lang: Lang;
    rule: ThresholdLines;
    lines: ThresholdLines;
    axisLabels: { tpp: string; pd: string };
  },
): SVGSVGElement {
  const { rule, lines } = options;
  const xs = [...points.map((point) => point.tpp), rule.tpp, ...(rule.ceiling ? [rule.ceiling] : [])];
  const ys = [...points.map((point) => point.pd), ...(rule.pd ? [rule.pd] : [])];
  const vertical = (values: readonly (number | null)[]) =>
    values.filter((value): value is number => value !== null && value > 0);
  const lineLabel = (value: number) => formatNumber(value, options.lang, 2);
  return plotSvg({
    width: options.width,
    height: Math.round(Math.min(520, Math.max(300, options.width * 0.6))),
    marginLeft: 56,
    marginBottom: 40,
    x: { type: "log", label: options.axisLabels.tpp, ticks: powerTicks(xs), tickFormat: powerTick, grid: true },
    y: { type: "log", label: options.axisLabels.pd, ticks: powerTicks(ys), tickFormat: powerTick, grid: true },
    color: { type: "ordinal", domain: Object.keys(STATUS_COLOURS), range: Object.values(STATUS_COLOURS) },
    marks: [
      Plot.ruleX(vertical([rule.tpp, rule.tppFloor, rule.ceiling]), { stroke: "#555555", strokeDasharray: "4 3" }),
      Plot.ruleY(vertical([rule.pd, rule.pdFloor]), { stroke: "#555555", strokeDasharray: "4 3" }),
      Plot.ruleX(vertical([lines.tpp, lines.tppFloor]), { stroke: "#6a3d9a", strokeWidth: 1.5 }),
      Plot.ruleY(vertical([lines.pd, lines.pdFloor]), { stroke: "#6a3d9a", strokeWidth: 1.5 }),
      Plot.text(vertical([lines.tpp, lines.tppFloor, rule.ceiling]), {
        x: (value: number) => value,
        frameAnchor: "top",
        dy: 4,
        dx: 3,
        textAnchor: "start",
        text: (value: number) => `TPP ${lineLabel(value)}`,
        fill: "#333333",
      }),
      Plot.text(vertical([lines.pd, lines.pdFloor]), {
        y: (value: number) => value,
        frameAnchor: "right",
        dy: -6,
        text: (value: number) => `PD ${lineLabel(value)}`,
        fill: "#333333",
      }),
      Plot.dot(points, {
        x: "tpp",
        y: "pd",
        fill: "status",
        r: 4,
        stroke: "#ffffff",
        tip: true,
        title: (point) => `${point.name}: TPP ${lineLabel(point.tpp)}, PD ${lineLabel(point.pd)} (${point.label})`,
      }),
    ],
  });
}
