import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.js";

export type StoreDialect = "sqlite" | "postgres";

/** Where the store lives: a SQLite file path, or a postgres:// URL. */
export interface StoreLocation {
  readonly dialect: StoreDialect;
  /** File path (SQLite) or connection URL (PostgreSQL). */
  readonly target: string;
}

export function parseStoreLocation(text: string): StoreLocation {
  if (/^postgres(?:ql)?:\/\//.test(text)) return { dialect: "postgres", target: text };
  return { dialect: "sqlite", target: text };
}

/** A location safe to print: the password of a URL is masked. */
export function describeStoreLocation(location: StoreLocation): string {
  if (location.dialect === "sqlite") return location.target;
  const url = new URL(location.target);
  if (url.password) url.password = "***";
  return url.toString();
}

// PostgreSQL returns bigint and numeric as strings by default; our measures are double precision and counts
// are small, so read int8 (count(*)) as numbers.
pg.types.setTypeParser(20, (value) => Number(value));

/**
 * `building`: a fresh file no reader sees until it is renamed into place; its rollback journal can live in
 * memory, since a failed build deletes the file anyway.
 */
export function sqliteKysely(path: string, options: { readonly?: boolean; building?: boolean } = {}): Kysely<Database> {
  const database = new SqliteDatabase(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  if (!options.readonly) database.pragma(options.building ? "journal_mode = MEMORY" : "journal_mode = DELETE");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

export function postgresKysely(url: string, poolSize = 10): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: poolSize }) }),
  });
}

/** Opens an existing store for reading. */
export function openStore(location: StoreLocation): Kysely<Database> {
  return location.dialect === "sqlite"
    ? sqliteKysely(location.target, { readonly: true })
    : postgresKysely(location.target);
}
