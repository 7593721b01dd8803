/**
 * Sockets that hold the server: (1) slow bodies, a POST that promises 1,000 bytes and sends one a second,
 * must be cut off by the request timeout; (2) a flood of 1,100 idle connections (more than the default
 * 1,024 descriptors) must not lock other clients out: the connection cap closes the surplus at once, the
 * header timeout reclaims the rest, and a normal GET is answered soon after.
 */
import { connect, type Socket } from "node:net";
import { DEFAULT_LIMITS } from "../../../src/api/hardening/limits.js";
import { startChildServer } from "../support/server.js";
import { buildSnapshotStore, sqliteLocation } from "../support/stores.js";
import type { ChaosRow, ChaosScenario } from "../types.js";

const SLOW_SOCKETS = 50;
const FLOOD = 1_100;

function open(port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => resolve(socket));
    socket.on("error", () => resolve(socket));
  });
}

/** Seconds until the server closes the socket (or `limit` if it never does). */
function closedAfter(socket: Socket, started: number, limitMs: number): Promise<number> {
  return new Promise((resolve) => {
    if (socket.destroyed || socket.readyState === "closed") return resolve((Date.now() - started) / 1000);
    const timer = setTimeout(() => resolve(limitMs / 1000), limitMs);
    const done = () => {
      clearTimeout(timer);
      resolve((Date.now() - started) / 1000);
    };
    // The server's FIN ("end") is the answer; "close" follows, or comes alone on a reset.
    socket.once("end", done);
    socket.once("close", done);
  });
}

async function firstAnswerAfter(url: string, limitMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    try {
      const response = await fetch(`${url}/api/v1/blocs`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return (Date.now() - started) / 1000;
    } catch {
      // refused or reset while the flood holds the cap: try again
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

const scenario: ChaosScenario = {
  name: "server-sockets",
  async run(ctx) {
    const store = await buildSnapshotStore(sqliteLocation(ctx.workDir));
    const server = await startChildServer(store);
    const rows: ChaosRow[] = [];
    const limitSeconds = DEFAULT_LIMITS.requestTimeoutMs / 1000 + 3;
    try {
      const started = Date.now();
      const slow = await Promise.all(Array.from({ length: SLOW_SOCKETS }, () => open(server.port)));
      const dribble = setInterval(() => {
        for (const socket of slow) if (!socket.destroyed) socket.write("x");
      }, 1_000);
      for (const socket of slow)
        socket.write(
          `POST /api/v1/simulations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/yaml\r\nContent-Length: 1000\r\n\r\n`,
        );
      const held = await Promise.all(slow.map((socket) => closedAfter(socket, started, limitSeconds * 2_000)));
      clearInterval(dribble);
      const longest = Math.max(...held);
      rows.push({
        scenario: "slow-body sockets (one byte a second)",
        database: "sqlite",
        inputs: SLOW_SOCKETS,
        failures: held.filter((seconds) => seconds > limitSeconds).length + (server.alive() ? 0 : 1),
        figure: `every socket closed by the server after at most ${longest.toFixed(1)} s (request timeout ${DEFAULT_LIMITS.requestTimeoutMs / 1000} s; before: held 130 s and more)`,
      });
      ctx.log(rows.at(-1)!.figure);

      const floodStart = Date.now();
      const flood = await Promise.all(Array.from({ length: FLOOD }, () => open(server.port)));
      const answeredAfter = await firstAnswerAfter(server.url, 20_000);
      const reclaimMs = DEFAULT_LIMITS.idleTimeoutMs + 5_000;
      const closed = await Promise.all(flood.map((socket) => closedAfter(socket, floodStart, reclaimMs)));
      for (const socket of flood) socket.destroy();
      const stillOpen = closed.filter((seconds) => seconds >= reclaimMs / 1000).length;
      rows.push({
        scenario: "connection flood (1,100 idle sockets)",
        database: "sqlite",
        inputs: FLOOD,
        failures: (answeredAfter === null ? 1 : 0) + stillOpen + (server.alive() ? 0 : 1),
        figure:
          `a normal GET answered ${answeredAfter === null ? "never (within 20 s)" : `after ${answeredAfter.toFixed(1)} s`}; ` +
          `cap ${DEFAULT_LIMITS.connections} connections, all idle sockets closed within ${Math.max(...closed).toFixed(1)} s ` +
          `(idle timeout ${DEFAULT_LIMITS.idleTimeoutMs / 1000} s); before: 1,100 sockets locked every client out`,
      });
      ctx.log(rows.at(-1)!.figure);
      return rows;
    } finally {
      await server.stop();
    }
  },
};

export default scenario;
