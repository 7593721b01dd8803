/**
 * Dashboard benchmarks: the JavaScript the first page loads (gzipped, from web/dist) and the time from
 * navigation to the first chart drawn, measured in headless Chromium against the real server on localhost.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium, localContext } from "../test/e2e/harness/browser.js";
import { buildDashboard, removeDashboard, startDashboard } from "../test/e2e/harness/serve-dashboard.js";

const RUNS = 5;

/** The scripts index.html loads up front: its module entry and the chunks it preloads. */
export function firstPageScripts(indexHtml: string): string[] {
  const sources = [
    ...indexHtml.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((match) => match[1]!);
  return [...new Set(sources)];
}

function gzipBytes(distDir: string, scripts: readonly string[]): number {
  return scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(distDir, src.replace(/^\//, "")))).length, 0);
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function runBench(): Promise<void> {
  const distDir = await buildDashboard();
  const entry = firstPageScripts(readFileSync(join(distDir, "index.html"), "utf8"));
  console.log(`web: entry JavaScript ${kilobytes(gzipBytes(distDir, entry))} gzipped in ${entry.length} file(s)`);

  const server = await startDashboard(distDir);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    // The first visit warms the server's indicator cache; every run uses a fresh browser context (cold HTTP cache).
    for (let run = 0; run <= RUNS; run++) {
      const context = await localContext(browser);
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page.waitForFunction(`performance.getEntriesByName("wedloop:first-chart").length > 0`, undefined, {
        timeout: 30_000,
      });
      const time = Number(await page.evaluate(`performance.getEntriesByName("wedloop:first-chart")[0].startTime`));
      if (run > 0) times.push(time);
      if (run === 0) {
        // Everything the overview loads until its charts are drawn, lazy chunks included.
        await page.waitForFunction(
          `[...document.querySelectorAll("[data-chart]")].every((element) => element.dataset.drawn !== "pending")`,
          undefined,
          { timeout: 30_000 },
        );
        const loaded = (await page.evaluate(
          `performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith(".js"))`,
        )) as string[];
        console.log(
          `web: first-page JavaScript ${kilobytes(gzipBytes(distDir, loaded))} gzipped in ${loaded.length} file(s), lazy chunks included (aim < 300 KB)`,
        );
      }
      await context.close();
    }
    console.log(
      `web: time to first chart drawn ${median(times).toFixed(0)} ms median of ${RUNS} (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}; aim < 1000 ms)`,
    );
  } finally {
    await browser.close();
    await server.close();
    removeDashboard(distDir);
  }
}
