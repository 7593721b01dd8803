/**
 * Fan charts per bloc: one small panel per bloc (two by two, one shared y scale). Observed history is a solid
 * line with dots up to the last observed year; after the "today" line the simulated 5–95% and 25–75% bands
 * and the median; before it the model's own median of history, thin and dashed.
 */
import { Plot, plotSvg, powerDomain, powerTick, powerTicks } from "../../charts/plot-kit.js";
import { formatCell } from "../../i18n/format.js";
import type { Lang } from "../../i18n/locale.js";

export interface FanRow {
  readonly year: number;
  readonly bloc: string;
  readonly colour: string;
  readonly label: string;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

export default function fanChart(
  rows: readonly FanRow[],
  options: {
    width: number;
    lang: Lang;
    log: boolean;
    unit: string;
    yLabel: string;
    scenarioFrom: number;
    observed: readonly { year: number; bloc: string; value: number }[];
    todayLabel: string;
  },
): SVGSVGElement {
  const lastObserved = options.scenarioFrom - 1;
  const values = [
    ...rows.filter((row) => row.year >= lastObserved).flatMap((row) => [row.p5, row.p95]),
    ...rows.map((row) => row.p50),
    ...options.observed.map((point) => point.value),
  ].filter((value) => Number.isFinite(value) && (!options.log || value > 0));
  const y = options.log
    ? {
        type: "log" as const,
        domain: powerDomain(values),
        ticks: powerTicks(values),
        tickFormat: powerTick,
        label: options.yLabel,
        grid: true,
      }
    : {
        label: options.yLabel,
        grid: true,
        zero: true,
        tickFormat: (value: number) => formatCell(value, options.unit === "share" ? "share" : null, options.lang),
      };
  // Log scales cannot show zero: a band that touches zero (no compute yet) is cut at the smallest positive value.
  const floor = options.log ? Math.min(...values.filter((value) => value > 0)) : -Infinity;
  const clip = (value: number) => Math.max(value, floor);
  const blocs = [...new Set(rows.map((row) => row.bloc))];
  const panel = (bloc: string) => ({ column: blocs.indexOf(bloc) % 2, row: Math.floor(blocs.indexOf(bloc) / 2) });
  const data = rows.map((row) => ({
    ...row,
    ...panel(row.bloc),
    p5: clip(row.p5),
    p25: clip(row.p25),
    p50: clip(row.p50),
    p75: clip(row.p75),
    p95: clip(row.p95),
  }));
  const future = data.filter((row) => row.year >= lastObserved);
  const past = data.filter((row) => row.year <= lastObserved);
  const observed = options.observed
    .filter((point) => blocs.includes(point.bloc) && (!options.log || point.value > 0))
    .map((point) => ({
      ...point,
      ...panel(point.bloc),
      colour: rows.find((row) => row.bloc === point.bloc)!.colour,
      value: clip(point.value),
    }));
  const labels = blocs.map((bloc) => ({ ...panel(bloc), label: rows.find((row) => row.bloc === bloc)!.label }));
  const todays = blocs.map((bloc) => ({ ...panel(bloc), x: options.scenarioFrom - 0.5 }));
  const facet = { fx: "column", fy: "row" } as const;
  const title = (row: FanRow) =>
    `${row.label} ${row.year}: ${formatCell(row.p50, options.unit, options.lang)} (${formatCell(row.p5, options.unit, options.lang)}–${formatCell(row.p95, options.unit, options.lang)})`;
  return plotSvg({
    width: options.width,
    height: Math.round(Math.min(560, Math.max(360, options.width * 0.8))),
    marginLeft: 56,
    marginTop: 30,
    fx: { axis: null, padding: 0.08 },
    fy: { axis: null, padding: 0.12 },
    x: { label: null, tickFormat: (year: number) => String(year), ticks: Math.min(4, Math.floor(options.width / 160)) },
    y,
    color: { type: "identity" },
    marks: [
      Plot.frame({ stroke: "#dddddd" }),
      Plot.areaY(future, { ...facet, x: "year", y1: "p5", y2: "p95", fill: "colour", fillOpacity: 0.18 }),
      Plot.areaY(future, { ...facet, x: "year", y1: "p25", y2: "p75", fill: "colour", fillOpacity: 0.4 }),
      Plot.lineY(future, { ...facet, x: "year", y: "p50", stroke: "colour", strokeWidth: 2 }),
      Plot.lineY(past, { ...facet, x: "year", y: "p50", stroke: "colour", strokeWidth: 1, strokeDasharray: "2,3" }),
      Plot.lineY(observed, { ...facet, x: "year", y: "value", stroke: "#222222", strokeWidth: 2 }),
      Plot.dot(observed, { ...facet, x: "year", y: "value", fill: "#222222", r: 2 }),
      Plot.ruleX(todays, { ...facet, x: "x", stroke: "#666666", strokeDasharray: "4,3" }),
      Plot.text(todays, {
        ...facet,
        x: "x",
        text: () => options.todayLabel,
        frameAnchor: "bottom",
        dy: -4,
        dx: 3,
        textAnchor: "start",
        fill: "#555555",
      }),
      Plot.dot(data, { ...facet, x: "year", y: "p50", fill: "colour", r: 1.5, tip: true, title }),
      // Bloc names wrap within their panel: at 360 px "European Union (27)" ran into the next panel's name.
      Plot.text(labels, {
        ...facet,
        text: "label",
        frameAnchor: "top-left",
        dx: 4,
        dy: 4,
        fontWeight: 600,
        lineWidth: labelWidthEms(options.width),
        lineHeight: 1.3,
      }),
    ],
  });
}

/** The width a bloc name may take in a panel, in ems (two panels side by side, the y axis on the left). */
export function labelWidthEms(chartWidth: number): number {
  const panel = (chartWidth - 56 - 20) / 2;
  return Math.max(5, (panel - 16) / 13);
}
