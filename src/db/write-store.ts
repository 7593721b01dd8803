import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { sql, type Insertable, type Kysely, type Transaction } from "kysely";
import type { StoreLocation } from "./connect.js";
import { postgresKysely, sqliteKysely } from "./connect.js";
import { migrate } from "./migrate.js";
import type { Database } from "./schema.js";

/** Everything a build writes: rows per table. */
export type StoreContent = { [Table in keyof Database]: readonly Insertable<Database[Table]>[] };

/** Table order for inserting, and the reverse for dropping. */
export const TABLES: readonly (keyof Database)[] = [
  "meta",
  "datasets",
  "sources",
  "countries",
  "blocs",
  "bloc_members",
  "organizations",
  "models",
  "model_developers",
  "chips",
  "clusters",
  "cluster_countries",
  "cluster_owners",
  "data_centers",
  "data_center_organizations",
  "data_center_timeline",
  "companies",
  "company_reports",
  "company_metrics",
  "facts",
  "fact_entities",
  "quarantine",
  "original_rows",
  "exchange_rates",
  "prices",
  "capabilities",
];

// SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535: stay well below both.
const MAX_PARAMETERS = 30_000;

async function insertAll(db: Kysely<Database> | Transaction<Database>, content: StoreContent): Promise<void> {
  for (const table of TABLES) {
    const rows = content[table] as readonly Record<string, unknown>[];
    if (rows.length === 0) continue;
    const columns = Object.keys(rows[0]!).length;
    const chunkSize = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
    for (let start = 0; start < rows.length; start += chunkSize) {
      await db
        .insertInto(table)
        .values(rows.slice(start, start + chunkSize) as never)
        .execute();
    }
  }
}

/**
 * Replaces the store with `content`, atomically. SQLite: the new store is built in a file beside the old
 * one and renamed over it only when complete. PostgreSQL: drop, create and fill in one transaction.
 * Either way a reader sees the old store or the new one, never half of one.
 */
export async function writeStore(location: StoreLocation, content: StoreContent, builtAt: string): Promise<void> {
  if (location.dialect === "sqlite") {
    mkdirSync(dirname(location.target), { recursive: true });
    const partial = `${location.target}.building-${process.pid}`;
    rmSync(partial, { force: true });
    const db = sqliteKysely(partial, { building: true });
    try {
      await db.transaction().execute(async (trx) => {
        await migrate(trx as unknown as Kysely<unknown>, builtAt);
        await insertAll(trx, content);
      });
    } catch (error) {
      await db.destroy();
      rmSync(partial, { force: true });
      throw error;
    }
    await db.destroy();
    renameSync(partial, location.target);
    return;
  }
  const db = postgresKysely(location.target, 1);
  try {
    await db.transaction().execute(async (trx) => {
      for (const table of [...TABLES].reverse()) await sql`drop table if exists ${sql.table(table)}`.execute(trx);
      await sql`drop table if exists schema_migrations`.execute(trx);
      await migrate(trx as unknown as Kysely<unknown>, builtAt);
      await insertAll(trx, content);
    });
  } finally {
    await db.destroy();
  }
}

export function storeExists(location: StoreLocation): boolean {
  return location.dialect === "postgres" || existsSync(location.target);
}
