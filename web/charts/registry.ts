/**
 * Every chart, loaded on demand so the first page does not ship Observable Plot until it draws.
 * A chart is a pure function: (table, {width, lang, colours}) => SVG element.
 */
import type { IndicatorTable } from "../api/types.js";
import type { Lang } from "../i18n/locale.js";

export interface ChartOptions {
  readonly width: number;
  readonly lang: Lang;
  /** Column whose values are coloured groups. */
  readonly groupKey: string;
  readonly colourOf: (group: string) => string;
  readonly labelOf: (group: string) => string;
  /** The one legend order every chart shares; charts without it keep the data's order. */
  readonly order?: (groups: readonly string[]) => string[];
}

export type ChartFunction = (data: IndicatorTable, options: ChartOptions) => SVGSVGElement;

const CHARTS = {
  "notable-models": () => import("./notable-models.js"),
  "open-weights": () => import("./open-weights.js"),
  "record-steps": () => import("./record-steps.js"),
  "growth-rates": () => import("./growth-rates.js"),
  "frontier-lag": () => import("./frontier-lag.js"),
  "compute-over-time": () => import("./compute-over-time.js"),
  "share-bars": () => import("./share-bars.js"),
  "data-centres": () => import("./data-centres.js"),
  "stacked-years": () => import("./stacked-years.js"),
  "company-reports": () => import("./company-reports.js"),
  thresholds: () => import("./thresholds.js"),
  "europe-ranks": () => import("./europe-ranks.js"),
  "events-timeline": () => import("./events-timeline.js"),
  network: () => import("./network.js"),
  "price-scatter": () => import("./price-scatter.js"),
  "price-gap": () => import("./price-gap.js"),
} satisfies Record<string, () => Promise<{ default: ChartFunction }>>;

export type ChartName = keyof typeof CHARTS;

export async function loadChart(name: ChartName): Promise<ChartFunction> {
  return (await CHARTS[name]()).default;
}
