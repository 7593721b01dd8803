import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.js";
import { loadApiContext } from "../../src/api/context.js";
import { openStore, postgresPool, type StoreLocation } from "../../src/db/connect.js";
import type { Database } from "../../src/db/schema.js";
import { isStoreUnavailable } from "../../src/db/store-unavailable.js";
import { buildTestStore } from "../support/harness.js";
import { SMALL_EPOCH_DIR, tempDir } from "../support/paths.js";
import { POSTGRES_URL, testStores } from "../support/stores.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";

const build = (store: StoreLocation, epochDir: string, at: string) => buildTestStore(store, { epochDir, builtAt: at });

describe(isStoreUnavailable, () => {
  const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });
  it.each([
    [withCode("ECONNREFUSED"), true],
    [withCode("57P01", "terminating connection due to administrator command"), true],
    [withCode("57P03", "the database system is starting up"), true],
    [withCode("08006"), true],
    [withCode("53300", "sorry, too many clients already"), true],
    [new Error("Connection terminated unexpectedly"), true],
    [new Error("timeout exceeded when trying to connect"), true],
    [new Error("query failed", { cause: withCode("ECONNRESET") }), true],
    [new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")]), true],
    [withCode("SQLITE_BUSY"), true],
    [withCode("42P01", 'relation "models" does not exist'), false],
    [withCode("22P02", "invalid input syntax"), false],
    [new TypeError("cannot read properties of undefined"), false],
    ["a string", false],
  ])("%o -> %s", (error, expected) => expect(isStoreUnavailable(error)).toBe(expected));
});

describe.skipIf(!POSTGRES_URL)("a PostgreSQL restart under a running server", () => {
  const testStore = testStores().find((store) => store.name === "postgres")!;
  let proxy: TcpProxy;
  let proxiedUrl: string;
  let db: Kysely<Database>;
  let app: FastifyInstance;
  const idleErrors: Error[] = [];
  beforeAll(async () => {
    const store = await testStore.create();
    await build(store, SMALL_EPOCH_DIR, "2026-11-27T12:00:00Z");
    const url = new URL(store.target);
    proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
    url.host = `127.0.0.1:${proxy.port}`;
    proxiedUrl = url.toString();
    db = openStore({ dialect: "postgres", target: proxiedUrl }, { onConnectionError: (e) => idleErrors.push(e) });
    app = await buildApp(await loadApiContext(db, "test"), { cacheResponses: false });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await db.destroy();
    await proxy.close();
    await testStore.drop();
  });

  it("survives the connections breaking, answers 503 with Retry-After while down and recovers by itself", async () => {
    expect((await app.inject("/api/v1/models?limit=2")).statusCode).toBe(200);
    await proxy.down();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(idleErrors.length).toBeGreaterThan(0); // an idle client broke: without a listener the process dies here

    for (const url of ["/api/v1/models?limit=2", "/api/v1/indicators/notable-models-per-year", "/api/v1/-/version"]) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(503);
      expect(response.headers["retry-after"], url).toBe("5");
      expect(response.json(), url).toMatchObject({ error: "unavailable" });
    }

    await proxy.up();
    // A client checked out for a request when the connection ends is not the pool's to watch: it has its own listener.
    const pool = postgresPool(proxiedUrl, { onConnectionError: (e) => idleErrors.push(e) });
    const client = await pool.connect();
    const before = idleErrors.length;
    await proxy.down();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(idleErrors.length).toBeGreaterThan(before);
    client.release();
    await pool.end();
    await proxy.up();
    for (const url of ["/api/v1/models?limit=2", "/api/v1/indicators/notable-models-per-year", "/api/v1/-/version"])
      expect((await app.inject(url)).statusCode, url).toBe(200);
  }, 30_000);

  it("forgets a lookup that failed while the database was down: the first list asked in an outage", async () => {
    const fresh = await buildApp(await loadApiContext(db, "test"), { cacheResponses: false });
    try {
      await proxy.down();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await fresh.inject("/api/v1/organizations?country=US&limit=2")).statusCode).toBe(503);
      await proxy.up();
      expect((await fresh.inject("/api/v1/organizations?country=US&limit=2")).statusCode).toBe(200);
    } finally {
      await proxy.up();
      await fresh.close();
    }
  }, 30_000);
});

