/**
 * The simulator's worker-thread pool: an effect (threads), so it lives at the edge beside the routes and the
 * CLI that use it; the engine in src/simulate stays pure.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { CalibrationTarget } from "../simulate/calibrate.js";
import { finishEnsemble } from "../simulate/monte-carlo.js";
import type { SimulationResult } from "../simulate/monte-carlo.js";
import { compileScenario } from "../simulate/run.js";
import type { Scenario } from "../simulate/scenario.js";
import type { WorkerJob, WorkerReply } from "./simulation-worker.js";
import { startWorkerThread } from "./worker-thread.js";

export interface ParallelOptions {
  readonly targets?: readonly CalibrationTarget[];
  /** Called as runs finish, with the runs done so far and the total (for a progress bar). */
  readonly onProgress?: (runsDone: number, runs: number) => void;
}

/** A set of worker threads kept alive between scenarios (starting a worker costs far more than a run). */
export interface SimulationPool {
  readonly size: number;
  run(scenario: Scenario, options?: ParallelOptions): Promise<SimulationResult>;
  close(): Promise<void>;
}

function startWorker(): Worker {
  return startWorkerThread(import.meta.url, "simulation-worker");
}

/**
 * Starts `size` workers (default: the machine's parallelism). Runs are split into contiguous ranges, one per
 * worker; each run's seed depends only on its index, so the result does not depend on the pool size.
 */
export function createSimulationPool(size = availableParallelism()): SimulationPool {
  const workers = Array.from({ length: Math.max(1, size) }, startWorker);
  let nextJobId = 0;
  return {
    size: workers.length,
    async run(scenario, options = {}) {
      const compiled = compileScenario(scenario);
      const runs = scenario.runs;
      const outputs = new Float64Array(runs * compiled.slots);
      const perWorker = Math.ceil(runs / workers.length);
      let runsDone = 0;
      const jobs = workers.map((worker, w) => {
        const from = Math.min(runs, w * perWorker);
        const to = Math.min(runs, from + perWorker);
        if (from >= to) return Promise.resolve();
        const jobId = nextJobId++;
        return new Promise<void>((resolve, reject) => {
          const onMessage = (reply: WorkerReply): void => {
            if (reply.jobId !== jobId) return;
            if (reply.kind === "progress") {
              runsDone += reply.runsDone;
              options.onProgress?.(runsDone, runs);
              return;
            }
            worker.off("message", onMessage);
            worker.off("error", onError);
            if (reply.kind === "failed") reject(new Error(`simulation worker ${w}: ${reply.message}`));
            else {
              // The worker's block is slot-major over its own runs: copy each slot's run range into place.
              const blockRuns = to - from;
              for (let slot = 0; slot < compiled.slots; slot++) {
                outputs.set(reply.outputs.subarray(slot * blockRuns, (slot + 1) * blockRuns), slot * runs + from);
              }
              resolve();
            }
          };
          const onError = (error: Error): void => {
            worker.off("message", onMessage);
            reject(error);
          };
          worker.on("message", onMessage);
          worker.once("error", onError);
          worker.postMessage({ jobId, scenario, from, to } satisfies WorkerJob);
        });
      });
      await Promise.all(jobs);
      return finishEnsemble(compiled, outputs, options.targets ?? []);
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** One-off parallel run: starts a pool, runs the scenario, stops the pool. */
export async function runScenarioParallel(
  scenario: Scenario,
  options: ParallelOptions & { readonly workers?: number } = {},
): Promise<SimulationResult> {
  const pool = createSimulationPool(options.workers);
  try {
    return await pool.run(scenario, options);
  } finally {
    await pool.close();
  }
}
