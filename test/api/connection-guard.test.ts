import { createServer, get, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { guardConnections } from "../../src/api/hardening/connection-guard.js";

/** Milliseconds until the server closes the socket. */
function closedAfter(socket: Socket): Promise<number> {
  const started = Date.now();
  return new Promise((resolve) => socket.once("close", () => resolve(Date.now() - started)));
}

function open(port: number, localAddress: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port, localAddress }, () => resolve(socket));
    socket.on("error", reject);
  });
}

function getStatus(port: number, localAddress: string): Promise<number> {
  return new Promise((resolve, reject) =>
    get({ host: "127.0.0.1", port, localAddress, path: "/", agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on("error", reject),
  );
}

describe(guardConnections, () => {
  let server: Server;
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("closes silent sockets when the header time is up, and one address cannot take every connection", async () => {
    server = createServer((_request, response) => response.end("ok"));
    guardConnections(server, { connectionsPerClient: 3, headersTimeoutMs: 400 });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;

    const silent = await Promise.all([1, 2, 3].map(() => open(port, "127.0.0.2")));
    const silentClosed = silent.map(closedAfter);
    const surplus = await open(port, "127.0.0.2");
    // Beyond its share the client's socket is closed at once; another address is still answered.
    expect(await closedAfter(surplus)).toBeLessThan(300);
    expect(await getStatus(port, "127.0.0.3")).toBe(200);
    for (const waited of await Promise.all(silentClosed)) {
      expect(waited).toBeGreaterThanOrEqual(300);
      expect(waited).toBeLessThan(2_000);
    }
    // Their places are free again, and a socket that sends a request is not cut off by the header timer.
    expect(await getStatus(port, "127.0.0.2")).toBe(200);
  });
});
