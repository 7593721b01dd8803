/**
 * A real Wedloop server in its own process, so that a load generator never shares its event loop:
 * WEDLOOP_CHAOS_STORE (a StoreLocation as JSON) and WEDLOOP_CHAOS_LIMITS (ServerLimits overrides as JSON).
 * Prints `{"url": ...}` on one line once it listens on 127.0.0.1; stops on SIGTERM.
 */
import { buildApp } from "../../../src/api/app.js";
import { loadApiContext } from "../../../src/api/context.js";
import { openStore, type StoreLocation } from "../../../src/db/connect.js";

const store = JSON.parse(process.env.WEDLOOP_CHAOS_STORE ?? "null") as StoreLocation;
const limits = JSON.parse(process.env.WEDLOOP_CHAOS_LIMITS ?? "{}") as Record<string, number>;
const db = openStore(store);
const app = await buildApp(await loadApiContext(db, "chaos"), { limits });
const url = await app.listen({ port: 0, host: "127.0.0.1" });
process.stdout.write(`${JSON.stringify({ url })}\n`);
// SIGUSR2: collect garbage (the process runs with --expose-gc) and print the memory it then holds.
process.on("SIGUSR2", () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ memory: { rss, heapUsed } })}\n`);
});
process.once("SIGTERM", () => {
  void app
    .close()
    .then(() => db.destroy())
    .finally(() => process.exit(0));
});
