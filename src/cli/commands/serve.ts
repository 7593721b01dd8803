import { existsSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp, type AppOptions } from "../../api/app.js";
import { loadApiContext } from "../../api/context.js";
import { describeStoreLocation, openStore } from "../../db/connect.js";
import { currentInputHash } from "../../ingest/build.js";
import { EPOCH_DATASETS } from "../../ingest/loaders/epoch-datasets.js";
import { print, type CliIo } from "../io.js";
import type { Settings } from "../settings.js";
import { buildSummaryTable, missingDatasetsHint, runBuild } from "./build.js";
import { runPull } from "./pull.js";

/** The input hash recorded in the store, or null when there is no readable store. */
async function storedInputHash(settings: Settings): Promise<string | null> {
  if (settings.store.dialect === "sqlite" && !existsSync(settings.store.target)) return null;
  const db = openStore(settings.store);
  try {
    const row = await db.selectFrom("meta").select("value").where("key", "=", "input_hash").executeTakeFirst();
    return row?.value ?? null;
  } catch {
    return null; // no tables yet, or a store from an incompatible version: rebuild
  } finally {
    await db.destroy();
  }
}

/**
 * Makes sure a current store exists: on a first start with an empty cache, pulls the datasets (unless
 * offline); then builds when the store is missing or its inputs changed. Never fails for lack of Epoch
 * data: the store is then built from the curated facts alone, and the user is told how to load the rest.
 */
export async function prepareStore(settings: Settings, io: CliIo, codeVersion: string): Promise<void> {
  const cacheEmpty = EPOCH_DATASETS.every((dataset) => !existsSync(join(settings.epochDir, dataset.file)));
  if (settings.epochDirIsCache && cacheEmpty && !settings.offline) {
    print(io.stderr, `First start: downloading Epoch AI's datasets into ${settings.cacheDir} ...`);
    const result = await runPull(settings, { timeoutMs: 15_000, retries: 1 }, io);
    if (result.failed.length > 0)
      print(io.stderr, `Could not download ${result.failed.length} dataset(s); starting with what is available.`);
  }
  const wanted = currentInputHash({ dataDir: settings.dataDir, epochDir: settings.epochDir, codeVersion });
  const stored = await storedInputHash(settings);
  if (stored === wanted) return;
  print(
    io.stderr,
    stored === null ? "Building the store ..." : "Inputs changed since the last build: rebuilding the store ...",
  );
  const result = await runBuild(settings, codeVersion);
  print(io.stderr, buildSummaryTable(result));
  const missing = result.summary.filter((entry) => entry.status === "missing").length;
  if (missing > 0) print(io.stderr, missingDatasetsHint(settings, missing));
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(
  settings: Settings,
  options: { port: number; host: string; plugins?: AppOptions["plugins"] },
  io: CliIo,
  codeVersion: string,
): Promise<RunningServer> {
  await prepareStore(settings, io, codeVersion);
  const onConnectionError = (error: Error) =>
    print(io.stderr, `database connection lost (${error.message}); reconnecting on the next request`);
  const context = await loadApiContext(openStore(settings.store, { onConnectionError }), codeVersion);
  const app = await buildApp(context, {
    plugins: options.plugins ?? [],
    watchStore: {
      location: settings.store,
      reopen: () => openStore(settings.store, { onConnectionError }),
      intervalMs: 2_000,
      clock: () => performance.now(),
      onSwitch: (version) => print(io.stderr, `the store was rebuilt: now serving build ${version}`),
    },
  });
  const address = await app.listen({ port: options.port, host: options.host });
  print(
    io.stderr,
    `Wedloop is serving ${describeStoreLocation(settings.store)} at ${address} (API docs: ${address}/api/docs)`,
  );
  return {
    app,
    url: address,
    async close() {
      await app.close();
      await context.db.destroy();
    },
  };
}
