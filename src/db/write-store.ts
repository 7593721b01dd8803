import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { sql, type Insertable, type Kysely, type Transaction } from "kysely";
import type { StoreLocation } from "./connect.js";
import { postgresKysely, sqliteKysely, STORE_SCHEMA } from "./connect.js";
import { migrate } from "./migrate.js";
import type { Database } from "./schema.js";

/** Everything a build writes: rows per table. */
export type StoreContent = { [Table in keyof Database]: readonly Insertable<Database[Table]>[] };

/** Table order for inserting, and the reverse for dropping. */
export const TABLES: readonly (keyof Database)[] = [
  "meta",
  "datasets",
  "capability_scores",
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

/** `<store>.building-<pid>` (and its journal): the file a build fills before renaming it over the store. */
const BUILDING_FILE = /^(.*)\.building-(\d+)(?:-journal)?$/;

/** Whether process `pid` still runs: a temporary file of a live process is still being written. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, but someone else's
  }
}

/**
 * Removes the half-written files of builds that were killed (kill -9, power loss) before they could clean up:
 * those beside this store whose process is gone. Returns the names removed.
 */
export function removeOrphanBuildFiles(location: StoreLocation): string[] {
  if (location.dialect !== "sqlite") return [];
  const folder = dirname(location.target);
  if (!existsSync(folder)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(folder)) {
    const match = BUILDING_FILE.exec(name);
    if (!match || match[1] !== basename(location.target)) continue;
    if (processIsAlive(Number(match[2]))) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}

async function writeSqlite(path: string, content: StoreContent, builtAt: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.building-${process.pid}`;
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
  renameSync(partial, path);
}

/**
 * Fills a fresh schema, then in the same transaction renames it to the store's schema and drops the old one
 * (and the tables of a store from before the schema switch, which lived in `public`). Readers keep reading
 * the old build while the new one is written, and see the new one from the commit on: never a mix. A build
 * that fails or is killed rolls back and leaves nothing behind.
 */
async function writePostgres(url: string, content: StoreContent, builtAt: string): Promise<void> {
  const building = `${STORE_SCHEMA}_building_${process.pid}_${Date.parse(builtAt) || 0}`;
  const replaced = `${STORE_SCHEMA}_replaced_${process.pid}_${Date.parse(builtAt) || 0}`;
  const db = postgresKysely(url, { poolSize: 1 });
  try {
    await db.transaction().execute(async (trx) => {
      await sql`create schema ${sql.id(building)}`.execute(trx);
      await sql`set local search_path to ${sql.id(building)}`.execute(trx);
      await migrate(trx as unknown as Kysely<unknown>, builtAt);
      await insertAll(trx, content);
      await sql`set local search_path to public`.execute(trx);
      const existing = await sql<{
        n: number;
      }>`select count(*) as n from pg_namespace where nspname = ${STORE_SCHEMA}`.execute(trx);
      if (Number(existing.rows[0]?.n) > 0)
        await sql`alter schema ${sql.id(STORE_SCHEMA)} rename to ${sql.id(replaced)}`.execute(trx);
      await sql`alter schema ${sql.id(building)} rename to ${sql.id(STORE_SCHEMA)}`.execute(trx);
      await sql`drop schema if exists ${sql.id(replaced)} cascade`.execute(trx);
      for (const table of [...TABLES].reverse())
        await sql`drop table if exists ${sql.table(`public.${table}`)}`.execute(trx);
      await sql`drop table if exists public.schema_migrations`.execute(trx);
    });
  } finally {
    await db.destroy();
  }
}

/**
 * Replaces the store with `content`, atomically: SQLite builds a file beside the old one and renames it over
 * it only when complete; PostgreSQL fills a fresh schema and switches to it in the same transaction. Either way
 * a reader sees the old store or the new one, never half of one, and leftovers of killed builds are removed.
 */
export async function writeStore(location: StoreLocation, content: StoreContent, builtAt: string): Promise<void> {
  if (location.dialect === "sqlite") {
    removeOrphanBuildFiles(location);
    await writeSqlite(location.target, content, builtAt);
  } else await writePostgres(location.target, content, builtAt);
}

export function storeExists(location: StoreLocation): boolean {
  return location.dialect === "postgres" || existsSync(location.target);
}
