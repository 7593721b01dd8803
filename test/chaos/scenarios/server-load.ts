/**
 * One client must not stall everyone: while 8 clients (each from its own loopback address, as 8 machines
 * would be) keep sending the largest bodies the limits allow (64 KB scenarios and 16 KB checks and profiles,
 * nested to the depth limit), a trivial GET is timed every 25 ms. Rate limits are raised so that every body
 * is read and parsed (the worst case); with the default limits the clients would be stopped sooner, with 429.
 * Both phases are warmed up first; the figure gives p50 and p99 and the load average of the machine, since
 * on a shared machine the other processes' load shows in every timing. Aim: p99 under 100 ms.
 */
import { Agent } from "node:http";
import { loadavg } from "node:os";
import { DEFAULT_LIMITS } from "../../../src/api/hardening/limits.js";
import { bodyExchanges } from "../support/load.js";
import { quantile, send } from "../support/http.js";
import { startChildServer } from "../support/server.js";
import { buildSnapshotStore, sqliteLocation } from "../support/stores.js";
import type { ChaosScenario } from "../types.js";

const CLIENTS = 8;
const AIM_P99_MS = 100;

const WARM_UP_GETS = 50;

/** Loopback address of load client `index` (127.0.0.1 is the timed GET's). */
const clientAddress = (index: number) => `127.0.0.${index + 2}`;

async function timeTrivialGets(port: number, untilMs: number): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  for (let turn = 0; turn < WARM_UP_GETS; turn++) await send(agent, port, { method: "GET", path: "/api/v1/blocs" });
  const times: number[] = [];
  while (Date.now() < untilMs) {
    const started = performance.now();
    const outcome = await send(agent, port, { method: "GET", path: "/api/v1/blocs" });
    times.push(outcome === 200 ? performance.now() - started : Number.POSITIVE_INFINITY);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  agent.destroy();
  return times;
}

const scenario: ChaosScenario = {
  name: "server-load",
  async run(ctx) {
    const store = await buildSnapshotStore(sqliteLocation(ctx.workDir));
    const server = await startChildServer(store, { expensivePerMinute: 1e9, simulationsPerMinute: 1e9 });
    try {
      const window = Math.min(20_000, (ctx.deadlineMs - Date.now()) / 3);
      const quiet = await timeTrivialGets(server.port, Date.now() + window / 2);
      let stop = false;
      let bodiesSent = 0;
      const statuses = new Map<string | number, number>();
      const failures: string[] = [];
      const exchanges = bodyExchanges(DEFAULT_LIMITS);
      const client = async (index: number) => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: clientAddress(index) });
        for (let turn = index; !stop; turn++) {
          const exchange = exchanges[turn % exchanges.length]!;
          const outcome = await send(agent, server.port, exchange);
          bodiesSent++;
          statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
          if (typeof outcome !== "number" || outcome >= 500) failures.push(`${outcome} ${exchange.path}`);
        }
        agent.destroy();
      };
      const loadBefore = loadavg()[0]!;
      const clients = Array.from({ length: CLIENTS }, (_, index) => client(index));
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const loaded = await timeTrivialGets(server.port, Date.now() + window);
      stop = true;
      await Promise.all(clients);
      const p99 = quantile(loaded, 0.99);
      const answers = [...statuses].map(([status, count]) => `${status} × ${count.toLocaleString("en")}`).join(", ");
      const figure =
        `trivial GET p50 ${quantile(loaded, 0.5).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms over ${loaded.length} GETs ` +
        `while ${CLIENTS} clients sent ${bodiesSent.toLocaleString("en")} bodies of up to ${DEFAULT_LIMITS.scenarioBytes / 1024} KB ` +
        `(answers ${answers}); idle: p50 ${quantile(quiet, 0.5).toFixed(0)} ms, p99 ${quantile(quiet, 0.99).toFixed(0)} ms; ` +
        `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after; aim < ${AIM_P99_MS} ms` +
        (failures.length > 0 ? `; ${failures.length} body requests failed, e.g. ${failures[0]}` : "");
      ctx.log(figure);
      return [
        {
          scenario: "load: trivial GET while 8 clients send maximum-size bodies",
          database: "sqlite",
          inputs: loaded.length + bodiesSent,
          failures: (p99 < AIM_P99_MS ? 0 : 1) + failures.length + (server.alive() ? 0 : 1),
          figure,
        },
      ];
    } finally {
      await server.stop();
    }
  },
};

export default scenario;
