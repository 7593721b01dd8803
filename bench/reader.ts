/**
 * Article reader throughput on a large concatenated corpus (the test set's articles, and the seed post when it is
 * there, repeated to about 20 MB): entities and amounts, and the full reading with claims, in MB/s; against a
 * baseline measured here, a whitespace split with one dictionary lookup per word (the least a name matcher does).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadReaderKnowledge } from "../src/api/reader-knowledge.js";
import { openStore } from "../src/db/connect.js";
import { buildStore } from "../src/ingest/build.js";
import { prepareReader, readArticle } from "../src/text/read.js";
import { REPO_ROOT } from "../test/support/paths.js";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const TARGET_CHARS = 20_000_000;

function corpus(): string {
  const folder = join(REPO_ROOT, "test", "fixtures", "reader");
  const articles = readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => readFileSync(join(folder, name), "utf8"));
  const seed = resolve(REPO_ROOT, "..", "shared", "seed", "ai-als-geopolitiek-slagveld.txt");
  if (existsSync(seed)) articles.push(readFileSync(seed, "utf8"));
  const one = articles.join("\n\n");
  return Array.from({ length: Math.ceil(TARGET_CHARS / one.length) }, () => one).join("\n\n");
}

function megabytesPerSecond(text: string, run: () => void): number {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return Buffer.byteLength(text, "utf8") / 1e6 / (median(times) / 1000);
}

export async function runBench(): Promise<void> {
  const epochDir = resolve(REPO_ROOT, process.env.WEDLOOP_EPOCH_DIR ?? "../shared/data/epoch");
  const work = mkdtempSync(join(tmpdir(), "wedloop-bench-reader-"));
  const store = { dialect: "sqlite" as const, target: join(work, "store.sqlite") };
  try {
    await buildStore({
      dataDir: join(REPO_ROOT, "data"),
      epochDir,
      store,
      codeVersion: "bench",
      now: () => new Date(),
      clock: () => performance.now(),
    });
    const db = openStore(store);
    const knowledge = await loadReaderKnowledge(db);
    await db.destroy();
    const reader = prepareReader(knowledge);
    const text = corpus();
    const names = new Set(
      knowledge.records.flatMap((record) => [record.name, ...record.forms].map((form) => form.toLowerCase())),
    );
    let found = 0;
    const baseline = megabytesPerSecond(text, () => {
      for (const word of text.split(/\s+/)) if (names.has(word.toLowerCase())) found++;
    });
    const entitiesAndAmounts = megabytesPerSecond(text, () => readArticle(reader, text, { skipClaims: true }));
    const slice = text.slice(0, 2_000_000);
    const full = megabytesPerSecond(slice, () => readArticle(reader, slice));
    console.log(
      `corpus: ${(Buffer.byteLength(text, "utf8") / 1e6).toFixed(1)} MB (${knowledge.records.length} records, ${found > 0 ? "baseline found names" : "baseline found none"})`,
    );
    console.log(`baseline (split + one lookup per word): ${baseline.toFixed(1)} MB/s`);
    console.log(
      `entities + amounts: ${entitiesAndAmounts.toFixed(1)} MB/s (aim ≥ 10), ratio to baseline ${(entitiesAndAmounts / baseline).toFixed(2)}`,
    );
    console.log(
      `full reading with claims (first 2 MB): ${full.toFixed(1)} MB/s, ratio to baseline ${(full / baseline).toFixed(2)}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