describe.each(testStores())("a rebuild under a running server on $name", (testStore) => {
  let store: StoreLocation;
  let app: FastifyInstance;
  let opened: Kysely<Database>[];
  beforeAll(async () => {
    store = await testStore.create();
    await build(store, SMALL_EPOCH_DIR, "2026-11-27T12:00:00Z");
    opened = [openStore(store)];
    app = await buildApp(await loadApiContext(opened[0]!, "test"), {
      watchStore: {
        location: store,
        reopen: () => {
          opened.push(openStore(store));
          return opened.at(-1)!;
        },
        intervalMs: 0,
        clock: () => performance.now(),
      },
    });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    for (const db of opened) await db.destroy().catch(() => {});
    await testStore.drop();
  });

  const get = async (url: string) => {
    const response = await app.inject(url);
    return { status: response.statusCode, json: () => response.json() as Record<string, unknown> };
  };

  it("switches to the new build at once: new totals and snapshot, and a cursor of the old build gets 410", async () => {
    const before = (await get("/api/v1/models?dataset=notable&limit=2")).json();
    const versionBefore = (await get("/api/v1/-/version")).json();
    expect(before.next).toEqual(expect.any(String));

    // The same snapshot without its first notable model (Alpha-1).
    const changed = tempDir("epoch-changed");
    cpSync(SMALL_EPOCH_DIR, changed, { recursive: true });
    const notable = join(changed, "notable_ai_models.csv");
    const lines = readFileSync(notable, "utf8").trimEnd().split("\n");
    expect(lines[1]).toMatch(/^Alpha-1,/);
    writeFileSync(notable, `${[lines[0], ...lines.slice(2)].join("\n")}\n`);
    await build(store, changed, "2026-11-28T12:00:00Z");

    const after = (await get("/api/v1/models?dataset=notable&limit=2")).json();
    const versionAfter = (await get("/api/v1/-/version")).json();
    expect(versionAfter.built_at).toBe("2026-11-28T12:00:00.000Z");
    expect(versionAfter.snapshot_id).not.toBe(versionBefore.snapshot_id);
    expect(after.total).toBe((before.total as number) - 1);
    expect(after.attribution).toContain(versionAfter.snapshot_id as string);

    const stale = await get(`/api/v1/models?dataset=notable&limit=2&cursor=${before.next as string}`);
    expect(stale.status).toBe(410);
    expect(stale.json()).toMatchObject({ error: "gone", parameter: "cursor" });
    expect(stale.json().message).toMatch(/rebuilt/);

    if (store.dialect === "postgres") {
      const db = openStore(store);
      try {
        const schemas = await sql<{ nspname: string }>`select nspname from pg_namespace where nspname like 'wedloop%'`
          .execute(db)
          .then((result) => result.rows.map((row) => row.nspname));
        expect(schemas).toEqual(["wedloop"]);
      } finally {
        await db.destroy();
      }
    }
  }, 60_000);

  it.each([
    ["not base64 JSON", "%%%"],
    ["an offset beyond any list", Buffer.from(JSON.stringify([1e300, "x", "y"])).toString("base64url")],
    ["a negative offset", Buffer.from(JSON.stringify([-1, "x", "y"])).toString("base64url")],
    ["fields of the wrong type", Buffer.from(JSON.stringify([1, 2, 3])).toString("base64url")],
  ])("refuses a forged cursor (%s) with 400, never 500", async (_case, cursor) => {
    const response = await get(`/api/v1/models?limit=2&cursor=${encodeURIComponent(cursor)}`);
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ error: "bad_request", parameter: "cursor" });
  });
});
