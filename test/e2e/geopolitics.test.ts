/**
 * The geopolitics map in Chromium: each layer draws countries in the colours its legend names, in English
 * and Dutch, with a table view; and curated events laid over a time-based chart.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, localContext } from "./harness/browser.js";
import { collectErrors, waitForCharts } from "./harness/pages.js";
import { REPO_ROOT } from "./harness/serve-dashboard.js";

const SCREENSHOTS = join(REPO_ROOT, "test-results", "screenshots");
const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  context = await localContext(browser);
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

interface MapState {
  drawn: string | undefined;
  countries: number;
  categories: Record<string, string>;
  legend: string[];
}

async function mapState(page: Page, chart: string): Promise<MapState> {
  return page.evaluate(`(() => {
    const frame = document.querySelector("[data-chart=${chart}]");
    const painted = [...frame.querySelectorAll(".plot svg path[data-category]")];
    return {
      drawn: frame.dataset.drawn,
      countries: painted.length,
      categories: Object.fromEntries(painted.map((path) => [path.dataset.country, path.dataset.category])),
      legend: [...frame.querySelectorAll(".legend li")].map((item) => item.textContent.trim()),
    };
  })()`) as Promise<MapState>;
}

async function openLayer(lang: "en" | "nl", query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${baseUrl}/geopolitics${query}`);
  await page.click(`button[data-lang=${lang}]`);
  await page.waitForSelector("main h1");
  await waitForCharts(page);
  return { page, errors };
}

describe("geopolitics map", () => {
  it("hosted compute: each host country coloured by its leading owner bloc, the legend naming each colour", async () => {
    const { page, errors } = await openLayer("en", "");
    const state = await mapState(page, "geopolitics-hosted");
    expect(state.drawn).toBe("drawn");
    expect(state.countries).toBeGreaterThan(20);
    expect(state.categories.US).toBe("us:majority");
    expect(state.categories.CN).toBe("unknown:unknown"); // Epoch anonymises Chinese owners
    expect(state.legend).toContain("United States: owns more than half");
    expect(state.legend.at(-1)).toBe("grey: no operational cluster with an H100e figure");
    await page.screenshot({ path: join(SCREENSHOTS, "geopolitics.png"), fullPage: true });
    await page.click("[data-chart=geopolitics-hosted] button[data-action=toggle-table]");
    await page.waitForSelector("[data-chart=geopolitics-hosted] table");
    // Every host is in the table; small ones (Singapore, Luxembourg) have no shape on a 1:110m map.
    const hosts = await hostRows();
    expect(await page.locator("[data-chart=geopolitics-hosted] tbody tr").count()).toBe(hosts.length);
    expect(state.countries).toBeLessThanOrEqual(hosts.filter((row) => row.h100Equivalents > 0).length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("hosted compute on the last day of an earlier year, chosen in the URL", async () => {
    const { page, errors } = await openLayer("en", "?year=2020");
    expect(await page.textContent("[data-chart=geopolitics-hosted] h2")).toBe(
      "Whose AI compute stands in each country, 31 Dec 2020",
    );
    const state = await mapState(page, "geopolitics-hosted");
    expect(state.drawn).toBe("drawn");
    expect(state.categories.US).toBe("us:majority");
    expect(await page.inputValue("#hosted-year")).toBe("2020");
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ["2025-06-01", { CN: "D:5", IR: "E", NL: "A:5", IL: "D", KH: "D:5" }],
    ["2026-03-01", { CN: "D:5", KH: "D" }],
  ])(
    "export-control groups on %s: the strictest group colours each country; the slider day is in the URL",
    async (day, expected) => {
      const { page, errors } = await openLayer("en", `?layer=groups&day=${day}`);
      const state = await mapState(page, "geopolitics-groups");
      expect(state.drawn).toBe("drawn");
      expect(state.categories).toMatchObject(expected);
      expect(state.categories.US).toBeUndefined();
      expect(state.legend).toEqual([
        "E:1 or E:2: terrorism-supporting or embargoed countries",
        "D:5: US arms embargo (and not in E)",
        "D:1 to D:4: national-security, nuclear, chemical-biological or missile concerns (not in D:5 or E)",
        "A:6 only (allies; in no D or E group)",
        "A:5 only (closest allies; in no D or E group)",
        "grey: in none of these groups in the engine's data",
      ]);
      if (day === "2025-06-01") {
        await page.screenshot({ path: join(SCREENSHOTS, "geopolitics-groups.png"), fullPage: true });
        // Moving the slider to its last step shows the latest day and rewrites the URL.
        await page.focus("#groups-day");
        await page.keyboard.press("End");
        await page.waitForFunction(`!location.search.includes("day=2025-06-01")`);
        expect(page.url()).toMatch(/day=\d{4}-\d{2}-\d{2}/);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("events and declarations in Dutch: countries named by declarations, legend in Dutch", async () => {
    const { page, errors } = await openLayer("nl", "?layer=events&kind=declaration");
    const state = await mapState(page, "geopolitics-events");
    expect(state.drawn).toBe("drawn");
    expect(state.countries).toBeGreaterThanOrEqual(3);
    expect(Object.keys(state.categories)).toEqual(expect.arrayContaining(["US", "NL"]));
    expect(state.legend.at(-1)).toBe("grijs: geen gebeurtenis van deze soort noemt het land");
    expect(await page.textContent("h1")).toBe("Geopolitiek per land");
    await page.screenshot({ path: join(SCREENSHOTS, "geopolitics-events-nl.png"), fullPage: true });
    await page.selectOption("[data-chart=geopolitics-events] select[name=kind]", "all");
    await page.waitForFunction(`!location.search.includes("kind=")`);
    await waitForCharts(page);
    expect((await mapState(page, "geopolitics-events")).countries).toBeGreaterThan(state.countries);
    await page.click("button[data-lang=en]");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("event overlay", () => {
  it("lays curated events of a kind over a time-based chart, each a link to its source with a tooltip", async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/compute`);
    await waitForCharts(page);
    const select = "[data-chart=compute-installed] select[data-action=events]";
    await page.selectOption(select, "export-control");
    await page.waitForFunction(
      `document.querySelectorAll("[data-chart=compute-installed] .event-overlay a[data-event]").length > 0`,
    );
    expect(page.url()).toContain("events=compute-installed%3Aexport-control");
    const marks = (await page.evaluate(
      `[...document.querySelectorAll("[data-chart=compute-installed] .event-overlay a[data-event]")].map((mark) => ({ href: mark.getAttribute("href"), title: mark.querySelector("title").textContent }))`,
    )) as { href: string | null; title: string }[];
    const events = (
      (await (await fetch(`${baseUrl}/api/v1/events?event_kind=export-control&limit=1000`)).json()) as {
        data: unknown[];
      }
    ).data;
    expect(marks.length).toBeGreaterThan(5);
    expect(marks.length).toBeLessThanOrEqual(events.length);
    for (const mark of marks) {
      expect(mark.href).toMatch(/^https?:\/\//);
      // Numbered as on the chart and in the list under it.
      expect(mark.title).toMatch(/^\d+\. \d{4}(-\d{2}){0,2}: .+\. Source: /);
    }
    expect(marks.length).toBeLessThanOrEqual(12);
    expect(await page.textContent("[data-chart=compute-installed] .legend")).toContain("event: export control");
    expect(await page.locator("[data-chart=compute-installed] .event-list li").count()).toBe(marks.length);
    await page.screenshot({ path: join(SCREENSHOTS, "event-overlay.png") });
    // A chart without a time axis (the map) offers no overlay.
    await page.goto(`${baseUrl}/geopolitics`);
    await waitForCharts(page);
    expect(await page.locator("select[data-action=events]").count()).toBe(0);
    await page.goto(`${baseUrl}/compute`);
    await waitForCharts(page);
    await page.selectOption(select, "");
    await page.waitForFunction(
      `document.querySelectorAll("[data-chart=compute-installed] .event-overlay").length === 0`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The indicator's host countries, as the page fetches them. */
async function hostRows(): Promise<{ h100Equivalents: number }[]> {
  const response = (await (
    await fetch(`${baseUrl}/api/v1/indicators/hosted-compute?ownerBlocs=us,china,eu`)
  ).json()) as { data: { series: { tables: { key: string; rows: { h100Equivalents: number }[] }[] } } };
  return response.data.series.tables.find((table) => table.key === "hosts")!.rows;
}
