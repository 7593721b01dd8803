/** Every download (CSV, SVG, PNG) is a file that carries the citation: Epoch AI, CC BY 4.0, the snapshot id. */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, localContext } from "./harness/browser.js";
import { waitForCharts } from "./harness/pages.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;
let page: Page;
let snapshotId: string;

beforeAll(async () => {
  browser = await launchChromium();
  context = await localContext(browser);
  page = await context.newPage();
  snapshotId = ((await (await fetch(`${baseUrl}/api/v1/-/version`)).json()) as { snapshot_id: string }).snapshot_id;
  await page.goto(`${baseUrl}/models`);
  await waitForCharts(page);
});
afterAll(async () => {
  await browser?.close();
});

async function download(action: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`#models-per-year button[data-action=${action}]`),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

function expectCitation(text: string): void {
  expect(text).toContain("Epoch AI");
  expect(text).toContain("CC BY 4.0");
  expect(text).toContain(snapshotId);
}

describe("downloads", () => {
  it("CSV: citation on leading comment lines, then a header and the rows", async () => {
    const { name, bytes } = await download("download-csv");
    expect(name).toBe("wedloop-models-per-year-en.csv");
    const lines = bytes.toString("utf8").trim().split("\n");
    const comments = lines.filter((line) => line.startsWith("# "));
    expectCitation(comments.join("\n"));
    expect(lines[comments.length]).toContain("Year");
    expect(lines.length - comments.length - 1).toBeGreaterThan(10);
  });

  it("SVG: citation as visible text and in <desc>, with the chart's marks", async () => {
    const { name, bytes } = await download("download-svg");
    expect(name).toBe("wedloop-models-per-year-en.svg");
    const svg = bytes.toString("utf8");
    expect(svg).toMatch(/^<svg/);
    expectCitation(svg.match(/<desc>([^<]*)<\/desc>/)?.[1] ?? "");
    expectCitation([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join(" "));
    expect(svg).toContain("<path");
  });

  it("PNG: an image with the citation drawn in, and in a tEXt chunk", async () => {
    const { name, bytes } = await download("download-png");
    expect(name).toBe("wedloop-models-per-year-en.png");
    expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(600); // width, at twice the chart's size
    const text = bytes.toString("latin1");
    const chunk = text.indexOf("tEXtSource\0");
    expect(chunk).toBeGreaterThan(0);
    expectCitation(text.slice(chunk, chunk + 2000));
  });
});
