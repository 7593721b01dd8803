import { sql, type Kysely } from "kysely";
import { initial } from "./migrations/0001-initial.js";
import { prices } from "./migrations/0002-prices.js";

export interface Migration {
  readonly id: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** Every migration, in order. A new schema change is a new file here, never an edit of an old one. */
export const MIGRATIONS: readonly Migration[] = [initial, prices];

/**
 * Applies the migrations the store has not seen. Runs inside the caller's transaction (PostgreSQL) or on the
 * fresh build file (SQLite), so a failure leaves no half-migrated store behind.
 */
export async function migrate(db: Kysely<unknown>, appliedAt: string): Promise<string[]> {
  await db.schema
    .createTable("schema_migrations")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("applied_at", "text", (c) => c.notNull())
    .execute();
  const applied = new Set(
    (await sql<{ id: string }>`select id from schema_migrations`.execute(db)).rows.map((row) => row.id),
  );
  const ran: string[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.id)) continue;
    await migration.up(db);
    await sql`insert into schema_migrations (id, applied_at) values (${migration.id}, ${appliedAt})`.execute(db);
    ran.push(migration.id);
  }
  return ran;
}

/** The schema version a store must have: the id of the last migration. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.id;
