import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import type { StoreLocation } from "../../../src/db/connect.js";
import { buildStore } from "../../../src/ingest/build.js";
import { DATA_DIR, epochSnapshotDir } from "../../support/paths.js";

/** A store built from the curated data and the Epoch snapshot (WEDLOOP_EPOCH_DIR). */
export async function buildSnapshotStore(store: StoreLocation): Promise<StoreLocation> {
  await buildStore({
    dataDir: DATA_DIR,
    epochDir: epochSnapshotDir(),
    store,
    codeVersion: "chaos",
    now: () => new Date(),
    clock: () => performance.now(),
  });
  return store;
}

export function sqliteLocation(workDir: string): StoreLocation {
  return { dialect: "sqlite", target: join(mkdtempSync(join(workDir, "store-")), "wedloop.sqlite") };
}

/** A throwaway PostgreSQL database on the shared server; drop() removes it. */
export async function throwawayPostgres(adminUrl: string): Promise<{ location: StoreLocation; drop(): Promise<void> }> {
  const database = `wedloop_chaos_${randomBytes(4).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return {
    location: { dialect: "postgres", target: url.toString() },
    drop: () => admin(`drop database if exists ${database} with (force)`),
  };
}
