/**
 * Hostile GETs and POSTs against a real server process on SQLite and on PostgreSQL: every GET route of the
 * OpenAPI document with known and junk parameters and hostile values; scenario, profile and chip-check
 * bodies mutated from valid ones, alias bombs, deep nesting, binary noise, wrong content types. A failure is
 * any 5xx, any request without an answer (each is logged), or a server that dies (a report computed once per
 * server answers 202 with Retry-After while it is computed: not a failure). Rate limits are raised so that
 * the requests reach the parsers and handlers rather than the limiter (which answers 429).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { StoreLocation } from "../../../src/db/connect.js";
import { DATA_DIR } from "../../support/paths.js";
import { sendAll, type Exchange, type Outcome } from "../support/http.js";
import { hostileGet, mutateBody, pick, seeded } from "../support/hostile.js";
import { startChildServer } from "../support/server.js";
import { buildSnapshotStore, sqliteLocation, throwawayPostgres } from "../support/stores.js";
import type { ChaosContext, ChaosRow, ChaosScenario } from "../types.js";

const GETS = 20_000;
const POSTS = 15_000;
const NAME = "hostile requests";

type Database = "sqlite" | "postgres";

interface Tally {
  sent: number;
  failures: number;
  statuses: Map<Outcome | string, number>;
  examples: string[];
}

const newTally = (): Tally => ({ sent: 0, failures: 0, statuses: new Map(), examples: [] });

function record(tally: Tally, exchange: Exchange, outcome: Outcome, log: (line: string) => void) {
  tally.statuses.set(outcome, (tally.statuses.get(outcome) ?? 0) + 1);
  if (typeof outcome === "number" && outcome < 500) return;
  tally.failures++;
  // Every request without an answer (or with a 5xx) is logged, to find out which ones and why.
  log(`${outcome} ${exchange.method} ${exchange.path.slice(0, 200)}`);
  if (tally.examples.length < 5) tally.examples.push(`${outcome} ${exchange.method} ${exchange.path.slice(0, 120)}`);
}

function statusMix(tally: Tally): string {
  return [...tally.statuses.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([status, count]) => `${status} × ${count.toLocaleString("en")}`)
    .join(", ");
}

const CONTENT_TYPES = [
  "application/json",
  "text/yaml",
  "application/yaml",
  "text/plain",
  "application/x-www-form-urlencoded",
];

async function seedBodies(url: string) {
  const presets = (await (await fetch(`${url}/api/v1/simulations/presets`)).json()) as { data: { yaml: string }[] };
  const profilesDir = join(DATA_DIR, "..", "examples", "profiles");
  const profiles = readdirSync(profilesDir).map((file) => readFileSync(join(profilesDir, file), "utf8"));
  return [
    ...presets.data.map((preset) => ({
      path: "/api/v1/simulations",
      type: "text/yaml",
      // Few runs, so that the valid ones among the mutants stay quick.
      body: `${preset.yaml.replace(/^runs:.*$/m, "")}\nruns: 20\n`,
    })),
    ...profiles.map((profile) => ({ path: "/api/v1/obligations?date=2026-09-01", type: "text/yaml", body: profile })),
    {
      path: "/api/v1/obligations",
      type: "application/json",
      body: JSON.stringify({ profile: { roles: ["provider"] }, date: "2026-09-01" }),
    },
    {
      path: "/api/v1/export-control/check",
      type: "application/json",
      body: JSON.stringify({
        chip: { name: "Custom", tpp: 5000, pd: 7, datacenter: true },
        destination: "CN",
        date: "2024-06-01",
      }),
    },
  ];
}

async function fuzz(database: Database, store: StoreLocation, ctx: ChaosContext, seed: number): Promise<ChaosRow[]> {
  const server = await startChildServer(store, { expensivePerMinute: 1e9, simulationsPerMinute: 1e9 });
  try {
    const openapi = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
    };
    const routes = Object.entries(openapi.paths)
      .filter(([path, methods]) => methods.get && path.startsWith("/api/v1/"))
      .map(([path, methods]) => ({
        path,
        params: (methods.get!.parameters ?? []).filter((param) => param.in === "query").map((param) => param.name),
      }));
    const random = seeded(seed);
    const gets = newTally();
    const half = (ctx.deadlineMs - Date.now()) / 2;
    gets.sent = await sendAll(
      server.port,
      GETS,
      24,
      () => ({ method: pick(random, ["GET", "GET", "GET", "HEAD"]), path: hostileGet(random, routes) }),
      Date.now() + half,
      (exchange, outcome) => record(gets, exchange, outcome, ctx.log),
    );
    ctx.log(`${database}: ${gets.sent} GETs: ${statusMix(gets)}`);
    const seeds = await seedBodies(server.url);
    const posts = newTally();
    posts.sent = await sendAll(
      server.port,
      POSTS,
      16,
      () => {
        const base = pick(random, seeds);
        const type = random() < 0.85 ? base.type : pick(random, CONTENT_TYPES);
        const origin: Record<string, string> = random() < 0.05 ? { origin: "https://attacker.example" } : {};
        return {
          method: "POST",
          path: base.path,
          headers: { "content-type": type, ...origin },
          body: mutateBody(random, base.body),
        };
      },
      ctx.deadlineMs,
      (exchange, outcome) => record(posts, exchange, outcome, ctx.log),
    );
    ctx.log(`${database}: ${posts.sent} POSTs: ${statusMix(posts)}`);
    const died = server.alive() ? 0 : 1;
    const row = (kind: string, tally: Tally, wanted: number): ChaosRow => ({
      scenario: `${NAME}: ${kind}`,
      database,
      inputs: tally.sent,
      failures: tally.failures + died + (tally.sent < wanted ? 1 : 0),
      figure:
        `${tally.statuses.size === 0 ? "nothing sent" : statusMix(tally)}` +
        (tally.examples.length > 0 ? `; e.g. ${tally.examples.join("; ")}` : "") +
        (tally.sent < wanted ? `; stopped at the time limit before ${wanted.toLocaleString("en")}` : "") +
        (died ? "; the server died" : ""),
    });
    return [row("GETs", gets, GETS), row("POSTs", posts, POSTS)];
  } finally {
    await server.stop();
  }
}

const scenario: ChaosScenario = {
  name: "server-hostile-requests",
  async run(ctx) {
    // Both databases at once, each with its own server process: on two cores this halves the wall time.
    const sqlite = async () => {
      ctx.log("building a SQLite store from the snapshot ...");
      return fuzz("sqlite", await buildSnapshotStore(sqliteLocation(ctx.workDir)), ctx, 17);
    };
    const postgres = async (adminUrl: string) => {
      const database = await throwawayPostgres(adminUrl);
      try {
        ctx.log("building a PostgreSQL store from the snapshot ...");
        return await fuzz("postgres", await buildSnapshotStore(database.location), ctx, 18);
      } finally {
        await database.drop();
      }
    };
    const results = await Promise.all([sqlite(), ...(ctx.pgAdminUrl ? [postgres(ctx.pgAdminUrl)] : [])]);
    return results.flat();
  },
};

export default scenario;
