/**
 * Knowledge-base benchmarks: the full build against the sqlite3 command-line import of the same CSV files,
 * and API throughput and p99 latency against a bare node:http + better-sqlite3 server, both measured here.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { EPOCH_DATASETS } from "../src/ingest/loaders/epoch-datasets.js";
import { REPO_ROOT } from "../test/support/paths.js";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const tsx = ["--import", "tsx"];

function epochDir(): string {
  const dir = resolve(REPO_ROOT, process.env.WEDLOOP_EPOCH_DIR ?? "../shared/data/epoch");
  if (!existsSync(join(dir, "notable_ai_models.csv")))
    throw new Error(`no Epoch snapshot at ${dir}: set WEDLOOP_EPOCH_DIR`);
  return dir;
}

function timeSqliteImport(dir: string, target: string): number {
  const commands = EPOCH_DATASETS.map((dataset) => `.import --csv '${join(dir, dataset.file)}' t_${dataset.id}`).join(
    "\n",
  );
  const started = performance.now();
  execFileSync("sqlite3", [target], { input: commands });
  return performance.now() - started;
}

async function benchBuild(dir: string): Promise<string> {
  const runs = 3;
  const builds: { milliseconds: number; maxRssMb: number; rows: number }[] = [];
  const imports: number[] = [];
  for (let run = 0; run < runs; run++) {
    const work = mkdtempSync(join(tmpdir(), "wedloop-bench-"));
    const output = execFileSync(
      process.execPath,
      [...tsx, join(REPO_ROOT, "bench", "build-once.ts"), dir, join(work, "store.sqlite")],
      { cwd: REPO_ROOT },
    );
    builds.push(JSON.parse(output.toString().trim().split("\n").at(-1)!));
    imports.push(timeSqliteImport(dir, join(work, "plain.sqlite")));
    rmSync(work, { recursive: true, force: true });
  }
  const build = median(builds.map((entry) => entry.milliseconds));
  const plain = median(imports);
  return [
    `build: full snapshot (${builds[0]!.rows} rows, 13 datasets) median of ${runs}: ${build.toFixed(0)} ms (aim < 3000 ms)`,
    `build: sqlite3 .import of the same CSV files, median of ${runs}: ${plain.toFixed(0)} ms; ratio ${(build / plain).toFixed(2)}x (aim < 4x)`,
    `build: peak memory (max RSS) ${Math.max(...builds.map((entry) => entry.maxRssMb)).toFixed(0)} MB`,
  ].join("\n");
}

async function startServer(script: string, store: string, extra: string[]): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [...tsx, join(REPO_ROOT, "bench", "servers", script), store, ...extra], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      const line = chunk.toString().trim();
      if (line.startsWith("http")) resolveUrl(line);
    });
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

async function load(url: string): Promise<{ requests: number; p99: number; errors: number }> {
  await autocannon({ url, connections: 10, duration: 2 }); // warm-up
  const result = await autocannon({ url, connections: 50, duration: 10 });
  return { requests: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function benchApi(dir: string): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), "wedloop-bench-"));
  const store = join(work, "store.sqlite");
  execFileSync(process.execPath, [...tsx, join(REPO_ROOT, "bench", "build-once.ts"), dir, store], { cwd: REPO_ROOT });
  const query = "/api/v1/models?dataset=notable&bloc=china&limit=50";
  const lines: string[] = [];
  const figures: Record<string, { requests: number; p99: number; errors: number }> = {};
  const servers = [
    ["wedloop", "wedloop.ts", []],
    ["uncached", "wedloop.ts", ["nocache"]],
    ["bare", "bare.ts", []],
  ] as const;
  for (const [name, script, extra] of servers) {
    const server = await startServer(script, store, [...extra]);
    try {
      figures[name] = await load(`${server.url}${query}`);
    } finally {
      server.stop();
    }
    lines.push(
      `api: ${name.padEnd(8)} ${query}: ${figures[name]!.requests.toFixed(0)} req/s, p99 ${figures[name]!.p99} ms, errors ${figures[name]!.errors} (50 connections, 10 s)`,
    );
  }
  // Yearly steps, as the dashboard's overview asks; the monthly default answers 326 KB, which the wire, not the server, limits.
  const indicator = "/api/v1/indicators/frontier-lag?followers=china,eu&step=year";
  const server = await startServer("wedloop.ts", store, []);
  try {
    const figure = await load(`${server.url}${indicator}`);
    lines.push(
      `api: wedloop  ${indicator}: ${figure.requests.toFixed(0)} req/s, p99 ${figure.p99} ms, errors ${figure.errors} (aim p99 < 20 ms)`,
    );
  } finally {
    server.stop();
  }
  const ratio = (name: string) => `${((figures[name]!.requests / figures.bare!.requests) * 100).toFixed(0)}%`;
  lines.push(
    `api: wedloop / bare throughput ${ratio("wedloop")} (aim >= 70%), p99 ${figures.wedloop!.p99} ms (aim < 20 ms); with the response cache off: ${ratio("uncached")}, p99 ${figures.uncached!.p99} ms`,
  );
  rmSync(work, { recursive: true, force: true });
  return lines.join("\n");
}

export async function runBench(): Promise<void> {
  const dir = epochDir();
  console.log(await benchBuild(dir));
  console.log(await benchApi(dir));
}
