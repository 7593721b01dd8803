/** One build of the full snapshot in a fresh process; prints its time and peak memory as JSON. */
import { join } from "node:path";
import { buildStore } from "../src/ingest/build.js";
import { REPO_ROOT } from "../test/support/paths.js";

const [epochDir, target] = process.argv.slice(2) as [string, string];
const started = performance.now();
const result = await buildStore({
  dataDir: join(REPO_ROOT, "data"),
  epochDir,
  store: { dialect: "sqlite", target },
  codeVersion: "bench",
  now: () => new Date(),
  clock: () => performance.now(),
});
const milliseconds = performance.now() - started;
const rows = result.summary.reduce((sum, entry) => sum + entry.rowsRead, 0);
console.log(JSON.stringify({ milliseconds, maxRssMb: process.resourceUsage().maxRSS / 1024, rows }));
