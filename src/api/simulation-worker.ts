import { parentPort } from "node:worker_threads";
import { compileScenario, simulateRuns } from "../simulate/run.js";
import type { CompiledScenario } from "../simulate/run.js";
import type { Scenario } from "../simulate/scenario.js";

/** Messages between simulation-pool.ts and this worker. */
export interface WorkerJob {
  readonly jobId: number;
  readonly scenario: Scenario;
  readonly from: number;
  readonly to: number;
}
export type WorkerReply =
  | { readonly jobId: number; readonly kind: "progress"; readonly runsDone: number }
  | { readonly jobId: number; readonly kind: "done"; readonly outputs: Float64Array }
  | { readonly jobId: number; readonly kind: "failed"; readonly message: string };

const PROGRESS_EVERY_RUNS = 250;

if (parentPort) {
  const port = parentPort;
  let cached: { scenario: Scenario; compiled: CompiledScenario } | null = null;
  port.on("message", (job: WorkerJob) => {
    try {
      // Structured clone gives a new object per message; compare by content to reuse the lever schedule.
      if (cached === null || JSON.stringify(cached.scenario) !== JSON.stringify(job.scenario)) {
        cached = { scenario: job.scenario, compiled: compileScenario(job.scenario) };
      }
      const compiled = cached.compiled;
      const outputs = new Float64Array((job.to - job.from) * compiled.slots);
      for (let start = job.from; start < job.to; start += PROGRESS_EVERY_RUNS) {
        const end = Math.min(job.to, start + PROGRESS_EVERY_RUNS);
        simulateRuns(compiled, start, end, outputs, job.to - job.from, job.from);
        port.postMessage({ jobId: job.jobId, kind: "progress", runsDone: end - start } satisfies WorkerReply);
      }
      port.postMessage({ jobId: job.jobId, kind: "done", outputs } satisfies WorkerReply, [outputs.buffer]);
    } catch (error) {
      port.postMessage({
        jobId: job.jobId,
        kind: "failed",
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply);
    }
  });
}
