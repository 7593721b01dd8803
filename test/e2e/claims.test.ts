/**
 * The claims page in Chromium: every claim of the seed post in the post's order, its verdict in colour and
 * word, counts and filters per verdict, in English and in Dutch (quotes stay Dutch, normalised claims English).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, localContext } from "./harness/browser.js";
import { collectErrors } from "./harness/pages.js";
import { REPO_ROOT } from "./harness/serve-dashboard.js";

const baseUrl = inject("baseUrl");
const SCREENSHOTS = join(REPO_ROOT, "test-results", "screenshots");
const SEED = "seed-blog-ai-geopolitiek-2025";
let browser: Browser;
let context: BrowserContext;

interface ClaimFact {
  id: string;
  quote: string;
  line: number;
  detail: { verdict: string; claim_en: string };
}
let claims: ClaimFact[];
let seedUrl: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  context = await localContext(browser);
  const facts = (await (await fetch(`${baseUrl}/api/v1/facts?kind=claim&source=${SEED}&limit=1000`)).json()) as {
    data: ClaimFact[];
  };
  claims = facts.data.sort((a, b) => a.line - b.line);
  seedUrl = ((await (await fetch(`${baseUrl}/api/v1/sources/${SEED}`)).json()) as { data: { url: string } }).data.url;
});
afterAll(async () => {
  await browser?.close();
});

const LANGUAGE = {
  en: {
    title: "The seed blog post's claims, checked",
    words: {
      accurate: "accurate",
      "mostly-accurate": "mostly accurate",
      imprecise: "imprecise",
      inaccurate: "inaccurate",
      unverifiable: "unverifiable",
      opinion: "opinion",
    },
    nav: "Claims checked",
  },
  nl: {
    title: "De beweringen van de blogpost, gecontroleerd",
    words: {
      accurate: "juist",
      "mostly-accurate": "grotendeels juist",
      imprecise: "onnauwkeurig",
      inaccurate: "onjuist",
      unverifiable: "niet te controleren",
      opinion: "mening",
    },
    nav: "Beweringen getoetst",
  },
} as const;

async function openClaims(lang: "en" | "nl", query = ""): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${baseUrl}/claims${query}`);
  await page.click(`button[data-lang=${lang}]`);
  await page.waitForSelector("li.claim");
  await page.waitForFunction(`document.querySelector("h1")?.textContent === ${JSON.stringify(LANGUAGE[lang].title)}`);
  return { page, errors };
}

const shownClaims = (page: Page) =>
  page.evaluate(`[...document.querySelectorAll("li.claim")].map((item) => ({
    id: item.id, verdict: item.dataset.verdict, word: item.querySelector(".verdict").textContent.trim(),
    quote: item.querySelector("blockquote[lang=nl]").textContent, english: item.querySelector("dd[lang=en]").textContent,
    colour: getComputedStyle(item).borderLeftColor }))`) as Promise<
    { id: string; verdict: string; word: string; quote: string; english: string; colour: string }[]
  >;

describe("claims page", () => {
  it.each(["en", "nl"] as const)(
    "shows every claim in the post's order with its verdict as colour and word (%s)",
    async (lang) => {
      const { page, errors } = await openClaims(lang);
      const shown = await shownClaims(page);
      expect(claims.length).toBeGreaterThanOrEqual(50);
      expect(shown.map((claim) => claim.id)).toEqual(claims.map((claim) => claim.id));
      for (const [index, claim] of shown.entries()) {
        const fact = claims[index]!;
        expect(claim.verdict).toBe(fact.detail.verdict);
        expect(claim.word).toBe(LANGUAGE[lang].words[fact.detail.verdict as keyof (typeof LANGUAGE)["en"]["words"]]);
        expect(claim.quote).toBe(fact.quote); // Dutch in both languages
        expect(claim.english).toBe(fact.detail.claim_en); // English in both languages
      }
      // One colour per verdict, different verdicts in different colours.
      const colours = new Map(shown.map((claim) => [claim.verdict, claim.colour]));
      expect(new Set(colours.values()).size).toBe(colours.size);
      expect(await page.textContent("nav")).toContain(LANGUAGE[lang].nav);
      expect(await page.getAttribute("a[data-original-post]", "href")).toBe(seedUrl);
      if (lang === "en") await page.screenshot({ path: join(SCREENSHOTS, "claims.png"), fullPage: false });
      else await page.screenshot({ path: join(SCREENSHOTS, "claims-nl.png"), fullPage: false });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("counts claims per verdict and filters by verdict through the URL", async () => {
    const { page, errors } = await openClaims("en");
    const expected = new Map<string, number>();
    for (const claim of claims) expected.set(claim.detail.verdict, (expected.get(claim.detail.verdict) ?? 0) + 1);
    for (const [verdict, count] of expected)
      expect(await page.textContent(`button[data-verdict-filter=${verdict}] [data-count]`)).toBe(String(count));

    await page.click("button[data-verdict-filter=inaccurate]");
    await page.waitForFunction(
      `[...document.querySelectorAll("li.claim")].every((item) => item.dataset.verdict === "inaccurate")`,
    );
    expect((await shownClaims(page)).length).toBe(expected.get("inaccurate"));
    expect(page.url()).toContain("verdict=inaccurate");
    await page.click("button[data-verdict-filter=imprecise]");
    await page.waitForFunction(
      `document.querySelectorAll("li.claim").length === ${(expected.get("inaccurate") ?? 0) + (expected.get("imprecise") ?? 0)}`,
    );
    // Claims that are not accurate give a reason and a better source or the Wedloop records that decide them.
    const details = (await page.evaluate(
      `[...document.querySelectorAll("li.claim")].map((item) => [...item.querySelectorAll("dt")].map((dt) => dt.textContent))`,
    )) as string[][];
    for (const terms of details) {
      expect(terms).toContain("Why");
      expect(terms.includes("Better source") || terms.includes("Wedloop's data that decide it")).toBe(true);
    }

    await page.click("button[data-verdict-filter=all]");
    await page.waitForFunction(`document.querySelectorAll("li.claim").length === ${claims.length}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the six-level scale with its meaning and count, and links the records that decide a claim", async () => {
    const { page, errors } = await openClaims("en");
    const legend = (await page.evaluate(
      `[...document.querySelectorAll(".legend li")].map((item) => [item.dataset.legend, item.querySelector("strong").textContent])`,
    )) as [string, string][];
    expect(legend.map(([verdict]) => verdict)).toEqual([
      "accurate",
      "mostly-accurate",
      "imprecise",
      "inaccurate",
      "unverifiable",
      "opinion",
    ]);
    const total = legend.reduce((sum, [, count]) => sum + Number(count), 0);
    expect(total).toBe(claims.length);
    const record = (await page.getAttribute("#claim-r1-like-gpt4-claude2 a[data-record]", "href"))!;
    expect(record).toMatch(/^\/api\/v1\/models\//);
    expect((await fetch(`${baseUrl}${record}`)).status).toBe(200);
    const subject = (await page.getAttribute("#claim-tsai-warns-bubble a[data-subject=joe-tsai]", "href"))!;
    expect((await fetch(`${baseUrl}${subject}`)).status).toBe(200);
    // A country the post names links to its record too, under its English name.
    const country = page.locator("#claim-us-vc-billions-ai a[data-subject=US]");
    expect(await country.textContent()).toBe("United States");
    expect((await fetch(`${baseUrl}${(await country.getAttribute("href"))!}`)).status).toBe(200);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, "claims-390.png"), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a link with a verdict filter reproduces the view, and the CSV lists every claim", async () => {
    const { page } = await openClaims("nl", "?verdict=opinion");
    const shown = await shownClaims(page);
    expect(shown.length).toBe(claims.filter((claim) => claim.detail.verdict === "opinion").length);
    expect(shown.every((claim) => claim.word === "mening")).toBe(true);
    const href = (await page.getAttribute(".claims-shown a[download]", "href"))!;
    const csv = await (await fetch(`${baseUrl}${href}`)).text();
    expect(csv.trim().split("\n").length).toBeGreaterThan(claims.length); // a quote may span lines
    for (const claim of claims) expect(csv).toContain(claim.id);
    await page.click("button[data-lang=en]");
    await page.close();
  });
});
