import { randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import type { StoreLocation } from "../../src/db/connect.js";
import { tempDir } from "./paths.js";

/** PostgreSQL server for the database tests: set by .ci/run; without it only SQLite is tested. */
export const POSTGRES_URL = process.env.WEDLOOP_TEST_PG_URL;

export interface TestStore {
  readonly name: "sqlite" | "postgres";
  create(): Promise<StoreLocation>;
  drop(): Promise<void>;
}

function sqliteStore(): TestStore {
  return {
    name: "sqlite",
    create: async () => ({ dialect: "sqlite", target: join(tempDir("store"), "wedloop.sqlite") }),
    drop: async () => {},
  };
}

/** Throwaway databases, one per create(), all dropped by drop(). */
function postgresStore(adminUrl: string): TestStore {
  const created: string[] = [];
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    name: "postgres",
    create: async () => {
      const database = `wedloop_test_${randomBytes(4).toString("hex")}`;
      await admin(`create database ${database}`);
      created.push(database);
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      return { dialect: "postgres", target: url.toString() };
    },
    drop: async () => {
      for (const database of created.splice(0)) await admin(`drop database if exists ${database} with (force)`);
    },
  };
}

/** SQLite always; PostgreSQL too when WEDLOOP_TEST_PG_URL is set. */
export function testStores(): TestStore[] {
  return [sqliteStore(), ...(POSTGRES_URL ? [postgresStore(POSTGRES_URL)] : [])];
}
