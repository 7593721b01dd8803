import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/api/app.js";
import { loadApiContext, type ApiContext } from "../../src/api/context.js";
import { openStore } from "../../src/db/connect.js";
import { buildStore } from "../../src/ingest/build.js";
import { DATA_DIR, epochSnapshotDir } from "./paths.js";
import type { TestStore } from "./stores.js";

export interface TestApi {
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/**
 * The real app on a store built from the Epoch snapshot and the curated data, for in-process requests.
 * `extraRoutes` registers routes the app does not wire yet (a new engine's, before the lead adds them).
 */
export async function startTestApi(testStore: TestStore, extraRoutes?: (app: FastifyInstance, context: ApiContext) => void): Promise<TestApi> {
  const store = await testStore.create();
  await buildStore({ dataDir: DATA_DIR, epochDir: epochSnapshotDir(), store, codeVersion: "test", now: () => new Date(), clock: () => performance.now() });
  const db = openStore(store);
  const context = await loadApiContext(db, "test");
  const app = await buildApp(context, extraRoutes ? { plugins: [(instance) => extraRoutes(instance, context)] } : {});
  return {
    app,
    async close() {
      await app.close();
      await db.destroy();
      await testStore.drop();
    },
  };
}
