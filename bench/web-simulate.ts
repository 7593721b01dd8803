/**
 * The simulator in the browser: 1,000 runs over 2015-2040 in the page's Web Worker, in headless Chromium.
 * The worker module is bundled by Vite exactly as the dashboard bundles it and served from 127.0.0.1 with
 * an empty page, so the figure does not depend on the page being routed. Timed inside the worker (the
 * engine) and around the message (what the page waits for). Prints figures; asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { loadPreset } from "../src/api/simulation-presets.js";
import type { Scenario } from "../src/simulate/index.js";
import { launchChromium, localContext } from "../test/e2e/harness/browser.js";
import { REPO_ROOT } from "../test/e2e/harness/serve-dashboard.js";
import { calibrationTargets } from "../test/support/calibration-targets.js";

const RUNS = 1000;
const REPEATS = 7;

async function bundleWorker(outDir: string): Promise<string> {
  const { build } = await import("vite");
  await build({
    configFile: false,
    logLevel: "warn",
    root: REPO_ROOT,
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: join(REPO_ROOT, "web/pages/simulator/engine.worker.ts"),
        formats: ["es"],
        fileName: () => "engine-worker.js",
      },
    },
  });
  return readFileSync(join(outDir, "engine-worker.js"), "utf8");
}

interface Timings {
  readonly engine: number[];
  readonly roundTrip: number[];
  readonly kept: number;
}

/** Runs in the page: one warm-up job, then REPEATS timed jobs on one worker. */
const PAGE_SCRIPT = `async ({ scenario, targets, repeats }) => {
  const worker = new Worker("/engine-worker.js", { type: "module" });
  let id = 0;
  const job = () => new Promise((resolve, reject) => {
    const started = performance.now();
    const mine = ++id;
    worker.onmessage = (event) => {
      if (event.data.id !== mine) return;
      if (!event.data.ok) return reject(new Error(event.data.message));
      resolve({ engine: event.data.ms, roundTrip: performance.now() - started, kept: event.data.result.calibration.kept });
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage({ id: mine, scenario, targets });
  });
  await job();
  const engine = [], roundTrip = [];
  let kept = 0;
  for (let i = 0; i < repeats; i++) {
    const timing = await job();
    engine.push(timing.engine);
    roundTrip.push(timing.roundTrip);
    kept = timing.kept;
  }
  worker.terminate();
  return { engine, roundTrip, kept };
}`;

const summary = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `best ${sorted[0]!.toFixed(0)} ms, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms`;
};

export async function runBench(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), "wedloop-web-simulate-"));
  const workerSource = await bundleWorker(outDir);
  const server = createServer((request, response) => {
    if (request.url === "/engine-worker.js")
      response.writeHead(200, { "content-type": "text/javascript" }).end(workerSource);
    else response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>bench</title>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  try {
    const scenario: Scenario = { ...(await loadPreset("baseline")).scenario, runs: RUNS, endYear: 2040 };
    const targets = calibrationTargets();
    const page = await (await localContext(browser)).newPage();
    await page.goto(url);
    const timings = (await page.evaluate(
      `(${PAGE_SCRIPT})(${JSON.stringify({ scenario, targets, repeats: REPEATS })})`,
    )) as Timings;
    console.log(
      `web-simulate: ${RUNS} runs of the baseline, 2015-2040 in quarters, 4 blocs, history-matched on ${targets.length} targets (${timings.kept} kept), in Chromium's Web Worker; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    console.log(`  engine time in the worker: ${summary(timings.engine)} of ${REPEATS} (aim < 200 ms)`);
    console.log(`  page waits (post to reply): ${summary(timings.roundTrip)}`);
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
