/** Switching language changes labels and number formats, and the choice survives a reload. */
import type { Browser, BrowserContext, Page } from "playwright-core";
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

const cellTexts = (page: Page) =>
  page.evaluate(
    `[...document.querySelectorAll("#compute-installed td.num")].map((cell) => cell.textContent)`,
  ) as Promise<string[]>;

describe("language switch", () => {
  it("turns labels and number formats Dutch, and remembers the choice", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/compute?table=compute-installed`);
    await page.waitForSelector("#compute-installed table");
    await page.click("button[data-lang=en]");
    expect(await page.textContent("nav")).toContain("Models");
    const english = await cellTexts(page);
    expect(english.some((text) => /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text))).toBe(true);

    await page.click("button[data-lang=nl]");
    await page.waitForFunction(`document.querySelector("nav").textContent.includes("Modellen")`);
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    expect(await page.textContent("#compute-installed h2")).not.toBe("");
    const dutch = await cellTexts(page);
    expect(dutch.some((text) => /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text))).toBe(true);
    expect(dutch.some((text) => /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text))).toBe(false);
    expect(await page.textContent("#compute-installed .chart-tools")).toContain("Als grafiek tonen");

    await page.reload();
    await page.waitForSelector("#compute-installed table");
    expect(await page.textContent("nav")).toContain("Modellen");
    await page.click("button[data-lang=en]");
    await page.close();
  });

  it("formats dates per language in headlines", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await waitForCharts(page);
    await page.click("button[data-lang=nl]");
    await page.waitForFunction(`document.querySelector("#overview-lag .headline")?.textContent.includes("maanden")`);
    expect(await page.textContent("#overview-lag .headline")).toMatch(
      /\d+ (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? \d{4}/,
    );
    await page.click("button[data-lang=en]");
    await page.waitForFunction(`document.querySelector("#overview-lag .headline")?.textContent.includes("months")`);
    expect(await page.textContent("#overview-lag .headline")).toMatch(
      /\d+ (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}/,
    );
    await page.close();
  });
});
