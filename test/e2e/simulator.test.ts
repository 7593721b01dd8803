/**
 * The scenario simulator end to end in Chromium, in English and in Dutch: choose "strict controls" against
 * "baseline", see both fan charts, the lag comparison in 2030 and the chance China passes the US, reproduce
 * the numbers from the link, move a lever, and open the back-test. Needs the page route (/simulator) and the
 * simulator API routes wired into the app.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, localContext } from "./harness/browser.js";
import { collectErrors, waitForCharts } from "./harness/pages.js";
import { REPO_ROOT } from "./harness/serve-dashboard.js";

const baseUrl = inject("baseUrl");
const SCREENSHOTS = join(REPO_ROOT, "test-results", "screenshots");
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

const WORDS = {
  en: {
    lag: /^China's median lag in 2030: [\d.]+ months under “Strict controls, with equipment and cloud” \(90%: [\d.]+–[\d.]+\) against [\d.]+ months under “Baseline: current policies”/,
    pass: /^By 2035: /,
    backtest: "Held-out values inside the model's 50 / 80 / 90% bands",
    count:
      /^Simulator, models published up to the end of 2029, US \+ China \+ EU: median [\d,]+ \(90%: [\d,]+–[\d,]+\); published: over 200\.$/,
    paragraph:
      /^Under “Strict controls, with equipment and cloud”, China holds .+ by then is (below [\d.]+% \(0 of \d+ runs\)|[\d.]+% ± [\d.]+ \(\d+ of \d+ runs\))\. /,
  },
  nl: {
    lag: /^Mediane achterstand van China in 2030: [\d,]+ maanden bij „Strenge controles, met machines en cloud” \(90%: [\d,]+–[\d,]+\) tegen [\d,]+ maanden bij „Basis: huidig beleid”/,
    pass: /^Vóór eind 2035: /,
    backtest: "Achtergehouden waarden binnen de 50 / 80 / 90%-banden",
    count:
      /^Simulator, modellen gepubliceerd tot eind 2029, VS \+ China \+ EU: mediaan [\d.]+ \(90%: [\d.]+–[\d.]+\); gepubliceerd: meer dan 200\.$/,
    paragraph:
      /^Bij „Strenge controles, met machines en cloud” heeft China .+ ingehaald, is (onder [\d,]+% \(0 van \d+ runs\)|[\d,]+% ± [\d,]+ \(\d+ van \d+ runs\))\. /,
  },
} as const;

const CHARTS = ["simulator-fan-a", "simulator-fan-b", "simulator-lag", "simulator-passing"];

async function expectComparison(page: Page, words: (typeof WORDS)["en" | "nl"]): Promise<string> {
  const charts = await waitForCharts(page, 60_000);
  for (const id of CHARTS) {
    const chart = charts.find((candidate) => candidate.id === id);
    expect(chart?.drawn, id).toBe("drawn");
    expect(chart!.marks, id).toBeGreaterThan(5);
  }
  const headline = (await page.textContent("#simulator-lag .lag-headline")) ?? "";
  expect(headline).toMatch(words.lag);
  for (const side of ["a", "b"])
    expect(Number(await page.getAttribute("#simulator-lag .lag-headline", `data-${side}`))).toBeGreaterThan(0);
  expect((await page.textContent("#simulator-passing .passing-headline")) ?? "").toMatch(words.pass);
  return headline;
}

describe.each(["en", "nl"] as const)("the simulator in %s", (lang) => {
  const words = WORDS[lang];

  it("compares strict controls against the baseline with bands, reproduces them from the link, and shows the back-test", async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/simulator`);
    await page.waitForSelector("main h1");
    await page.click(`button[data-lang=${lang}]`);
    await page.selectOption("select[name=a]", "strict-controls");
    await page.selectOption("select[name=b]", "baseline");
    await page.waitForURL(/[?&]a=strict-controls&b=baseline/);
    const headline = await expectComparison(page, words);
    // A paragraph per scenario generated from its numbers, chances with their count of runs (never a bare 0%).
    const paragraphs = await page.locator(".scenario-paragraph").allTextContents();
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(words.paragraph);
    for (const paragraph of paragraphs) expect(paragraph).not.toMatch(/ 0(\.0|,0)?% /);
    // Epoch's count of models above 1e26 next to the counts the worker drew from the server's models.
    const count = page.locator("[data-anchor=epoch-models-above-1e26-2030] p:not(.caveat)");
    expect((await count.textContent()) ?? "").toMatch(words.count);
    await page.screenshot({ path: join(SCREENSHOTS, `simulator-${lang}.png`), fullPage: true });

    // The link holds both scenarios and the seed: the same numbers come back.
    const link = page.url();
    const again = await context.newPage();
    await again.goto(link);
    await again.waitForSelector("main h1");
    expect(await expectComparison(again, words)).toBe(headline);
    await again.close();

    // Moving a lever recomputes that side only and writes it into the URL.
    await page.locator("section[data-side=b] details.method summary").click();
    await page.locator("input[name='b.ec']").focus();
    await page.keyboard.press("End"); // the slider's maximum: 4, strict with equipment and cloud
    await page.waitForURL(/[?&]b\.ec=4/);
    await waitForCharts(page, 60_000);
    expect(await page.textContent("section[data-side=b] h2")).toMatch(lang === "en" ? /\(moved\)/ : /\(verschoven\)/);

    await page.click("summary[data-action=more]");
    await page.waitForSelector(".simulator-backtest .coverage");
    expect(await page.textContent(".simulator-backtest .coverage")).toContain(words.backtest);
    expect(Number(await page.getAttribute(".simulator-backtest", "data-points"))).toBeGreaterThan(0);
    expect(await page.locator(".simulator-parameters tbody tr").count()).toBeGreaterThan(40);
    expect(errors).toEqual([]);
    await page.click("button[data-lang=en]");
    await page.close();
  });
});
