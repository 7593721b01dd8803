/** What the e2e tests and the bench know about the dashboard: its pages and how to wait for charts. */
import type { Page } from "playwright-core";

export const PAGES = [
  { name: "overview", path: "/" },
  { name: "models", path: "/models" },
  { name: "compute", path: "/compute" },
  { name: "economy", path: "/economy" },
  { name: "prices", path: "/prices" },
  { name: "regulation", path: "/regulation" },
  { name: "players", path: "/players" },
  { name: "europe", path: "/europe" },
  { name: "map", path: "/map" },
  { name: "export-control", path: "/export-control" },
  { name: "geopolitics", path: "/geopolitics" },
  { name: "simulator", path: "/simulator" },
  { name: "sources", path: "/sources" },
] as const;

/** Every page of the navigation, including those without charts. */
export const ALL_PAGES = [
  ...PAGES,
  { name: "regulation-check", path: "/regulation-check" },
  { name: "regulation-timeline", path: "/regulation-check/timeline" },
  { name: "claims", path: "/claims" },
  { name: "reader", path: "/reader" },
] as const;

export interface ChartState {
  readonly id: string;
  readonly drawn: string;
  /** SVG marks drawn inside the chart area. */
  readonly marks: number;
}

const CHART_STATES = `[...document.querySelectorAll("[data-chart]")].map((element) => ({
  id: element.dataset.chart, drawn: element.dataset.drawn,
  marks: element.querySelectorAll(".plot svg path, .plot svg circle, .plot svg rect, .plot svg line").length }))`;

export function chartStates(page: Page): Promise<ChartState[]> {
  return page.evaluate(CHART_STATES) as Promise<ChartState[]>;
}

/** Waits until no chart is still pending (each is drawn, shown as a table, or empty). */
export async function waitForCharts(page: Page, timeout = 30_000): Promise<ChartState[]> {
  await page.waitForFunction(
    `document.querySelector("main .loading") === null && [...document.querySelectorAll("[data-chart]")].every((element) => element.dataset.drawn !== "pending")`,
    undefined,
    { timeout },
  );
  return chartStates(page);
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`exception: ${error.message}`));
  return errors;
}
