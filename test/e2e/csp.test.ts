/**
 * Every page works under the server's Content Security Policy: no console error (a refused script, style,
 * worker or request is logged as one) and every chart settles. The other e2e tests bypass the CSP because
 * Playwright's polling and axe-core run as page scripts.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, localContext } from "./harness/browser.js";
import { collectErrors, PAGES } from "./harness/pages.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await localContext(browser, { enforceCsp: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Polls from outside the page (page.evaluate is not subject to the page's CSP) until the charts settle. */
async function chartsSettled(page: Page, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const settled = await page.evaluate(
      `document.querySelector("main .loading") === null && document.querySelector("main") !== null && [...document.querySelectorAll("[data-chart]")].every((element) => element.dataset.drawn !== "pending")`,
    );
    if (settled) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

describe("the dashboard under its Content Security Policy", () => {
  it.each(PAGES.map((page) => [page.name, page.path] as const))(
    "%s loads without a refused resource",
    async (_, path) => {
      const page = await context.newPage();
      const errors = collectErrors(page);
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
      expect(await chartsSettled(page)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
