import { existsSync, readdirSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql, type Kysely } from "kysely";
import { openStore, postgresKysely, type StoreLocation } from "../../src/db/connect.js";
import { migrate } from "../../src/db/migrate.js";
import { writeStore } from "../../src/db/write-store.js";
import { readEpochFiles, type BuildResult } from "../../src/ingest/build.js";
import { loadCurated } from "../../src/ingest/curated/load-curated.js";
import { EPOCH_DATASETS } from "../../src/ingest/loaders/epoch-datasets.js";
import { buildStoreContent } from "../../src/ingest/pipeline.js";
import { readCsv } from "../../src/ingest/csv-rows.js";
import { DATA_DIR, EPOCH_FIXTURE_DIR } from "../support/paths.js";
import { buildTestStore } from "../support/harness.js";
import { POSTGRES_URL, testStores } from "../support/stores.js";

const build = (store: StoreLocation, epochDir: string | null) =>
  buildTestStore(store, { epochDir, builtAt: "2026-11-27T12:00:00Z" });

describe.each(testStores())("the store on $name", (testStore) => {
  let store: StoreLocation;
  let result: BuildResult;
  beforeAll(async () => {
    store = await testStore.create();
    result = await build(store, EPOCH_FIXTURE_DIR);
  }, 120_000);
  afterAll(() => testStore.drop());

  it("reconciles every dataset of the shared snapshot: read = stored + quarantined + merged, and read = the file's records", async () => {
    const files = readEpochFiles(EPOCH_FIXTURE_DIR);
    for (const entry of result.summary) {
      expect(entry.status, entry.id).toBe("loaded");
      expect(entry.rowsRead, entry.id).toBe(entry.rowsStored + entry.rowsQuarantined + entry.rowsMerged);
      const table = readCsv(files.get(entry.file)!.text);
      expect(entry.rowsRead, entry.id).toBe(table.rows.length + table.rejected.length);
    }
    const db = openStore(store);
    try {
      const stored = await db
        .selectFrom("datasets")
        .select(["id", "rows_read", "rows_stored", "rows_quarantined", "rows_merged"])
        .execute();
      const quarantined = await db
        .selectFrom("quarantine")
        .select(["dataset", (eb) => eb.fn.countAll<number>().as("n")])
        .groupBy("dataset")
        .execute();
      for (const row of stored) {
        expect(row.rows_read).toBe(row.rows_stored + row.rows_quarantined + row.rows_merged);
        // The quarantine lists both: rows set aside and rows merged as duplicates (nothing silently dropped).
        expect(Number(quarantined.find((entry) => entry.dataset === row.id)?.n ?? 0), row.id).toBe(
          row.rows_quarantined + row.rows_merged,
        );
      }
      const notable = await db
        .selectFrom("models")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("dataset", "=", "notable")
        .executeTakeFirstOrThrow();
      expect(Number(notable.n)).toBe(result.summary.find((entry) => entry.id === "notable_ai_models")!.rowsStored);
    } finally {
      await db.destroy();
    }
  });

  it("stores the same numbers on every database (FLOP counts beyond 64-bit integers included)", async () => {
    const db = openStore(store);
    try {
      const gpt45 = await db
        .selectFrom("models")
        .selectAll()
        .where("dataset", "=", "notable")
        .where("name", "=", "GPT-4.5")
        .executeTakeFirstOrThrow();
      expect(gpt45.training_compute_flop).toBe(3.8e26);
      expect(gpt45.publication_date).toBe("2025-02-27");
      const developers = await db.selectFrom("model_developers").selectAll().where("model_id", "=", gpt45.id).execute();
      expect(developers.map((row) => [row.organization_id, row.country])).toEqual([["openai", "US"]]);
    } finally {
      await db.destroy();
    }
  });

  it("builds from the curated facts alone when no Epoch data is there", async () => {
    const curatedOnly = await testStore.create();
    try {
      const alone = await build(curatedOnly, null);
      expect(alone.summary.every((entry) => entry.status === "missing")).toBe(true);
      expect(alone.facts).toBeGreaterThan(0);
    } finally {
      if (testStore.name === "sqlite") expect(existsSync(curatedOnly.target)).toBe(true);
    }
  });

  it("leaves the previous store untouched when a build fails half-way", async () => {
    const curated = loadCurated(DATA_DIR);
    const { content } = buildStoreContent({
      datasets: EPOCH_DATASETS,
      epochFiles: new Map(),
      curated,
      codeVersion: "broken",
      builtAt: "2026-11-27T00:00:00Z",
      clock: () => 0,
    });
    // Two facts with one id: the insert fails on the primary key after most tables are written.
    const broken = { ...content, facts: [...content.facts, content.facts[0]!] };
    await expect(writeStore(store, broken, "2026-11-27T00:00:00Z")).rejects.toThrow();
    const db = openStore(store);
    try {
      const version = await db
        .selectFrom("meta")
        .select("value")
        .where("key", "=", "code_version")
        .executeTakeFirstOrThrow();
      expect(version.value).toBe("test");
      const models = await db
        .selectFrom("models")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(models.n)).toBeGreaterThan(200);
    } finally {
      await db.destroy();
    }
    if (store.dialect === "sqlite")
      expect(readdirSync(dirname(store.target)).filter((name) => name.includes(".building-"))).toEqual([]);
  });
});

describe.skipIf(!POSTGRES_URL)("a PostgreSQL store from before the schema switch", () => {
  const testStore = testStores().find((candidate) => candidate.name === "postgres")!;
  afterAll(() => testStore.drop());

  it("is read until the first new build, which replaces it and drops its tables from public", async () => {
    const store = await testStore.create();
    // The old layout: the store's tables in public.
    const legacy = postgresKysely(store.target, { searchPath: ["public"] });
    await migrate(legacy as unknown as Kysely<unknown>, "2026-01-01T00:00:00Z");
    await legacy.insertInto("meta").values({ key: "code_version", value: "legacy" }).execute();
    await legacy.destroy();
    const reader = openStore(store);
    try {
      const before = await reader.selectFrom("meta").select("value").where("key", "=", "code_version").execute();
      expect(before).toEqual([{ value: "legacy" }]);
      await build(store, null);
      const after = await reader.selectFrom("meta").select("value").where("key", "=", "code_version").execute();
      expect(after).toEqual([{ value: "test" }]);
      const publicTables = await sql<{
        n: number;
      }>`select count(*) as n from pg_tables where schemaname = 'public'`.execute(reader);
      expect(Number(publicTables.rows[0]!.n)).toBe(0);
    } finally {
      await reader.destroy();
    }
  });
});
