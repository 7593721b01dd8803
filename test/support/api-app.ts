import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/api/app.js";
import { loadApiContext } from "../../src/api/context.js";
import { openStore } from "../../src/db/connect.js";
import { buildStore } from "../../src/ingest/build.js";
import { DATA_DIR, EPOCH_FIXTURE_DIR } from "./paths.js";
import type { TestStore } from "./stores.js";

export interface TestApi {
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/**
 * The real app on a store built from the curated data and Epoch data (the cut fixture unless a test pinned to
 * the full snapshot passes `epochSnapshotDir()`), for in-process requests.
 */
export async function startTestApi(testStore: TestStore, epochDir = EPOCH_FIXTURE_DIR): Promise<TestApi> {
  const store = await testStore.create();
  await buildStore({
    dataDir: DATA_DIR,
    epochDir,
    store,
    codeVersion: "test",
    now: () => new Date(),
    clock: () => performance.now(),
  });
  const db = openStore(store);
  const app = await buildApp(await loadApiContext(db, "test"));
  return {
    app,
    async close() {
      await app.close();
      await db.destroy();
      await testStore.drop();
    },
  };
}
