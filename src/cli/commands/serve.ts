import type { FastifyInstance } from "fastify";
import { buildApp, type AppOptions } from "../../api/app.js";
import { loadApiContext } from "../../api/context.js";
import { describeStoreLocation, openStore } from "../../db/connect.js";
import { currentInputHash } from "../../ingest/build.js";
import { CuratedFileError } from "../../ingest/curated/yaml-file.js";
import { LOOPBACK_HOSTS } from "../../api/hardening/request-guards.js";
import { readStoreSummary } from "../../db/queries/store-summary.js";
import { holdsNoDatasets } from "../epoch-folder.js";
import { print, UserError, type CliIo } from "../io.js";
import type { Settings } from "../settings.js";
import { buildSettings, buildSummaryTable, missingDatasetsHint, runBuild } from "./build.js";
import { runPull } from "./pull.js";

/**
 * Makes sure a current store exists: on a first start with an empty cache, pulls the datasets (unless
 * offline); then builds when the store is missing or its inputs changed. Never fails for lack of Epoch
 * data: the store is then built from the curated facts alone, and the user is told how to load the rest. A
 * rebuild that would lose data (ShrinkError) is refused and the last good store is served.
 */
export async function prepareStore(
  given: Settings,
  io: CliIo,
  codeVersion: string,
  options: { allowShrink?: boolean } = {},
): Promise<void> {
  const settings = await buildSettings(given, io);
  if (settings.epochDirIsCache && holdsNoDatasets(settings.epochDir) && !settings.offline) {
    print(io.stderr, `First start: downloading Epoch AI's datasets into ${settings.cacheDir} ...`);
    const result = await runPull(settings, { timeoutMs: 15_000, retries: 1 }, io);
    if (result.failed.length > 0)
      print(io.stderr, `Could not download ${result.failed.length} dataset(s); starting with what is available.`);
  }
  const stored = (await readStoreSummary(settings.store))?.meta.input_hash ?? null;
  let wanted: string;
  try {
    wanted = currentInputHash({ dataDir: settings.dataDir, epochDir: settings.epochDir, codeVersion });
  } catch (error) {
    // A curated file broken since the last build: say where, and keep serving what was built before it.
    if (!(error instanceof CuratedFileError)) throw error;
    const message = `invalid curated data: ${error.message}`;
    if (stored === null)
      throw new UserError(`${message}
no store was built; fix the file and start again`);
    print(
      io.stderr,
      `${message}
Serving the last good store.`,
    );
    return;
  }
  if (stored === wanted) return;
  print(
    io.stderr,
    stored === null ? "Building the store ..." : "Inputs changed since the last build: rebuilding the store ...",
  );
  let result;
  try {
    result = await runBuild(settings, codeVersion, options);
  } catch (error) {
    if (!(error instanceof UserError) || stored === null) throw error;
    print(io.stderr, `${error.message}\nServing the last good store.`);
    return;
  }
  for (const warning of result.warnings) print(io.stderr, `warning: ${warning}`);
  print(io.stderr, buildSummaryTable(result));
  const missing = result.summary.filter((entry) => entry.status === "missing").length;
  if (missing > 0) print(io.stderr, missingDatasetsHint(settings, missing));
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly plugins?: AppOptions["plugins"];
  /** Fastify's log level (request logs at info); logs go to stderr as JSON lines. */
  readonly logLevel?: string;
  /** Host names clients use to reach the server, beyond the address it listens on. */
  readonly allowedHosts?: readonly string[];
  readonly limits?: AppOptions["limits"];
  readonly allowShrink?: boolean;
}

const ANY_INTERFACE = new Set(["0.0.0.0", "::", "[::]"]);

/**
 * The `Host` names to answer to: loopback names for a loopback server; the listening address and the given
 * names otherwise; anything on every interface when no name is given (the operator's proxy decides then).
 */
export function allowedHostsFor(host: string, extra: readonly string[] = []): readonly string[] | "any" {
  if (ANY_INTERFACE.has(host)) return extra.length > 0 ? [...LOOPBACK_HOSTS, ...extra] : "any";
  return [...new Set([...LOOPBACK_HOSTS, host.includes(":") ? `[${host}]` : host, ...extra])];
}

export async function startServer(
  settings: Settings,
  options: ServeOptions,
  io: CliIo,
  codeVersion: string,
): Promise<RunningServer> {
  await prepareStore(settings, io, codeVersion, { allowShrink: options.allowShrink ?? false });
  const onConnectionError = (error: Error) =>
    print(io.stderr, `database connection lost (${error.message}); reconnecting on the next request`);
  const context = await loadApiContext(openStore(settings.store, { onConnectionError }), codeVersion);
  const app = await buildApp(context, {
    plugins: options.plugins ?? [],
    logger: { level: options.logLevel ?? "info", stream: io.stderr },
    allowedHosts: allowedHostsFor(options.host, options.allowedHosts),
    ...(options.limits ? { limits: options.limits } : {}),
    watchStore: {
      location: settings.store,
      reopen: () => openStore(settings.store, { onConnectionError }),
      intervalMs: 2_000,
      clock: () => performance.now(),
      onSwitch: (version) => print(io.stderr, `the store was rebuilt: now serving build ${version}`),
    },
  });
  let address: string;
  try {
    address = await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    await context.db.destroy();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      throw new UserError(`port ${options.port} on ${options.host} is already in use; choose another with --port`);
    if (code === "EACCES" || code === "EADDRNOTAVAIL")
      throw new UserError(`cannot listen on ${options.host}:${options.port} (${code})`);
    throw error;
  }
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
