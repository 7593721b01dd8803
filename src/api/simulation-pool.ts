/**
 * The simulator's worker-thread pool: an effect (threads), so it lives at the edge beside the routes and the
 * CLI that use it; the engine in src/simulate stays pure.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { historyMatch } from "../simulate/calibrate.js";
import type { CalibrationTarget } from "../simulate/calibrate.js";
import { anchorKeptRuns, ensembleResult } from "../simulate/monte-carlo.js";
import type { SimulationResult } from "../simulate/monte-carlo.js";
import { modelCounts } from "../simulate/model-counts.js";
import type { PopulationModel } from "../simulate/population.js";
import { compileScenario } from "../simulate/run.js";
import { PERCENTILES } from "../simulate/scenario.js";
import type { Scenario } from "../simulate/scenario.js";
import { seriesCount, summaryFromPercentiles } from "../simulate/summarise.js";
import type { WorkerJob, WorkerReply } from "./simulation-worker.js";
import { startWorkerThread } from "./worker-thread.js";

export interface ParallelOptions {
  readonly targets?: readonly CalibrationTarget[];
  /** The store's notable models per bloc, for the answer's counts (model-counts.ts); none: no counts. */
  readonly models?: readonly PopulationModel[];
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

/** [from, to) ranges splitting `count` items as evenly as possible into `parts` contiguous pieces. */
export function evenRanges(count: number, parts: number): [number, number][] {
  return Array.from({ length: parts }, (_, i): [number, number] => [
    Math.floor((i * count) / parts),
    Math.floor(((i + 1) * count) / parts),
  ]);
}

/** Posts a job to a worker and resolves with its final reply; progress replies go to `onProgress`. */
function ask(
  worker: Worker,
  index: number,
  job: WorkerJob,
  onProgress: (runsDone: number) => void = () => {},
): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: WorkerReply): void => {
      if (reply.jobId !== job.jobId) return;
      if (reply.kind === "progress") return onProgress(reply.runsDone);
      worker.off("message", onMessage);
      worker.off("error", onError);
      if (reply.kind === "failed") reject(new Error(`simulation worker ${index}: ${reply.message}`));
      else resolve(reply);
    };
    const onError = (error: Error): void => {
      worker.off("message", onMessage);
      reject(error);
    };
    worker.on("message", onMessage);
    worker.once("error", onError);
    worker.postMessage(job);
  });
}

/** Waits for every job (none may still write to a shared buffer), then fails with the first failure if any. */
async function all<T>(jobs: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(jobs);
  for (const outcome of settled) if (outcome.status === "rejected") throw outcome.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<T>).value);
}

/**
 * Starts `size` workers (default: the machine's parallelism). The runs are split evenly into contiguous
 * ranges, one per worker, which simulate and finish them (discrepancy, lags) straight into one shared
 * slot-major buffer; the main thread history-matches, anchors the kept runs to the present and counts their
 * models, then the
 * workers split the percentile series between them. Each run's seed depends only on its index and each series
 * only on the runs kept, so the result does not depend on the pool size: it equals runScenario's.
 */
export function createSimulationPool(size = availableParallelism()): SimulationPool {
  const workers = Array.from({ length: Math.max(1, size) }, startWorker);
  let nextJobId = 0;
  // The last run's buffer, reused by the next run that fits in it (saves zeroing and faulting in its pages).
  let spare: SharedArrayBuffer | null = null;
  return {
    size: workers.length,
    async run(scenario, options = {}) {
      const compiled = compileScenario(scenario);
      const targets = options.targets ?? [];
      const runs = scenario.runs;
      const length = runs * compiled.slots;
      const buffer =
        spare !== null && spare.byteLength >= length * Float64Array.BYTES_PER_ELEMENT
          ? spare
          : new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT);
      spare = null;
      try {
        const outputs = new Float64Array(buffer, 0, length);
        let runsDone = 0;
        const onProgress = (done: number): void => {
          runsDone += done;
          options.onProgress?.(runsDone, runs);
        };
        await all(
          evenRanges(runs, workers.length).map(([from, to], w) =>
            ask(
              workers[w]!,
              w,
              { kind: "simulate", jobId: nextJobId++, scenario, outputs: buffer, from, to },
              onProgress,
            ),
          ),
        );
        const match = historyMatch(compiled, outputs, runs, targets);
        anchorKeptRuns(compiled, outputs, targets, match.kept);
        // On this thread, from the anchored outputs, with each run's own stream: the same counts as runScenario's.
        const counts = modelCounts(compiled, outputs, match.kept, options.models ?? []);
        const table = new Float64Array(seriesCount(compiled) * PERCENTILES.length);
        const ranges = evenRanges(seriesCount(compiled), workers.length);
        const replies = await all(
          ranges.map(([from, to], w) =>
            ask(workers[w]!, w, {
              kind: "summarise",
              jobId: nextJobId++,
              scenario,
              outputs: buffer,
              kept: match.kept,
              from,
              to,
            }),
          ),
        );
        replies.forEach((reply, w) => {
          if (reply.kind === "summarised") table.set(reply.percentiles, ranges[w]![0] * PERCENTILES.length);
        });
        const summary = summaryFromPercentiles(compiled, table, outputs, runs, match.kept);
        return ensembleResult(compiled, outputs, targets, match, summary, counts);
      } finally {
        spare = buffer;
      }
    },
    async close() {
      spare = null;
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
