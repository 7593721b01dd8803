/** The parse thread: reads scenario and profile bodies so that a large one never blocks the event loop. */
import { parentPort } from "node:worker_threads";
import type { StructureLimits } from "./body-structure.js";
import { runParseJob, type ParseJob } from "./parse-jobs.js";
import { loadExportControlTables } from "../rule-tables.js";

// The export check runs in full on this thread, which has its own copy of the engine's modules.
loadExportControlTables();

parentPort!.on("message", (message: { id: number; job: ParseJob; limits: StructureLimits }) => {
  try {
    parentPort!.postMessage({ id: message.id, answer: runParseJob(message.job, message.limits) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
