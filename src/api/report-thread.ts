import type { StoreObservations } from "../db/queries/observations.js";
import type { BacktestReport } from "../simulate/index.js";
import { startWorkerThread } from "./worker-thread.js";

/** Runs the back-test on a thread of its own and ends the thread with it. */
export function backtestOffThread(observations: StoreObservations): Promise<BacktestReport> {
  const worker = startWorkerThread(import.meta.url, "backtest-worker", { workerData: observations });
  return new Promise<BacktestReport>((resolve, reject) => {
    worker.once("message", (report: BacktestReport) => resolve(report));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the back-test thread stopped (exit code ${code})`)));
  });
}

/** How long a request waits for a report computed once per server before it is told to come back. */
export const REPORT_WAIT_MS = 10_000;
export const REPORT_RETRY_AFTER_SECONDS = 15;

/**
 * The report, or null when it is still being computed after REPORT_WAIT_MS (the caller answers 503 with
 * Retry-After): a client is never held longer than that, and the computation goes on for the next request.
 */
export async function reportWithin<T>(report: Promise<T>, waitMs = REPORT_WAIT_MS): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  try {
    return await Promise.race([report, timeUp]);
  } finally {
    clearTimeout(timer);
  }
}
