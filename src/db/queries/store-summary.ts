import { existsSync } from "node:fs";
import { openStore, type StoreLocation } from "../connect.js";

/** What a build needs to know of the store it would replace. */
export interface StoreSummary {
  readonly meta: Readonly<Record<string, string>>;
  readonly datasets: readonly { id: string; status: string; rows_stored: number }[];
}

/**
 * The meta table and per-dataset counts of the current store, or null when there is no readable store (none
 * yet, or one from an incompatible version).
 */
export async function readStoreSummary(location: StoreLocation): Promise<StoreSummary | null> {
  if (location.dialect === "sqlite" && !existsSync(location.target)) return null;
  const db = openStore(location);
  try {
    const meta = Object.fromEntries(
      (await db.selectFrom("meta").selectAll().execute()).map((row) => [row.key, row.value]),
    );
    const datasets = await db.selectFrom("datasets").select(["id", "status", "rows_stored"]).execute();
    return { meta, datasets };
  } catch {
    return null;
  } finally {
    await db.destroy();
  }
}
