/**
 * The article reader in Chromium: the seed post (or, without it, an article of the test set) pasted and read in
 * English and Dutch at desktop and phone widths, and hostile HTML that must never run a script in the page.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, localContext } from "./harness/browser.js";
import { collectErrors } from "./harness/pages.js";
import { REPO_ROOT } from "./harness/serve-dashboard.js";

const baseUrl = inject("baseUrl");
const SHOTS = process.env.WEDLOOP_SHOTS_DIR ?? join(REPO_ROOT, "test-results", "screenshots");
const SEED = join(
  process.env.WEDLOOP_SEED_DIR ?? join(REPO_ROOT, "..", "shared", "seed"),
  "ai-als-geopolitiek-slagveld.txt",
);
const ARTICLE = existsSync(SEED) ? SEED : join(REPO_ROOT, "test", "fixtures", "reader", "nl-chinese-modellen.txt");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  context = await localContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

async function readIn(
  lang: "en" | "nl",
  width: number,
  text: string,
  format = "auto",
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors = collectErrors(page);
  await page.goto(`${baseUrl}/reader`);
  await page.click(`button[data-lang=${lang}]`);
  await page.fill("#reader-text", text);
  await page.selectOption(".reader-controls select >> nth=0", format);
  await page.click(".reader-form button[type=submit]");
  await page.waitForSelector(".reader-result", { timeout: 60_000 });
  return { page, errors };
}

describe("article reader page", () => {
  it.each([
    ["en", 1366],
    ["nl", 1366],
    ["en", 390],
    ["nl", 390],
  ] as const)("reads the seed post with names, amounts in dollars and verdicts (%s, %i px)", async (lang, width) => {
    const { page, errors } = await readIn(lang, width, readFileSync(ARTICLE, "utf8"));
    expect(await page.textContent("h1")).toBe(lang === "en" ? "Article reader" : "Artikellezer");
    expect(await page.locator(".mark-entity").count()).toBeGreaterThan(10);
    expect(await page.textContent(".reader-amounts")).toContain("cfets-2024-12-31-central-parity");
    const verdicts = await page.locator(".reader-claims li").count();
    expect(verdicts).toBeGreaterThan(existsSync(SEED) ? 90 : 4);
    const overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(SHOTS, `reader-${lang}-${width}.png`), fullPage: false });
    if (width === 1366) {
      await page.locator(".reader-panel").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `reader-${lang}-${width}-panel.png`), fullPage: false });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("never runs a script from the article: script tags, event handlers, RTL overrides, zero-width characters", async () => {
    const hostile = [
      "<p>Open\u200bAI en \u202eBeijing\u202c <b onmouseover=\"window.__pwned='hover'\">DeepSeek</b></p>",
      "<script>window.__pwned='script'</script><img src=x onerror=\"window.__pwned='img'\">",
      "<svg onload=\"window.__pwned='svg'\"></svg><iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
      "<a href=\"javascript:window.__pwned='link'\">klik</a>" + "<div>".repeat(2000) + "diep" + "</div>".repeat(2000),
    ].join("");
    for (const format of ["html", "text"]) {
      const { page } = await readIn("nl", 1366, hostile, format);
      await page.hover(".reader-text").catch(() => undefined);
      expect(await page.evaluate("window.__pwned ?? null")).toBeNull();
      expect(
        await page
          .locator(".reader-result script, .reader-result img, .reader-result svg, .reader-result iframe")
          .count(),
      ).toBe(0);
      expect(await page.locator(".reader-text a[href^='javascript']").count()).toBe(0);
      await page.close();
    }
  });
});
