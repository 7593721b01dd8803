/** The back-test on a thread of its own: seconds of computation that would otherwise stop the event loop. */
import { parentPort, workerData } from "node:worker_threads";
import type { StoreObservations } from "../db/queries/observations.js";
import { backtestInputs } from "../indicators/calibration-targets.js";
import { backtest, DEFAULT_BACKTEST, discrepancyScale } from "../simulate/index.js";

// The shipped discrepancy, scored as given (learning it is `wedloop simulate --backtest`).
const report = backtest(backtestInputs(workerData as StoreObservations), {
  ...DEFAULT_BACKTEST,
  scale: discrepancyScale(),
});
parentPort!.postMessage(report);
