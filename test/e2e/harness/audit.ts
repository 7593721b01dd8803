/**
 * Checks the dashboard audit runs on every page, language and width: horizontal overflow, overlapping text
 * in charts, a tooltip with a number on a mark of each chart, English catalogue text left on a Dutch page,
 * and serious or critical axe-core violations (WCAG 2.2 AA rules).
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { en as mainEn } from "../../../web/i18n/messages-en.js";
import { nl as mainNl } from "../../../web/i18n/messages-nl.js";
import { UNITS } from "../../../web/i18n/units.js";
import { REPO_ROOT } from "./serve-dashboard.js";

interface Catalogue {
  readonly en: Readonly<Record<string, string>>;
  readonly nl: Readonly<Record<string, string>>;
}

/** The pages' own catalogues (modules that also hold React hooks, so loaded by path rather than typed import). */
const PAGE_CATALOGUES = [
  "claims",
  "export-control",
  "geopolitics",
  "prices",
  "reader",
  "regulation-check",
  "simulator",
].map((page) => join(REPO_ROOT, "web", "pages", page, "messages.ts"));

async function catalogues(): Promise<Catalogue[]> {
  const pages = await Promise.all(
    PAGE_CATALOGUES.map(async (file) => ((await import(file)) as { CATALOGUE: Catalogue }).CATALOGUE),
  );
  return [{ en: mainEn, nl: mainNl }, UNITS, ...pages];
}

/** Literal pieces of a message between its placeholders and plural syntax. */
function fragments(message: string): string[] {
  return message
    .split(/\{[^{}]*\}|[{}#]/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
}

/**
 * English text that must not show on a Dutch page: fragments of English messages of two words or more
 * that differ from their Dutch message and occur in no Dutch message (names and codes are the same in both).
 */
export async function englishOnlyPhrases(): Promise<string[]> {
  const all = await catalogues();
  const dutch = all.flatMap((catalogue) => Object.values(catalogue.nl)).join("\n");
  const phrases = new Set<string>();
  for (const catalogue of all)
    for (const [key, english] of Object.entries(catalogue.en)) {
      if (catalogue.nl[key] === english) continue;
      for (const piece of fragments(english))
        if (/\p{L}+\s+\p{L}+/u.test(piece) && piece.length >= 8 && !dutch.includes(piece)) phrases.add(piece);
    }
  return [...phrases];
}

/**
 * The page's visible text in its own language: text marked as another language (lang="en" on an English
 * quotation) or as verbatim data not to translate (translate="no": source titles, names) is left out.
 */
export async function englishOnPage(page: Page, phrases: readonly string[]): Promise<string[]> {
  const text = String(
    await page.evaluate(`(() => {
      const own = document.documentElement.lang;
      const copy = document.body.cloneNode(true);
      for (const element of copy.querySelectorAll("[lang], [translate=no]"))
        if (element.getAttribute("translate") === "no" || element.getAttribute("lang") !== own) element.remove();
      document.body.append(copy);
      copy.style.cssText = "position:absolute;left:-99999px;top:0;width:1200px";
      const text = copy.innerText;
      copy.remove();
      return document.title + "\\n" + text;
    })()`),
  );
  return phrases.filter((phrase) => text.includes(phrase));
}

export async function horizontalOverflow(page: Page): Promise<number> {
  return Number(await page.evaluate("document.documentElement.scrollWidth - window.innerWidth"));
}

/**
 * Pairs of text boxes in one chart that overlap by more than a pixel, as "chart: a / b". Boxes are the
 * texts' own boxes turned with them (rotated labels of a network are compared as drawn, not by their
 * upright bounding rectangles), tested on the separating axes of both.
 */
export async function overlappingChartText(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const corners = (node) => {
      const b = node.getBBox(), m = node.getScreenCTM();
      return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
        .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
    };
    const separated = (p, q) => {
      for (const poly of [p, q])
        for (let i = 0; i < 4; i++) {
          const [x1, y1] = poly[i], [x2, y2] = poly[(i + 1) % 4];
          const length = Math.hypot(x2 - x1, y2 - y1) || 1;
          const nx = (y1 - y2) / length, ny = (x2 - x1) / length;
          const project = (points) => points.map(([x, y]) => x * nx + y * ny);
          const a = project(p), b = project(q);
          if (Math.min(Math.max(...a), Math.max(...b)) - Math.max(Math.min(...a), Math.min(...b)) <= 1) return true;
        }
      return false;
    };
    const found = [];
    for (const svg of document.querySelectorAll(".plot svg")) {
      const chart = svg.closest("[data-chart]")?.dataset.chart ?? "?";
      const boxes = [...svg.querySelectorAll("text")]
        .filter((text) => !text.closest('[aria-label="tip"]') && text.textContent.trim() !== "")
        .flatMap((text) => {
          const spans = text.querySelectorAll("tspan");
          return spans.length > 0 ? [...spans] : [text];
        })
        .map((node) => ({ label: node.textContent.trim(), corners: corners(node), width: node.getBBox().width }))
        .filter((entry) => entry.label !== "" && entry.width > 0);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          if (!separated(boxes[i].corners, boxes[j].corners)) found.push(chart + ": " + boxes[i].label + " / " + boxes[j].label);
    }
    return found;
  })()`)) as string[];
}

/** Chart text drawn partly outside its SVG (a tick label cut off at the left edge), as "chart: label". */
export async function clippedChartText(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const found = [];
    for (const svg of document.querySelectorAll(".plot svg")) {
      const chart = svg.closest("[data-chart]")?.dataset.chart ?? "?";
      const frame = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll("text")) {
        if (text.closest('[aria-label="tip"]') || text.textContent.trim() === "") continue;
        const box = text.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.left < frame.left - 1 || box.right > frame.right + 1) found.push(chart + ": " + text.textContent.trim());
      }
    }
    return found;
  })()`)) as string[];
}

