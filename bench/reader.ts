/**
 * Article reader throughput on a large concatenated corpus (the test set's articles, and the seed post when it is
 * there, repeated to about 20 MB): entities and amounts, and the full reading with claims, in MB/s; against a
 * baseline measured here, a whitespace split with one dictionary lookup per word (the least a name matcher does).
 * Wall-clock figures depend on the machine's load (printed with them); the ratios and the CPU-time figures less so.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
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

interface Throughput {
  /** MB/s by the median wall-clock time of the rounds. */
  readonly wall: number;
  /** MB/s by the median CPU time of this process (all its threads, so the garbage collector's helpers count). */
  readonly cpu: number;
}

/**
 * Times each reading `rounds` times, the readings taking turns round by round, so a change in the machine's load
 * (other processes share its two cores) falls on all of them alike and their ratios stay comparable.
 */
function throughputs(rounds: number, runs: readonly { text: string; run: () => void }[]): Throughput[] {
  const walls = runs.map((): number[] => []);
  const cpus = runs.map((): number[] => []);
  for (let round = 0; round < rounds; round++)
    runs.forEach(({ run }, index) => {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      run();
      walls[index]!.push(performance.now() - started);
      const cpu = process.cpuUsage(cpuBefore);
      cpus[index]!.push((cpu.user + cpu.system) / 1000);
    });
  return runs.map(({ text }, index) => {
    const megabytes = Buffer.byteLength(text, "utf8") / 1e6;
    return { wall: megabytes / (median(walls[index]!) / 1000), cpu: megabytes / (median(cpus[index]!) / 1000) };
  });
}

const figure = ({ wall, cpu }: Throughput) => `${wall.toFixed(1)} MB/s (by CPU time ${cpu.toFixed(1)} MB/s)`;

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
    const slice = text.slice(0, 2_000_000);
    const [baseline, entitiesAndAmounts, full] = throughputs(5, [
      {
        text,
        run: () => {
          for (const word of text.split(/\s+/)) if (names.has(word.toLowerCase())) found++;
        },
      },
      { text, run: () => readArticle(reader, text, { skipClaims: true }) },
      { text: slice, run: () => readArticle(reader, slice) },
    ]);
    const [load] = loadavg();
    const megabytes = (Buffer.byteLength(text, "utf8") / 1e6).toFixed(1);
    const baselineFound = found > 0 ? "baseline found names" : "baseline found none";
    console.log(`corpus: ${megabytes} MB (${knowledge.records.length} records, ${baselineFound})`);
    console.log(`median of 5 interleaved rounds; load average ${load!.toFixed(1)} on ${availableParallelism()} cores`);
    console.log(`baseline (split + one lookup per word): ${figure(baseline!)}`);
    console.log(
      `entities + amounts: ${figure(entitiesAndAmounts!)} (aim ≥ 10), ratio to baseline ${(entitiesAndAmounts!.wall / baseline!.wall).toFixed(2)}`,
    );
    console.log(
      `full reading with claims (first 2 MB): ${figure(full!)}, ratio to baseline ${(full!.wall / baseline!.wall).toFixed(2)}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
