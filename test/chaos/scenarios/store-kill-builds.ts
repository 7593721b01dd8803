/**
 * kill -9 during `wedloop build`, at random moments, on SQLite and on a PostgreSQL server of the scenario's own:
 * after every kill the store must still be the last good build, whole; the next build must leave no file or
 * schema of a killed build behind.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { epochSnapshotDir } from "../../support/paths.js";
import { exited, runWedloop, seededRandom, sleep, spawnWedloop } from "../support/store-process.js";
import { startPgCluster } from "../support/store-pg-cluster.js";
import type { ChaosContext, ChaosRow } from "../types.js";

const KILLS_PER_DATABASE = Number(process.env.WEDLOOP_CHAOS_KILLS ?? 5);
const NAME = "kill -9 during builds";

interface StoreProbe {
  /** Notable models in the store, or an error message when it cannot be read whole. */
  notable(): Promise<number | string>;
  /** Files or schemas a killed build left behind. */
  leftovers(): Promise<string[]>;
  /** Whether a build is writing the store right now (the moment worth killing). */
  writing(): Promise<boolean>;
}

function sqliteProbe(path: string): StoreProbe {
  return {
    notable: async () => {
      try {
        const db = new Database(path, { readonly: true, fileMustExist: true });
        try {
          const check = db.pragma("integrity_check", { simple: true });
          if (check !== "ok") return `integrity_check: ${String(check)}`;
          return (db.prepare("select count(*) as n from models where dataset = 'notable'").get() as { n: number }).n;
        } finally {
          db.close();
        }
      } catch (error) {
        return (error as Error).message;
      }
    },
    leftovers: async () => readdirSync(join(path, "..")).filter((name) => name.includes(".building-")),
    writing: async () => readdirSync(join(path, "..")).some((name) => name.includes(".building-")),
  };
}

function postgresProbe(url: string): StoreProbe {
  const query = async <T>(text: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url, options: "-c search_path=wedloop,public" });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return {
    notable: async () => {
      try {
        const rows = await query<{ n: string }>("select count(*) as n from models where dataset = 'notable'");
        return Number(rows[0]!.n);
      } catch (error) {
        return (error as Error).message;
      }
    },
    leftovers: async () =>
      (await query<{ nspname: string }>("select nspname from pg_namespace where nspname like 'wedloop\\_%'")).map(
        (row) => row.nspname,
      ),
    writing: async () =>
      (
        await query<{ n: string }>(
          "select count(*) as n from pg_stat_activity where state = 'active' and (query ilike 'insert%' or query ilike 'create%')",
        )
      )[0]!.n !== "0",
  };
}

async function killBuilds(
  ctx: ChaosContext,
  database: "sqlite" | "postgres",
  db: string,
  probe: StoreProbe,
): Promise<ChaosRow> {
  const home = join(ctx.workDir, `home-${database}`);
  const args = ["build", "--db", db, "--epoch-dir", epochSnapshotDir()];
  const started = Date.now();
  await runWedloop(args, home);
  const buildMs = Date.now() - started;
  const good = await probe.notable();
  if (typeof good !== "number") throw new Error(`the first build is unreadable: ${good}`);
  const random = seededRandom(17);
  let kills = 0;
  let damaged = 0;
  let leftBehind = 0;
  while (kills < KILLS_PER_DATABASE && Date.now() + buildMs * 3 < ctx.deadlineMs) {
    const child = spawnWedloop(args, home);
    child.stdout!.resume();
    child.stderr!.resume();
    // Wait for the write to begin (reading and parsing come first), then kill at a random moment of it.
    while (child.exitCode === null && !(await probe.writing()) && Date.now() < ctx.deadlineMs) await sleep(20);
    await sleep(Math.floor(random() * 500));
    child.kill("SIGKILL");
    await exited(child);
    kills++;
    const found = await probe.notable();
    if (found !== good) {
      damaged++;
      ctx.log(`${database}: after kill ${kills} the store holds ${String(found)} (expected ${good})`);
    }
    leftBehind += (await probe.leftovers()).length;
  }
  await runWedloop(args, home); // a build after the kills clears what they left
  const remaining = await probe.leftovers();
  const stillGood = await probe.notable();
  if (stillGood !== good) damaged++;
  ctx.log(
    `${database}: ${kills} kills over a ${buildMs} ms build; ${leftBehind} leftovers seen, ${remaining.length} after`,
  );
  return {
    scenario: NAME,
    database,
    inputs: kills,
    failures: damaged + remaining.length,
    figure: `${damaged} damaged stores in ${kills} kills (each the last good build, ${good} notable models); ${
      database === "sqlite"
        ? `${leftBehind} half-written files left by the kills`
        : `${leftBehind} half-built schemas seen`
    }, ${remaining.length} after the next build`,
  };
}

export default {
  name: NAME,
  async run(ctx: ChaosContext): Promise<ChaosRow[]> {
    const rows: ChaosRow[] = [];
    const sqlitePath = join(ctx.workDir, "kill", "wedloop.sqlite");
    rows.push(await killBuilds(ctx, "sqlite", sqlitePath, sqliteProbe(sqlitePath)));
    const cluster = await startPgCluster(ctx.workDir);
    if (!cluster) {
      rows.push({ scenario: NAME, database: "postgres", inputs: 0, failures: 0, figure: "skipped: no PostgreSQL" });
      return rows;
    }
    try {
      const admin = new pg.Client(cluster.adminUrl);
      await admin.connect();
      await admin.query("create database wedloop_kill");
      await admin.end();
      const url = cluster.adminUrl.replace(/\/postgres$/, "/wedloop_kill");
      rows.push(await killBuilds(ctx, "postgres", url, postgresProbe(url)));
    } finally {
      cluster.destroy();
    }
    return rows;
  },
};
