import { parentPort } from "node:worker_threads";
import { NEUTRAL_LEVERS } from "../simulate/levers.js";
import { finishRuns } from "../simulate/monte-carlo.js";
import { compileScenario, simulateRuns } from "../simulate/run.js";
import type { CompiledScenario } from "../simulate/run.js";
import type { Scenario } from "../simulate/scenario.js";
import { seriesPercentiles } from "../simulate/summarise.js";
import { PERCENTILES } from "../simulate/scenario.js";

/**
 * Messages between simulation-pool.ts and this worker. `outputs` is the scenario's slot-major block of all
 * its runs, shared by every worker and the pool: each worker writes only its own runs, then reads every run
 * of its own series when summarising, so no block is copied between threads.
 */
export type WorkerJob =
  | {
      readonly kind: "simulate";
      readonly jobId: number;
      readonly scenario: Scenario;
      readonly outputs: SharedArrayBuffer;
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly kind: "summarise";
      readonly jobId: number;
      readonly scenario: Scenario;
      readonly outputs: SharedArrayBuffer;
      readonly kept: Int32Array;
      readonly from: number;
      readonly to: number;
    };
export type WorkerReply =
  | { readonly jobId: number; readonly kind: "progress"; readonly runsDone: number }
  | { readonly jobId: number; readonly kind: "simulated" }
  | { readonly jobId: number; readonly kind: "summarised"; readonly percentiles: Float64Array }
  | { readonly jobId: number; readonly kind: "failed"; readonly message: string };

const PROGRESS_EVERY_RUNS = 250;

/** Any scenario: each worker compiles it twice as it starts (see below) and never runs it. */
const IDLE_SCENARIO: Scenario = {
  name: "",
  description: "",
  endYear: 2015,
  runs: 0,
  seed: 0,
  levers: NEUTRAL_LEVERS,
  parameters: {},
};

if (parentPort) {
  const port = parentPort;
  // V8 types the fields of the first compiled scenario by their values' classes and widens them when a second
  // scenario is compiled, discarding the code it optimised for the first (step, simulateRuns): compiling two
  // before any run widens them while nothing is optimised yet.
  compileScenario(IDLE_SCENARIO);
  compileScenario({ ...IDLE_SCENARIO });
  let cached: { scenario: Scenario; compiled: CompiledScenario } | null = null;
  const compile = (scenario: Scenario): CompiledScenario => {
    // Structured clone gives a new object per message; compare by content to reuse the lever schedule.
    if (cached === null || JSON.stringify(cached.scenario) !== JSON.stringify(scenario)) {
      cached = { scenario, compiled: compileScenario(scenario) };
    }
    return cached.compiled;
  };
  port.on("message", (job: WorkerJob) => {
    try {
      const compiled = compile(job.scenario);
      const runs = compiled.scenario.runs;
      const outputs = new Float64Array(job.outputs, 0, runs * compiled.slots);
      if (job.kind === "simulate") {
        for (let start = job.from; start < job.to; start += PROGRESS_EVERY_RUNS) {
          const end = Math.min(job.to, start + PROGRESS_EVERY_RUNS);
          simulateRuns(compiled, start, end, outputs, runs, 0);
          port.postMessage({ jobId: job.jobId, kind: "progress", runsDone: end - start } satisfies WorkerReply);
        }
        finishRuns(compiled, outputs, job.from, job.to);
        port.postMessage({ jobId: job.jobId, kind: "simulated" } satisfies WorkerReply);
      } else {
        const percentiles = new Float64Array((job.to - job.from) * PERCENTILES.length);
        seriesPercentiles(outputs, runs, job.kept, job.from, job.to, percentiles);
        // Copied (a few kB), not transferred: the first ArrayBuffer a thread detaches makes V8 discard all the code
        // it optimised assuming none ever is (step, the draws...), which each worker then compiled again.
        port.postMessage({ jobId: job.jobId, kind: "summarised", percentiles } satisfies WorkerReply);
      }
    } catch (error) {
      port.postMessage({
        jobId: job.jobId,
        kind: "failed",
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply);
    }
  });
}
