/**
 * PostgreSQL restarted and stopped under a running `wedloop serve` (a server of the scenario's own, never the
 * shared one): the server must stay up, answer only 503 with Retry-After while the database is gone, and serve
 * 200 again by itself afterwards; idle and under load.
 */
import { join } from "node:path";
import pg from "pg";
import { SMALL_EPOCH_DIR } from "../../support/paths.js";
import { startPgCluster, type PgCluster } from "../support/store-pg-cluster.js";
import { runWedloop, sleep, spawnWedloop } from "../support/store-process.js";
import type { ChaosContext, ChaosRow } from "../types.js";

const NAME = "PostgreSQL restarts under a running server";
const CLIENTS = 8;
const RECOVERY_LIMIT_MS = 15_000;

interface Tally {
  requests: number;
  ok: number;
  unavailable: number;
  /** 5xx other than a 503 with Retry-After, and requests the server never answered. */
  bad: string[];
}

async function request(url: string, tally: Tally): Promise<number> {
  tally.requests++;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    if (response.status === 503 && response.headers.get("retry-after")) tally.unavailable++;
    else if (response.status >= 500) tally.bad.push(`${response.status} ${url}`);
    else tally.ok++;
    return response.status;
  } catch (error) {
    tally.bad.push(`no answer: ${(error as Error).message} ${url}`);
    return 0;
  }
}

/** Milliseconds until `url` answers 200 again, or null when it does not within the limit. */
async function recovery(url: string, tally: Tally): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < RECOVERY_LIMIT_MS) {
    if ((await request(url, tally)) === 200) return Date.now() - started;
    await sleep(100);
  }
  return null;
}

async function exercise(ctx: ChaosContext, cluster: PgCluster, base: string): Promise<ChaosRow[]> {
  // Distinct limits so the response cache cannot answer for the database.
  let counter = 0;
  const nextUrl = () => {
    counter++;
    const paths = [
      `/api/v1/models?limit=${(counter % 97) + 1}`,
      `/api/v1/facts?limit=${(counter % 89) + 1}`,
      "/api/v1/-/version",
    ];
    return `${base}${paths[counter % paths.length]}`;
  };

  const idle: Tally = { requests: 0, ok: 0, unavailable: 0, bad: [] };
  await request(nextUrl(), idle);
  await sleep(200);
  cluster.restart(); // with idle connections in the pool
  await sleep(200);
  const idleRecovery = await recovery(nextUrl(), idle);
  if (idleRecovery === null) idle.bad.push("not recovered");

  const load: Tally = { requests: 0, ok: 0, unavailable: 0, bad: [] };
  let running = true;
  const clients = Array.from({ length: CLIENTS }, async () => {
    while (running) await request(nextUrl(), load);
  });
  const faults = ["restart", "stop 2 s", "restart", "restart"];
  const recoveries: number[] = [];
  for (const fault of faults) {
    if (Date.now() + 10_000 > ctx.deadlineMs) break;
    await sleep(1_500);
    if (fault === "restart") cluster.restart();
    else {
      cluster.stop();
      await sleep(2_000);
      cluster.start();
    }
    const took = await recovery(nextUrl(), load);
    if (took === null) load.bad.push(`not recovered after ${fault}`);
    else recoveries.push(took);
    ctx.log(`${fault}: back to 200 in ${took ?? "never"} ms`);
  }
  await sleep(1_000);
  running = false;
  await Promise.all(clients);
  for (const line of [...idle.bad, ...load.bad].slice(0, 10)) ctx.log(line);
  return [
    {
      scenario: `${NAME} (idle)`,
      database: "postgres",
      inputs: idle.requests,
      failures: idle.bad.length,
      figure: `server up after a restart with idle connections; 200 again after ${idleRecovery ?? "never"} ms; ${idle.unavailable} × 503 meanwhile, ${idle.bad.length} other failures`,
    },
    {
      scenario: `${NAME} (${CLIENTS} clients)`,
      database: "postgres",
      inputs: load.requests,
      failures: load.bad.length,
      figure: `${faults.length - 1} restarts and a 2 s outage under load: ${load.ok} × 200, ${load.unavailable} × 503 with Retry-After, ${load.bad.length} × other 5xx or no answer; 200 again within ${Math.max(0, ...recoveries)} ms each time`,
    },
  ];
}

export default {
  name: NAME,
  async run(ctx: ChaosContext): Promise<ChaosRow[]> {
    const cluster = await startPgCluster(ctx.workDir);
    if (!cluster)
      return [{ scenario: NAME, database: "postgres", inputs: 0, failures: 0, figure: "skipped: no PostgreSQL" }];
    const home = join(ctx.workDir, "home");
    let server: ReturnType<typeof spawnWedloop> | null = null;
    try {
      const admin = new pg.Client(cluster.adminUrl);
      await admin.connect();
      await admin.query("create database wedloop_restart");
      await admin.end();
      const db = cluster.adminUrl.replace(/\/postgres$/, "/wedloop_restart");
      await runWedloop(["build", "--db", db, "--epoch-dir", SMALL_EPOCH_DIR], home);
      server = spawnWedloop(["serve", "--db", db, "--epoch-dir", SMALL_EPOCH_DIR, "--port", "0"], home);
      server.stdout!.resume();
      let stderr = "";
      const base = await new Promise<string>((resolve, reject) => {
        server!.stderr!.on("data", (chunk: Buffer) => {
          stderr += chunk;
          const match = / at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
          if (match) resolve(match[1]!);
        });
        server!.once("exit", (code) => reject(new Error(`serve exited ${code}: ${stderr.slice(-1000)}`)));
      });
      const rows = await exercise(ctx, cluster, base);
      if (server.exitCode !== null || server.signalCode !== null) for (const row of rows) row.failures++; // the server died
      return rows;
    } finally {
      server?.kill("SIGTERM");
      cluster.destroy();
    }
  },
};
