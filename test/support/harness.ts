/**
 * The one test harness: a store built from the curated data and Epoch data, the real app on it for in-process
 * requests, a suite's app built before its tests and closed after them, and a CLI's captured output.
 */
import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { buildApp, type AppOptions } from "../../src/api/app.js";
import { loadApiContext } from "../../src/api/context.js";
import type { CliIo } from "../../src/cli/io.js";
import { openStore, type StoreLocation } from "../../src/db/connect.js";
import { buildStore, type BuildResult } from "../../src/ingest/build.js";
import { DATA_DIR, EPOCH_FIXTURE_DIR } from "./paths.js";
import type { TestStore } from "./stores.js";

/**
 * Builds a store from the curated data and an Epoch folder: the cut fixture unless a test pinned to the full
 * snapshot passes `epochSnapshotDir()`, a test of damaged input its own copy, and null builds the curated data alone.
 */
export function buildTestStore(
  store: StoreLocation,
  options: { epochDir?: string | null; builtAt?: string } = {},
): Promise<BuildResult> {
  return buildStore({
    dataDir: DATA_DIR,
    epochDir: options.epochDir === undefined ? EPOCH_FIXTURE_DIR : options.epochDir,
    store,
    codeVersion: "test",
    now: () => (options.builtAt ? new Date(options.builtAt) : new Date()),
    clock: () => performance.now(),
  });
}

export interface TestApi {
  readonly app: FastifyInstance;
  /** Another app on the same store, with other options; closed with this one. */
  appWith(options: AppOptions): Promise<FastifyInstance>;
  close(): Promise<void>;
}

/** The real app on a freshly built test store, for in-process requests (`app.inject`). */
export async function startTestApi(testStore: TestStore, epochDir = EPOCH_FIXTURE_DIR): Promise<TestApi> {
  const store = await testStore.create();
  await buildTestStore(store, { epochDir });
  const db = openStore(store);
  const apps: FastifyInstance[] = [];
  const appWith = async (options: AppOptions) => {
    const built = await buildApp(await loadApiContext(db, "test"), options);
    apps.push(built);
    return built;
  };
  const app = await appWith({});
  return {
    app,
    appWith,
    async close() {
      for (const built of apps) await built.close();
      await db.destroy();
      await testStore.drop();
    },
  };
}

/**
 * The suite's test API: built before its tests (on the fixture unless `epochDir` says otherwise), closed after.
 * Read `.app` inside the tests, not while the suite is collected.
 */
export function useTestApi(testStore: TestStore, epochDir?: string): TestApi {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await startTestApi(testStore, epochDir);
  }, 120_000);
  afterAll(() => api?.close());
  const started = () => {
    if (!api) throw new Error("the test API is built in beforeAll: use it inside a test");
    return api;
  };
  return {
    get app() {
      return started().app;
    },
    appWith: (options) => started().appWith(options),
    close: () => started().close(),
  };
}

export interface CapturedIo extends CliIo {
  /** What the command wrote to stdout so far. */
  out(): string;
  err(): string;
}

/** Standard streams for a CLI command, kept as text. */
export function captureIo(env: NodeJS.ProcessEnv = {}): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk) => (out += chunk));
  stderr.on("data", (chunk) => (err += chunk));
  return { stdout, stderr, env, out: () => out, err: () => err };
}
