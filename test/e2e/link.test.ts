/** The URL holds the chart state (blocs, period, rule, table view): opening a copied link restores the view. */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, localContext } from "./harness/browser.js";
import { waitForCharts } from "./harness/pages.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await localContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe("a copied link", () => {
  it("restores blocs, period, rule and table view", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/models`);
    await waitForCharts(page);
    await page.uncheck("input[name=bloc][value=eu]");
    await page.check("input[name=bloc][value=uk]");
    await page.selectOption("select[name=from]", "2018");
    await page.check("input[name=rule][value=fractional]");
    // Let the charts redraw for the new rule before toggling a table, so the click lands on the settled page.
    await waitForCharts(page);
    await page.click("#models-open button[data-action=toggle-table]");
    await page.waitForURL(/table=models-open/);
    await waitForCharts(page);
    const link = page.url();
    expect(link).toContain("blocs=us%2Cchina%2Cuk");
    const legend = await page.textContent("#models-per-year .legend");

    const other = await (await localContext(browser)).newPage();
    await other.goto(link);
    await waitForCharts(other);
    expect(await other.isChecked("input[name=bloc][value=uk]")).toBe(true);
    expect(await other.isChecked("input[name=bloc][value=eu]")).toBe(false);
    expect(await other.inputValue("select[name=from]")).toBe("2018");
    expect(await other.isChecked("input[name=rule][value=fractional]")).toBe(true);
    // Charts mount as their data arrives: wait for this one's table rather than count before it exists.
    await other.waitForSelector("#models-open table", { timeout: 30_000 });
    expect(await other.locator("#models-open table").count()).toBe(1);
    expect(await other.textContent("#models-per-year .legend")).toBe(legend);
    expect(legend).toContain("United Kingdom");
    expect(await other.textContent("#models-per-year .subtitle")).toContain("2018");
    await page.close();
    await other.close();
  });

  it("restores the year of the world map", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/map?year=2020`);
    await waitForCharts(page);
    expect(await page.inputValue("#map-year")).toBe("2020");
    expect(await page.textContent("#world-map h2")).toContain("2020");
    await page.focus("#map-year");
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/year=2021/);
    await page.close();
  });
});
