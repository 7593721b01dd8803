/**
 * Sockets that hold the server: (1) slow bodies, a POST that promises 1,000 bytes and sends one a second,
 * must be cut off by the request timeout; (2) a flood of 1,100 idle connections from one address (more than
 * the default 1,024 descriptors) must not lock other clients out: beyond the per-client share the surplus is
 * closed at once, every silent socket is closed when the header time is up, and a client from another
 * address is answered throughout.
 */
import { Agent } from "node:http";
import { connect, type Socket } from "node:net";
import { send } from "../support/http.js";
import { DEFAULT_LIMITS } from "../../../src/api/hardening/limits.js";
import { startChildServer } from "../support/server.js";
import { buildSnapshotStore, sqliteLocation } from "../support/stores.js";
import type { ChaosRow, ChaosScenario } from "../types.js";

const SLOW_SOCKETS = 50;
const FLOOD = 1_100;

const FLOOD_ADDRESS = "127.0.0.2";
const OTHER_CLIENT = "127.0.0.3";

function open(port: number, localAddress = "127.0.0.1"): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port, localAddress }, () => resolve(socket));
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

/** Times a normal GET from another address every 250 ms until `untilMs`: seconds of each, null if unanswered. */
async function otherClientTimes(port: number, untilMs: number): Promise<(number | null)[]> {
  const agent = new Agent({ keepAlive: false, localAddress: OTHER_CLIENT });
  const times: (number | null)[] = [];
  while (Date.now() < untilMs) {
    const started = Date.now();
    const outcome = await send(agent, port, { method: "GET", path: "/api/v1/blocs" }, 5_000);
    times.push(outcome === 200 ? (Date.now() - started) / 1000 : null);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  agent.destroy();
  return times;
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
      const openedAt = new Map<Socket, number>();
      const flood = await Promise.all(
        Array.from({ length: FLOOD }, () =>
          open(server.port, FLOOD_ADDRESS).then((socket) => (openedAt.set(socket, Date.now()), socket)),
        ),
      );
      const promiseMs = DEFAULT_LIMITS.headersTimeoutMs + 2_000;
      const [closed, others] = await Promise.all([
        // Each socket's time counts from its own connection.
        Promise.all(flood.map((socket) => closedAfter(socket, openedAt.get(socket)!, promiseMs + 5_000))),
        otherClientTimes(server.port, floodStart + promiseMs + 1_000),
      ]);
      for (const socket of flood) socket.destroy();
      const late = closed.filter((seconds) => seconds > promiseMs / 1000).length;
      const refusedAtOnce = closed.filter((seconds) => seconds < 1).length;
      const answered = others.filter((seconds): seconds is number => seconds !== null);
      const unanswered = others.length - answered.length;
      rows.push({
        scenario: "connection flood (1,100 idle sockets)",
        database: "sqlite",
        inputs: FLOOD,
        failures: late + unanswered + (server.alive() ? 0 : 1),
        figure:
          `${refusedAtOnce.toLocaleString("en")} sockets beyond the per-client share (${DEFAULT_LIMITS.connectionsPerClient}) closed within 1 s, ` +
          `the rest after at most ${Math.max(...closed).toFixed(1)} s of silence (promise ${promiseMs / 1000} s: header time ` +
          `${DEFAULT_LIMITS.headersTimeoutMs / 1000} s), ${late} later; meanwhile another client got ${answered.length} of ` +
          `${others.length} GETs answered (slowest ${Math.max(0, ...answered).toFixed(2)} s); before: 1,100 sockets locked every client out`,
      });
      ctx.log(rows.at(-1)!.figure);
      return rows;
    } finally {
      await server.stop();
    }
  },
};

export default scenario;
