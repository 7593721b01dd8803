/**
 * Memory under many distinct large answers: 500 distinct valid GETs of the largest indicator and of
 * 1,000-record pages (each URL different, so each answer is computed and offered to the caches), then the
 * server's resident memory as the last answer left (the figure the aim applies to), and again after a full
 * garbage collection, with the V8 heap then in use. Aim: under 500 MB (before the caches were bounded in
 * bytes: 2.6 GB).
 */
import { Agent } from "node:http";
import { send } from "../support/http.js";
import { startChildServer } from "../support/server.js";
import { buildSnapshotStore, sqliteLocation } from "../support/stores.js";
import type { ChaosScenario } from "../types.js";

const DISTINCT = 500;
const AIM_MB = 500;

async function largestIndicator(url: string): Promise<string> {
  const list = (await (await fetch(`${url}/api/v1/indicators`)).json()) as { data: { id: string }[] };
  let largest = { id: list.data[0]!.id, bytes: 0 };
  for (const { id } of list.data) {
    const bytes = (await (await fetch(`${url}/api/v1/indicators/${id}`)).arrayBuffer()).byteLength;
    if (bytes > largest.bytes) largest = { id, bytes };
  }
  return largest.id;
}

/** Distinct URLs with large answers: the indicator over every period, and model pages up to every day. */
function distinctUrls(indicator: string): string[] {
  const urls: string[] = [];
  for (let from = 2000; from <= 2024 && urls.length < DISTINCT / 2; from++)
    for (let to = from; to <= 2030 && urls.length < DISTINCT / 2; to++)
      urls.push(`/api/v1/indicators/${indicator}?from=${from}&to=${to}`);
  for (let day = 0; urls.length < DISTINCT; day++) {
    const date = new Date(Date.UTC(2025, 0, 1) - day * 86_400_000).toISOString().slice(0, 10);
    urls.push(`/api/v1/models?dataset=notable&limit=1000&to=${date}`);
  }
  return urls;
}

const scenario: ChaosScenario = {
  name: "server-memory",
  async run(ctx) {
    const store = await buildSnapshotStore(sqliteLocation(ctx.workDir));
    const server = await startChildServer(store);
    try {
      const indicator = await largestIndicator(server.url);
      const before = server.rssMb();
      const agent = new Agent({ keepAlive: true, maxSockets: 4 });
      const outcomes = new Map<string | number, number>();
      let sent = 0;
      const urls = distinctUrls(indicator);
      await Promise.all(
        Array.from({ length: 4 }, async (_, worker) => {
          for (let index = worker; index < urls.length && Date.now() < ctx.deadlineMs; index += 4) {
            const outcome = await send(agent, server.port, { method: "GET", path: urls[index]! });
            outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
            sent++;
          }
        }),
      );
      agent.destroy();
      const peak = server.rssMb();
      const settled = await server.memoryAfterGc();
      const after = settled.rssMb;
      const errors = [...outcomes].filter(([status]) => typeof status !== "number" || status >= 500);
      const figure =
        `${sent} distinct GETs (${indicator} over every period, 1,000-model pages): server resident memory ${before.toFixed(0)} MB before, ` +
        `${peak.toFixed(0)} MB at the end, ${after.toFixed(0)} MB after a full garbage collection (V8 heap in use ` +
        `${settled.heapMb.toFixed(0)} MB); aim < ${AIM_MB} MB; answers ${[...outcomes].map(([status, count]) => `${status} × ${count}`).join(", ")}`;
      ctx.log(figure);
      return [
        {
          scenario: "memory after 500 distinct large GETs",
          database: "sqlite",
          inputs: sent,
          failures: (peak < AIM_MB ? 0 : 1) + errors.length + (sent < DISTINCT ? 1 : 0) + (server.alive() ? 0 : 1),
          figure,
        },
      ];
    } finally {
      await server.stop();
    }
  },
};

export default scenario;
