import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/api/app.js";
import { loadApiContext } from "../../src/api/context.js";
import { openStore } from "../../src/db/connect.js";
import { buildStore } from "../../src/ingest/build.js";
import { DATA_DIR, epochSnapshotDir } from "./paths.js";
import type { TestStore } from "./stores.js";

export interface TestApi {
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/** The real app on a store built from the Epoch snapshot and the curated data, for in-process requests. */
export async function startTestApi(testStore: TestStore): Promise<TestApi> {
  const store = await testStore.create();
  await buildStore({
    dataDir: DATA_DIR,
    epochDir: epochSnapshotDir(),
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