const MARKS =
  'g[aria-label="dot"] circle, g[aria-label="bar"] rect, g[aria-label="rect"] rect, g[aria-label="tick"] line';

/**
 * For each drawn chart: hovers a mark in its middle and reads the tooltip (Plot's tip or the mark's title).
 * With `tipShot`, the first chart is also photographed with its tooltip open: the record that values show.
 */
export async function tooltipsOnHover(page: Page, tipShot?: string): Promise<{ chart: string; text: string }[]> {
  const charts = (await page.evaluate(
    `[...document.querySelectorAll("[data-chart][data-drawn=drawn]")].map((element) => element.dataset.chart)`,
  )) as string[];
  const results: { chart: string; text: string }[] = [];
  for (const chart of charts) {
    const svg = page.locator(`[data-chart="${chart}"] .plot svg`).first();
    const marks = svg.locator(MARKS);
    const count = await marks.count();
    if (count === 0) {
      // Hand-drawn SVG (the maps): the value is in each shape's own <title>.
      const titled = String(
        await page.evaluate(
          `[...document.querySelectorAll('[data-chart="${chart}"] .plot svg title')].map((title) => title.textContent).find((text) => /\\d/.test(text)) ?? ""`,
        ),
      );
      results.push({ chart, text: titled });
      continue;
    }
    const mark = marks.nth(Math.floor(count / 2));
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.boundingBox();
    if (!box) {
      results.push({ chart, text: "" });
      continue;
    }
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = svg.locator('g[aria-label="tip"] text');
    const text = (await tip.count()) > 0 ? ((await tip.first().textContent()) ?? "") : "";
    if (tipShot && results.length === 0 && text !== "")
      await page.locator(`[data-chart="${chart}"]`).first().screenshot({ path: tipShot });
    results.push({ chart, text });
    await page.mouse.move(0, 0);
  }
  return results;
}

const AXE = join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js");

/** Serious and critical axe-core violations under the WCAG 2.x A and AA rules, as "rule: target". */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return (await page.evaluate(`(async () => {
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      resultTypes: ["violations"],
    });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .flatMap((violation) => violation.nodes.map((node) => violation.id + ": " + node.target.join(" ")));
  })()`)) as string[];
}
