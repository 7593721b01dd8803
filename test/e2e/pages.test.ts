/** Every page loads without console errors, every chart draws marks from the real snapshot, and screenshots are kept. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, localContext } from "./harness/browser.js";
import { collectErrors, PAGES, waitForCharts } from "./harness/pages.js";
import { REPO_ROOT } from "./harness/serve-dashboard.js";

const SCREENSHOTS = join(REPO_ROOT, "test-results", "screenshots");
const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  context = await localContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe("every page", () => {
  it.each(PAGES)("$name loads without console errors and draws its charts", async ({ name, path }) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}${path}`);
    await page.waitForSelector("main h1");
    const charts = await waitForCharts(page);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    expect(errors).toEqual([]);
    if (name !== "sources") expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.drawn, chart.id).toBe("drawn");
      expect(chart.marks, chart.id).toBeGreaterThan(5);
    }
    await page.close();
  });

  it("the sources page credits Epoch AI with licence and snapshot", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sources`);
    await page.waitForSelector(".source-list li");
    const text = (await page.textContent("main")) ?? "";
    expect(text).toContain("Epoch AI");
    expect(text).toContain("CC BY 4.0");
    const version = (await (await fetch(`${baseUrl}/api/v1/-/version`)).json()) as { snapshot_id: string };
    expect(text).toContain(version.snapshot_id);
    await page.close();
  });

  it("works on a narrow screen without horizontal scrolling of the page", async () => {
    const narrow = await localContext(browser, { viewport: { width: 380, height: 800 } });
    const page = await narrow.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/`);
    await waitForCharts(page);
    await page.screenshot({ path: join(SCREENSHOTS, "overview-narrow.png"), fullPage: true });
    const overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await narrow.close();
  });

  it("can be used with the keyboard: tab reaches the navigation and Enter follows a link", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector("main h1");
    let focused = "";
    for (let step = 0; step < 12 && focused !== "Models"; step++) {
      await page.keyboard.press("Tab");
      focused = String(await page.evaluate("document.activeElement?.textContent ?? ''"));
    }
    expect(focused).toBe("Models");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseUrl}/models`);
    await page.close();
  });
});
