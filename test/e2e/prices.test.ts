/** The prices page answers the question in both languages, at desktop and phone width, without sideways scrolling. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, localContext } from "./harness/browser.js";
import { collectErrors, waitForCharts } from "./harness/pages.js";
import { REPO_ROOT } from "./harness/serve-dashboard.js";

const SCREENSHOTS = join(REPO_ROOT, "test-results", "screenshots");
const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the prices page", () => {
  it.each([
    ["en", 1366, /On 30 Jun 2024: United States US\$7\.5 \(gpt-4o-2024-05-13, OpenAI/, "the price fell"],
    ["nl", 1366, /Op 30 jun 2024: Verenigde Staten US\$\s7,5 \(gpt-4o-2024-05-13, OpenAI/, "de prijs daalde"],
    ["en", 390, /On 30 Jun 2023: United States US\$37\.5/, "no model at this level"],
    ["nl", 390, /Op 30 jun 2023: Verenigde Staten US\$\s37,5/, "geen model op dit niveau"],
  ] as const)("in %s at %d px answers what GPT-4-level capability cost", async (lang, width, answer, words) => {
    const context = await localContext(browser, { viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/prices`);
    await page.click(`button[data-lang=${lang}]`);
    await page.waitForSelector("#prices-steps .answer-line");
    const charts = await waitForCharts(page);
    const text = (await page.textContent("#prices-steps .answer")) ?? "";
    expect(text).toMatch(answer);
    expect(text).toContain(words);
    expect(charts.map((chart) => chart.id).sort()).toEqual(
      ["prices-events", "prices-fall", "prices-gap", "prices-scatter", "prices-steps"].sort(),
    );
    for (const chart of charts) expect(chart.drawn, chart.id).toBe("drawn");
    expect(await page.textContent("#prices-steps")).toContain("Epoch AI");
    const overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    expect(overflow).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, `prices-${lang}-${width}.png`), fullPage: true });
    await page.locator("#prices-steps").screenshot({ path: join(SCREENSHOTS, `prices-answer-${lang}-${width}.png`) });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("changes the level and the blend through the URL, and the table shows the as-of date of each price", async () => {
    const context = await localContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/prices?level=o1&blend=1%3A1&table=prices-steps`);
    await page.waitForSelector("#prices-steps table");
    const header = (await page.textContent("#prices-steps thead")) ?? "";
    expect(header).toContain("Price as of");
    expect(header).toContain("Cheapest, blended 1:1");
    expect(await page.textContent("#prices-steps")).toMatch(/o1 \(Dec 2024\)-level capability/);
    await context.close();
  });
});
