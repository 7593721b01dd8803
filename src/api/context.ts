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
}

export function epochAttribution(snapshotId: string, snapshotDate: string | null): string {
  return `Data: Epoch AI, https://epoch.ai/data, licensed CC BY 4.0 (snapshot ${snapshotId}${snapshotDate ? `, ${snapshotDate}` : ""}); processed by Wedloop.`;
}

/** Reads the store's snapshot id and dates once, at start-up. */
export async function loadApiContext(db: Kysely<Database>, codeVersion: string): Promise<ApiContext> {
  const meta = Object.fromEntries(
    (await db.selectFrom("meta").selectAll().execute()).map((row) => [row.key, row.value]),
  );
  const snapshotId = meta.snapshot_id ?? "none";
  const latest = await db
    .selectFrom("datasets")
    .select((eb) => eb.fn.max("snapshot_date").as("date"))
    .executeTakeFirst();
  const snapshotDate = (latest?.date as string | null) ?? null;
  return { db, codeVersion, snapshotId, snapshotDate, attribution: epochAttribution(snapshotId, snapshotDate) };
}
