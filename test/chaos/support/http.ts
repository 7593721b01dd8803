import { Agent, request } from "node:http";

export interface Exchange {
  readonly method: string;
  /** The request target exactly as sent (already percent-encoded where it must be). */
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

/** A status code, or the error code when no answer came (a reset socket, a timeout). */
export type Outcome = number | string;

/** Sends one request on a keep-alive agent and reads the whole answer. */
export function send(agent: Agent, port: number, exchange: Exchange, timeoutMs = 15_000): Promise<Outcome> {
  return new Promise((resolve) => {
    const outgoing = request(
      { host: "127.0.0.1", port, agent, method: exchange.method, path: exchange.path, headers: exchange.headers },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", (error) => resolve((error as NodeJS.ErrnoException).code ?? "error"));
      },
    );
    outgoing.setTimeout(timeoutMs, () => outgoing.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    outgoing.on("error", (error) => resolve((error as NodeJS.ErrnoException).code ?? error.message));
    outgoing.end(exchange.body);
  });
}

/** Runs `count` exchanges with at most `concurrency` in flight, stopping early at the deadline. */
export async function sendAll(
  port: number,
  count: number,
  concurrency: number,
  exchangeAt: (index: number) => Exchange,
  deadlineMs: number,
  onOutcome: (exchange: Exchange, outcome: Outcome) => void,
): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  const worker = async () => {
    while (next < count && Date.now() < deadlineMs) {
      const exchange = exchangeAt(next++);
      onOutcome(exchange, await send(agent, port, exchange));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return Math.min(next, count);
}

/** The q-th quantile (0..1) of some numbers. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
