import type { Worker } from "node:worker_threads";
import type { FastifyRequest } from "fastify";
import { FairQueue } from "../fair-queue.js";
import { startWorkerThread } from "../worker-thread.js";
import type { StructureLimits } from "./body-structure.js";
import type { BodyText, ParseAnswer, ParseJob } from "./parse-jobs.js";

/**
 * Scenario and profile bodies (YAML or JSON up to the body limit) are checked and parsed on one worker thread:
 * a 64 KB nested scenario costs the parsers tens to hundreds of milliseconds, and even JSON.parse of a deep
 * body leaves garbage whose collection would pause every other client. The event loop only receives the
 * bytes. One thread, one job at a time, clients taking turns (a client may have a few bodies waiting); a job
 * that runs past the time limit, or kills the thread, is answered 400 and the next job gets a new thread.
 */
const JOB_TIMEOUT_MS = 5_000;
/** A body within the limits needs a few MB to parse; a thread that needs far more is stopped (its job 400). */
const THREAD_HEAP_MB = 128;
const queue = new FairQueue({ waiting: 32, perClient: 4 });

/** The body could not be read within the limits (time, memory): the client's fault, answered 400. */
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

let structureLimits: StructureLimits = { depth: 32, aliases: 32 };
let current: ParseThread | null = null;
let nextId = 0;

/**
 * The depth and alias limits the thread checks before parsing (registerRequestGuards sets the server's), and
 * the thread started at once, so that the first body does not wait for it to load.
 */
export function setParseLimits(limits: StructureLimits): void {
  structureLimits = limits;
  current ??= startThread();
}

/** The body of a route registered with `config: { bodyOffThread: true }`: its text, as JSON or YAML. */
export function bodyText(request: FastifyRequest): BodyText {
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  return {
    text: typeof request.body === "string" ? request.body : "",
    format: type === "application/json" ? "json" : "yaml",
  };
}

interface Pending {
  resolve(answer: unknown): void;
  reject(error: Error): void;
}

interface ParseThread {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  /** Resolved when the thread has loaded its code (seconds on a loaded machine, from TypeScript sources). */
  readonly ready: Promise<void>;
}

function startThread(): ParseThread {
  const worker = startWorkerThread(import.meta.url, "parse-worker", {
    resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
  });
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const thread: ParseThread = { worker, pending: new Map(), ready };
  const retire = (error: Error) => {
    // Only this thread's jobs fail; a job already sent to the next thread is not touched.
    if (current === thread) current = null;
    for (const job of thread.pending.values()) job.reject(error);
    thread.pending.clear();
  };
  worker.on("message", (message: { ready?: true; id: number; answer?: unknown; error?: string }) => {
    if (message.ready) return markReady();
    const job = thread.pending.get(message.id);
    thread.pending.delete(message.id);
    if (message.error !== undefined) job?.reject(new Error(message.error));
    else job?.resolve(message.answer);
  });
  worker.on("error", (error) => retire(new ParseTimeoutError(`the body could not be read: ${error.message}`)));
  worker.on("exit", () => {
    markReady();
    retire(new ParseTimeoutError("the body could not be read within the server's limits"));
  });
  // Listeners ref the thread again: unref last, so that it never keeps a process alive.
  worker.unref();
  return thread;
}

/** Whether one more body of this client would be refused (checked before the body is even read). */
export function parseRefusal(client: string): ParseBusyError | null {
  return queue.accepts(client) ? null : new ParseBusyError(queue.clientWaiting(client));
}

/** Parses a body on the parse thread, in the client's turn. */
export function parseOffThread<Job extends ParseJob>(client: string, job: Job): Promise<ParseAnswer<Job>> {
  const refusal = parseRefusal(client);
  if (refusal) return Promise.reject(refusal);
  return queue.run(client, () => runOnThread(job));
}

function runOnThread<Job extends ParseJob>(job: Job): Promise<ParseAnswer<Job>> {
  const id = nextId++;
  const thread = (current ??= startThread());
  return new Promise<ParseAnswer<Job>>((resolve, reject) => {
    // The job is posted at once (the thread reads it once loaded); its time runs from when the thread is ready.
    let timer: NodeJS.Timeout | undefined;
    void thread.ready.then(() => {
      if (thread.pending.has(id)) timer = setTimeout(timeUp, JOB_TIMEOUT_MS);
    });
    const timeUp = () => {
      // A body that takes this long is hostile: retire the thread at once (the next job starts a new one).
      if (current === thread) current = null;
      thread.pending.delete(id);
      void thread.worker.terminate();
      reject(new ParseTimeoutError(`the body took more than ${JOB_TIMEOUT_MS / 1000} s to read`));
    };
    thread.pending.set(id, {
      resolve: (answer) => (clearTimeout(timer), resolve(answer as ParseAnswer<Job>)),
      reject: (error) => (clearTimeout(timer), reject(error)),
    });
    thread.worker.postMessage({ id, job, limits: structureLimits });
  });
}
