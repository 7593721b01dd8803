import type { Server } from "node:http";
import type { Socket } from "node:net";

export interface ConnectionGuardLimits {
  /** Open connections from one address; more are closed at once, so one client cannot fill the server's cap. */
  readonly connectionsPerClient: number;
  /** Milliseconds a new connection may stay silent before its first request. */
  readonly headersTimeoutMs: number;
}

/**
 * Node's header timeout only watches connections that have begun a request: a socket that connects and says
 * nothing would stay until the idle timeout. Here such a socket is closed when the header time is up, and no
 * address may hold more than its share of connections, so a flood from one client never locks others out.
 */
export function guardConnections(server: Server, limits: ConnectionGuardLimits): void {
  const open = new Map<string, number>();
  const silent = new WeakMap<Socket, NodeJS.Timeout>();
  server.on("connection", (socket: Socket) => {
    const client = socket.remoteAddress ?? "";
    const count = (open.get(client) ?? 0) + 1;
    if (count > limits.connectionsPerClient) {
      socket.destroy();
      return;
    }
    open.set(client, count);
    const timer = setTimeout(() => socket.destroy(), limits.headersTimeoutMs).unref();
    silent.set(socket, timer);
    socket.once("close", () => {
      clearTimeout(timer);
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
    });
  });
  server.on("request", (request) => {
    const timer = silent.get(request.socket);
    if (timer === undefined) return;
    clearTimeout(timer);
    silent.delete(request.socket);
  });
}
