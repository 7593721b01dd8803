/**
 * The regulation-check questionnaire end to end in Chromium, in English and in Dutch: answer the questions
 * step by step, read the assessment with citations and deadlines, reproduce it from the link, export it.
 */
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, localContext } from "./harness/browser.js";
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

const LANGUAGE = {
  en: {
    step1: "Step 1 of 7",
    next: "Next",
    tier: "high-risk use (Annex III)",
    scheduled: "from 2 Dec 2027",
    deadlines: "Upcoming deadlines",
    title: "# Regulation check",
    nav: "Models",
  },
  nl: {
    step1: "Stap 1 van 7",
    next: "Volgende",
    tier: "hoog-risicotoepassing (bijlage III)",
    scheduled: "vanaf 2 dec 2027",
    deadlines: "Komende termijnen",
    title: "# Regelgevingscheck",
    nav: "Modellen",
  },
} as const;

async function next(page: Page, step: number): Promise<void> {
  await page.click("button[data-action=next]");
  await page.waitForSelector(`form.questionnaire[data-step="${step}"]`);
}

async function download(page: Page, kind: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`button[data-export=${kind}]`)]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, "utf8") };
}

async function expectAssessment(page: Page, words: (typeof LANGUAGE)["en" | "nl"]): Promise<void> {
  await page.waitForSelector(".assessment section[data-jurisdiction=EU]");
  expect(await page.getAttribute(".assessment", "data-as-of")).toBe("2026-11-27");
  expect(await page.textContent("section[data-jurisdiction=EU] .tier")).toContain(words.tier);
  const scheduled = page.locator("section[data-jurisdiction=EU] tr[data-rule=EU-AIA-26-1]");
  expect(await scheduled.getAttribute("data-status")).toBe("scheduled");
  expect(await scheduled.locator("td.status").textContent()).toBe(words.scheduled);
  expect(await scheduled.locator("a").getAttribute("href")).toMatch(/^https:\/\//);
  expect(await scheduled.locator("a").textContent()).toMatch(/Art 26/);
  expect(await page.textContent(".deadlines h2")).toBe(words.deadlines);
  expect(await page.locator(".deadlines li[data-rule=EU-AIA-26-1] time").getAttribute("datetime")).toBe("2027-12-02");
  expect(await page.locator(".unconfirmed-note li").count()).toBeGreaterThan(0);
}

describe.each(["en", "nl"] as const)("the regulation check in %s", (lang) => {
  const words = LANGUAGE[lang];

  it("builds the profile step by step, assesses it, reproduces it from the link and exports it", async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/regulation-check`);
    await page.click(`button[data-lang=${lang}]`);
    await page.waitForFunction(`document.querySelector("nav").textContent.includes(${JSON.stringify(words.nav)})`);
    expect(await page.textContent("form.questionnaire h2")).toContain(words.step1);
    expect(await page.textContent("button[data-action=next]")).toBe(words.next);
    // Help text is shown with the questions, in the chosen language.
    expect(await page.locator("fieldset[data-field=roles] .help").textContent()).not.toBe("");

    // Step 1: the system and the role.
    await page.check("fieldset[data-field=artifact] input[value=system]");
    for (const role of ["provider", "deployer", "employer"])
      await page.check(`fieldset[data-field=roles] input[value=${role}]`);
    // The country is chosen by its name in the language; the answer keeps the code.
    const country = "fieldset[data-field=provider_established_in] select";
    await page.selectOption(country, "NL");
    expect(await page.locator(`${country} option:checked`).textContent()).toBe(
      lang === "nl" ? "Nederland" : "Netherlands",
    );
    await next(page, 1);
    // Step 2: where, with the planned launch day.
    await page.check("fieldset[data-field=markets] input[value=EU-NL]");
    await page.fill("input[name=placed-EU-NL]", "2028-03-01");
    await next(page, 2);
    await next(page, 3);
    // Step 4: decisions about people.
    await page.check("fieldset[data-field=decision_domains] input[value=employment_recruitment]");
    await page.check("fieldset[data-field=materially_influences_decision] input[value='1']");
    await page.check("fieldset[data-field=profiling] input[value='1']");
    await next(page, 4);
    await next(page, 5);
    await next(page, 6);
    await page.fill("input[name=at]", "2026-11-27");
    await expectAssessment(page, words);
    await page.screenshot({ path: join(SCREENSHOTS, `regulation-check-${lang}.png`), fullPage: true });

    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      artifact: "system",
      roles: "provider,deployer,employer",
      provider_established_in: "NL",
      markets: "EU-NL@2028-03-01",
      decision_domains: "employment_recruitment",
      materially_influences_decision: "1",
      profiling: "1",
      step: "6",
      at: "2026-11-27",
    });

    const markdown = await download(page, "markdown");
    expect(markdown.name).toBe("wedloop-obligations-2026-11-27.md");
    expect(markdown.text.startsWith(words.title)).toBe(true);
    expect(markdown.text).toContain("EU-AIA-26-1");
    expect(markdown.text).toContain(words.scheduled);
    expect(markdown.text).toContain(url.toString());
    const json = await download(page, "json");
    const exported = JSON.parse(json.text) as {
      date: string;
      profile: Record<string, unknown>;
      answer: { assessment: { as_of: string } };
    };
    expect(exported.date).toBe("2026-11-27");
    expect(exported.profile).toMatchObject({
      roles: ["provider", "deployer", "employer"],
      markets: [{ jurisdiction: "EU-NL", placed_on_market_date: "2028-03-01" }],
      profiling: true,
    });
    expect(exported.answer.assessment.as_of).toBe("2026-11-27");

    // The link alone reproduces the answers and the result.
    const again = await context.newPage();
    await again.goto(url.toString());
    await expectAssessment(again, words);
    await again.click("button[data-step='0']");
    expect(await again.isChecked("fieldset[data-field=roles] input[value=employer]")).toBe(true);
    await again.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("points at the question the engine refused", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/regulation-check?step=6&at=2026-11-27&provider_established_in=N1`);
    await page.click(`button[data-lang=${lang}]`);
    await page.waitForSelector(".rejected li[data-parameter='profile.provider_established_in']");
    await page.click(".rejected li button");
    await page.waitForSelector("form.questionnaire[data-step='0']");
    await page.close();
  });

  it("shows each regime's timeline and the comparison matrix", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/regulation-check/timeline`);
    await page.click(`button[data-lang=${lang}]`);
    await page.waitForSelector("section.matrix tr[data-row=core-logic]");
    for (const regime of ["EU", "CN", "US"])
      expect(await page.locator(`section.timeline[data-regime=${regime}] tbody tr`).count()).toBeGreaterThan(3);
    expect(await page.locator("section.timeline tr.superseded").count()).toBe(0);
    await page.check("input[name=superseded]");
    await page.waitForSelector("section.timeline[data-regime=EU] tr.superseded");
    await page.uncheck("input[name=regime][value=CN]");
    await page.waitForFunction(`!document.querySelector("section.timeline[data-regime=CN]")`);
    expect(new URL(page.url()).searchParams.get("regime")).toBe("EU,US");
    expect(await page.textContent("section.matrix thead")).toContain(
      lang === "nl" ? "Europese Unie" : "European Union",
    );
    await page.screenshot({ path: join(SCREENSHOTS, `regulation-timeline-${lang}.png`), fullPage: true });
    await page.close();
  });
});
