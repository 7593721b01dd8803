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

/** The schema a PostgreSQL store lives in; a rebuild writes a fresh one and renames it into place. */
export const STORE_SCHEMA = "wedloop";

export interface PoolOptions {
  readonly poolSize?: number;
  /** Told when an idle connection breaks (a restart, a dropped network); the pool then opens a fresh one. */
  readonly onConnectionError?: (error: Error) => void;
  /**
   * Schemas searched for unqualified table names. Readers look in the store's schema first and fall back to
   * `public`, where stores built before the schema switch live.
   */
  readonly searchPath?: readonly string[];
}

export function postgresPool(url: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // An unreachable server fails the request (503) instead of queueing it forever.
    connectionTimeoutMillis: 5_000,
    options: `-c search_path=${(options.searchPath ?? [STORE_SCHEMA, "public"]).join(",")}`,
  });
  // Without a listener, an idle client's error (PostgreSQL restarting: 57P01) is an uncaught 'error' event that
  // ends the process. The pool has already dropped that client; the next query connects afresh.
  pool.on("error", (error) => options.onConnectionError?.(error));
  return pool;
}

export function postgresKysely(url: string, options: PoolOptions = {}): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: postgresPool(url, options) }) });
}

/** Opens an existing store for reading. */
export function openStore(location: StoreLocation, options: PoolOptions = {}): Kysely<Database> {
  return location.dialect === "sqlite"
    ? sqliteKysely(location.target, { readonly: true })
    : postgresKysely(location.target, options);
}
