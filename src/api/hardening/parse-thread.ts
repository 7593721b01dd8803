import { Worker } from "node:worker_threads";
import { FairQueue } from "../fair-queue.js";
import type { ParseAnswer, ParseJob } from "./parse-jobs.js";

/**
 * Scenario and profile bodies (YAML up to the body limit) are parsed on one worker thread: a 64 KB nested
 * scenario costs the YAML parser tens to hundreds of milliseconds, which on the event loop would delay every
 * other client. One thread, one job at a time, clients taking turns (a client may have a few bodies waiting);
 * a job that runs past the time limit restarts the thread.
 */
const JOB_TIMEOUT_MS = 5_000;
const queue = new FairQueue({ waiting: 32, perClient: 4 });

// From TypeScript sources (tsx, vitest) the worker is a .ts file and registers the tsx loader first.
const fromSources = import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(fromSources ? "./parse-worker.ts" : "./parse-worker.js", import.meta.url);

export class ParseTimeoutError extends Error {}

/** Too many bodies waiting: the client's own share (429) or everyone's (503). */
export class ParseBusyError extends Error {
  constructor(readonly clientShareFull: boolean) {
    super(
      clientShareFull
        ? "too many of your requests are waiting to be read; try again when one is done"
        : "the server is busy reading other requests; try again in a few seconds",
    );
  }
}

interface Pending {
  resolve(answer: unknown): void;
  reject(error: Error): void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 0;

function failAll(error: Error) {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function parseWorker(): Worker {
  if (worker) return worker;
  const started = fromSources
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`,
        { eval: true },
      )
    : new Worker(WORKER_URL);
  started.on("message", (message: { id: number; answer?: unknown; error?: string }) => {
    const job = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) job?.reject(new Error(message.error));
    else job?.resolve(message.answer);
  });
  started.on("error", (error) => failAll(error));
  started.on("exit", () => {
    if (worker === started) worker = null;
    failAll(new Error("the parse thread stopped"));
  });
  // Listeners ref the thread again: unref last, so that it never keeps a process alive.
  started.unref();
  worker = started;
  return started;
}

/** Parses a body on the parse thread, in the client's turn. */
export function parseOffThread<Job extends ParseJob>(client: string, job: Job): Promise<ParseAnswer<Job>> {
  if (!queue.accepts(client)) return Promise.reject(new ParseBusyError(queue.clientWaiting(client)));
  return queue.run(client, () => runOnThread(job));
}

function runOnThread<Job extends ParseJob>(job: Job): Promise<ParseAnswer<Job>> {
  const id = nextId++;
  const thread = parseWorker();
  return new Promise<ParseAnswer<Job>>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A body that takes this long is hostile: drop the thread (and with it the job); the next job starts a new one.
      void thread.terminate();
      reject(new ParseTimeoutError(`the body took more than ${JOB_TIMEOUT_MS / 1000} s to read`));
    }, JOB_TIMEOUT_MS);
    pending.set(id, {
      resolve: (answer) => (clearTimeout(timer), resolve(answer as ParseAnswer<Job>)),
      reject: (error) => (clearTimeout(timer), reject(error)),
    });
    thread.postMessage({ id, job });
  });
}
