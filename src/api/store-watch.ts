import { statSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { StoreLocation } from "../db/connect.js";
import type { Database } from "../db/schema.js";
import { isStoreUnavailable } from "../db/store-unavailable.js";
import { loadApiContext, readStoreVersion, type ApiContext } from "./context.js";

/** How a running server notices that `wedloop build` replaced its store. */
export interface StoreWatchOptions {
  readonly location: StoreLocation;
  /** Opens the store again: a rebuilt SQLite store is a new file the old handle never sees. */
  reopen(): Kysely<Database>;
  /** At most one look per this many milliseconds, on the next request. */
  readonly intervalMs: number;
  /** Monotonic milliseconds. */
  readonly clock: () => number;
  /** Told of every switch, with the new store version. */
  readonly onSwitch?: (storeVersion: string) => void;
}

// A handle replaced by a rebuild is closed this long after the switch, once requests that hold it have finished.
const CLOSE_REPLACED_AFTER_MS = 30_000;

function fileIdentity(path: string): string | null {
  try {
    const stats = statSync(path);
    return `${stats.ino}:${stats.mtimeMs}:${stats.size}`;
  } catch {
    return null;
  }
}

/**
 * Before a request, at most once per interval, compares the store's build with the one being served; after a
 * rebuild the context (database handle, snapshot id, attribution, store version) switches to the new build in
 * one step, so a response, its cursor and the cached answers all belong to one build.
 */
export function watchStore(app: FastifyInstance, context: ApiContext, options: StoreWatchOptions): void {
  let checkedAt = -Infinity;
  let checking: Promise<void> | null = null;
  let identity = options.location.dialect === "sqlite" ? fileIdentity(options.location.target) : null;
  let previous = identity;

  const check = async () => {
    let db = context.db;
    if (options.location.dialect === "sqlite") {
      const current = fileIdentity(options.location.target);
      if (current === null || current === identity) return;
      previous = identity;
      identity = current;
      db = options.reopen();
    }
    try {
      if ((await readStoreVersion(db)) === context.storeVersion) {
        if (db !== context.db) await db.destroy();
        return;
      }
      const replaced = context.db;
      Object.assign(context, await loadApiContext(db, context.codeVersion));
      if (replaced !== db) setTimeout(() => void replaced.destroy(), CLOSE_REPLACED_AFTER_MS).unref();
      options.onSwitch?.(context.storeVersion);
    } catch (error) {
      if (db !== context.db) await db.destroy();
      identity = previous; // look again next time
      // Unreachable: the request itself will answer 503. Anything else is a store this server cannot read.
      if (!isStoreUnavailable(error)) app.log.error({ err: error }, "the rebuilt store could not be read");
    }
  };

  app.addHook("onRequest", async () => {
    if (options.clock() - checkedAt < options.intervalMs) return;
    checkedAt = options.clock();
    checking ??= check().finally(() => (checking = null));
    await checking;
  });
}
