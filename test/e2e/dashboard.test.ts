/**
 * The dashboard audit: every page in both languages at 1366 px and 390 px shows its own <title>, no console
 * error, no horizontal overflow, no overlapping text in a chart, a tooltip with a number on a mark of every
 * chart, no English catalogue text in Dutch, and no serious or critical axe-core violation. Every page is
 * also opened at 360 px with all its charts as tables (no overflow there either). Screenshots of every page,
 * language and width go to test-results/screenshots/, with a contact sheet (contact-sheet.html).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Lang } from "../../web/i18n/locale.js";
import {
  axeViolations,
  englishOnlyPhrases,
  englishOnPage,
  horizontalOverflow,
  clippedChartText,
  overlappingChartText,
  tooltipsOnHover,
} from "./harness/audit.js";
import { launchChromium, localContext } from "./harness/browser.js";
import { ALL_PAGES, collectErrors, waitForCharts } from "./harness/pages.js";
import { REPO_ROOT } from "./harness/serve-dashboard.js";

const SCREENSHOTS = join(REPO_ROOT, "test-results", "screenshots");
const WIDTHS = [1366, 390] as const;
const LANGS: readonly Lang[] = ["en", "nl"];
const baseUrl = inject("baseUrl");
let english: string[] = [];
let browser: Browser;
const contexts = new Map<number, BrowserContext>();
const shots: { page: string; lang: Lang; width: number; file: string }[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  english = await englishOnlyPhrases();
  browser = await launchChromium();
  for (const width of [...WIDTHS, 360])
    contexts.set(width, await localContext(browser, { viewport: { width, height: width > 800 ? 900 : 800 } }));
});

afterAll(async () => {
  writeFileSync(join(SCREENSHOTS, "contact-sheet.html"), contactSheet());
  await browser?.close();
});

function contactSheet(): string {
  const cells = shots
    .map(
      (shot) =>
        `<figure><a href="${shot.file}"><img src="${shot.file}" alt="${shot.page} ${shot.lang} ${shot.width}px" loading="lazy"></a><figcaption>${shot.page} · ${shot.lang} · ${shot.width}px</figcaption></figure>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Wedloop: every page, language and width</title>
<style>body{font:14px system-ui;margin:1rem}main{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:1rem}
figure{margin:0}img{width:100%;height:320px;object-fit:cover;object-position:top;border:1px solid #ccc}</style>
<h1>Wedloop: every page × language × width</h1><main>${cells}</main></html>\n`;
}

describe("every page, language and width", () => {
  it("has English phrases to look for", () => {
    expect(english.length).toBeGreaterThan(100);
    expect(english).toContain("Show as table");
  });

  describe.each(ALL_PAGES)("$name", ({ name, path }) => {
    it.each(LANGS.flatMap((lang) => WIDTHS.map((width) => ({ lang, width }))))(
      "in $lang at $width px",
      async ({ lang, width }) => {
        const page = await contexts.get(width)!.newPage();
        const errors = collectErrors(page);
        await page.goto(`${baseUrl}${path}?lang=${lang}`);
        await page.waitForSelector("main h1");
        await waitForCharts(page);
        // The page's own title: its name in the navigation, in the language.
        const current = await page.textContent('nav a[aria-current="page"]');
        expect(await page.title()).toBe(`${current ?? "?"} – Wedloop`);
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        expect(await horizontalOverflow(page), "horizontal overflow (px)").toBeLessThanOrEqual(0);
        expect(await overlappingChartText(page)).toEqual([]);
        expect(await clippedChartText(page), "chart text cut off at the edge").toEqual([]);
        const tipShot = join(SCREENSHOTS, `${name}-${lang}-${width}-tooltip.png`);
        for (const tip of await tooltipsOnHover(page, tipShot))
          expect(tip.text, `tooltip of ${tip.chart}`).toMatch(/\d/);
        if (lang === "nl") expect(await englishOnPage(page, english)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        const file = `${name}-${lang}-${width}.png`;
        await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
        shots.push({ page: name, lang, width, file });
        expect(errors).toEqual([]);
        await page.close();
      },
    );
  });

  it.each(ALL_PAGES)("$name fits 360 px, with its charts shown as tables too", async ({ name, path }) => {
    const page = await contexts.get(360)!.newPage();
    await page.goto(`${baseUrl}${path}`);
    await page.waitForSelector("main h1");
    await waitForCharts(page);
    expect(await horizontalOverflow(page), "chart view").toBeLessThanOrEqual(0);
    const ids = (await page.evaluate(
      `[...document.querySelectorAll("[data-chart]")].map((element) => element.dataset.chart)`,
    )) as string[];
    if (ids.length > 0) {
      await page.goto(`${baseUrl}${path}?table=${ids.join(",")}`);
      await page.waitForSelector("main h1");
      await waitForCharts(page);
      expect(await horizontalOverflow(page), "table view").toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-360-tables.png`), fullPage: true });
    }
    await page.close();
  });
});
