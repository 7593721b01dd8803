/**
 * The export-control page end to end in Chromium, in English and in Dutch, on a phone and a laptop: the answer
 * opens with a yes/no sentence, no engine field name shows, the codes have a legend, and a missing fact is asked
 * for in plain words and answered with the reader's value (marked as such).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, localContext } from "./harness/browser.js";
import { REPO_ROOT } from "./harness/serve-dashboard.js";

const baseUrl = inject("baseUrl");
const SCREENSHOTS = join(REPO_ROOT, "test-results", "screenshots");
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const LANGUAGE = {
  en: {
    locale: "en-GB",
    h20: /^Yes, a licence is needed: the NVIDIA HGX H20 is below the 3A090 thresholds, but on 9 April 2025 NVIDIA was informed/,
    question: "What is the die area of the MTT S4000",
    given: "Your values",
    legend: "What the answer codes mean",
    fromData: /^yes, from the data \(/,
  },
  nl: {
    locale: "nl-NL",
    h20: /^Ja, er is een vergunning nodig: de NVIDIA HGX H20 blijft onder de drempels van 3A090, maar op 9 april 2025/,
    question: "Wat is de die-oppervlakte van de MTT S4000",
    given: "Uw waarden",
    legend: "Wat de antwoordcodes betekenen",
    fromData: /^ja, volgens de gegevens \(/,
  },
} as const;

describe.each(["en", "nl"] as const)("the export-control page in %s", (lang) => {
  const text = LANGUAGE[lang];

  it.each([1366, 390])("answers the H20 to China in one sentence, without field names, at %i px", async (width) => {
    const context = await localContext(browser, { viewport: { width, height: 900 }, locale: text.locale });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/export-control?chip=nvidia-hgx-h20&to=CN&date=2025-04-10`);
    const headline = (await page.locator("#export-answer-title").textContent({ timeout: 60_000 }))!.trim();
    expect(headline).toMatch(text.h20);
    const main = (await page.textContent("main"))!;
    expect(main).not.toMatch(/chip\.[a-z]+[A-Z]|decidingInputs/);
    expect(await page.textContent("#code-legend-title")).toBe(text.legend);
    // The data-centre control starts from the curated value and names its source, not from "not known".
    const dc = page.locator(".datacenter-control select");
    expect(await dc.inputValue()).toBe("");
    const option = (await dc.locator("option:checked").textContent())!;
    expect(option).toMatch(text.fromData);
    // The source by its publisher, not by its id (e.g. "tomshardware-2024-h20-l20-l2") or file.
    expect(option).not.toMatch(/[a-z]+-\d{4}-[a-z0-9]|\.yaml/);
    expect(main).not.toContain("in het Engels");
    expect(await page.locator(".code-legend dt").count()).toBeGreaterThanOrEqual(17);
    const overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    expect(overflow).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, `export-control-answer-${lang}-${width}.png`) });
    await context.close();
  });

  it("asks for a missing die area and answers with the reader's value", async () => {
    const context = await localContext(browser, { viewport: { width: 1366, height: 900 }, locale: text.locale });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/export-control?chip=mtt-s4000&to=CN&date=2025-06-01`);
    await page.locator("#export-answer-title").waitFor({ timeout: 60_000 });
    expect(await page.getAttribute(".export-answer", "data-code")).toBe("?");
    expect(await page.textContent(".gap label")).toContain(text.question);
    await page.fill(".gap input", "600");
    await page.click(".gap button");
    await page.waitForURL(/g_applicable_die_area_mm2=600/);
    await page.waitForFunction(`document.querySelector(".export-answer")?.getAttribute("data-code") !== "?"`);
    expect(await page.textContent(".given")).toContain(text.given);
    await context.close();
  });
});
