import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";

/** What every route reads: the store and what it knows about itself. */
export interface ApiContext {
  readonly db: Kysely<Database>;
  readonly codeVersion: string;
  readonly snapshotId: string;
  /** Latest download/snapshot date of the Epoch files, or null without them. */
  readonly snapshotDate: string | null;
  /** Shown with every response that carries Epoch AI data. */
  readonly attribution: string;
  /**
   * One build of the store: the snapshot id and a hash of when and from what it was built. Two builds of one
   * Epoch snapshot (new curated facts, new code) differ here, so cursors and cached answers never cross them.
   */
  readonly storeVersion: string;
}

export function epochAttribution(snapshotId: string, snapshotDate: string | null): string {
  return `Data: Epoch AI, https://epoch.ai/data, licensed CC BY 4.0 (snapshot ${snapshotId}${snapshotDate ? `, ${snapshotDate}` : ""}); processed by Wedloop.`;
}

async function readMeta(db: Kysely<Database>): Promise<Record<string, string>> {
  return Object.fromEntries((await db.selectFrom("meta").selectAll().execute()).map((row) => [row.key, row.value]));
}

function storeVersionOf(meta: Record<string, string>): string {
  const build = createHash("sha256")
    .update(`${meta.built_at ?? ""} ${meta.input_hash ?? ""}`)
    .digest("base64url")
    .slice(0, 8);
  return `${meta.snapshot_id ?? "none"}.${build}`;
}

/** The build a store holds, from its meta table: changes with every rebuild. */
export async function readStoreVersion(db: Kysely<Database>): Promise<string> {
  return storeVersionOf(await readMeta(db));
}

/** Reads the store's snapshot id and dates: at start-up, and again when the store is rebuilt under the server. */
export async function loadApiContext(db: Kysely<Database>, codeVersion: string): Promise<ApiContext> {
  const meta = await readMeta(db);
  const snapshotId = meta.snapshot_id ?? "none";
  const latest = await db
    .selectFrom("datasets")
    .select((eb) => eb.fn.max("snapshot_date").as("date"))
    .executeTakeFirst();
  const snapshotDate = (latest?.date as string | null) ?? null;
  return {
    db,
    codeVersion,
    snapshotId,
    snapshotDate,
    attribution: epochAttribution(snapshotId, snapshotDate),
    storeVersion: storeVersionOf(meta),
  };
}
