/**
 * Tells a store that cannot be reached (PostgreSQL restarting, refusing or out of connections; a SQLite file
 * locked or gone) from a fault in the query. The first is temporary and answers 503 with Retry-After; the
 * second is a bug and answers 500.
 */

// Node's socket errors when the server is down, restarting or unreachable.
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

// PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01-57P03 (shutting down, crashed, starting up),
// 53300 (too many connections).
const POSTGRES_STATES = /^(?:08\d{3}|57P0[123]|53300)$/;

const SQLITE_CODES = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN"]);

// node-postgres reports a dropped or never-made connection with these messages and no code.
const POOL_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
];

/** Seconds a client should wait before asking again while the store is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

export function isStoreUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (NETWORK_CODES.has(code) || POSTGRES_STATES.test(code) || SQLITE_CODES.has(code)))
      return true;
    const message = current.message;
    if (POOL_MESSAGES.some((pattern) => pattern.test(message))) return true;
    // AggregateError: a connect to "localhost" tries ::1 and 127.0.0.1 and fails with both.
    if (current instanceof AggregateError && current.errors.some((inner) => isStoreUnavailable(inner))) return true;
    current = current.cause;
  }
  return false;
}
