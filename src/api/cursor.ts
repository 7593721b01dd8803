import { createHash } from "node:crypto";

/**
 * Cursors are opaque to clients. Inside: the offset of the next page, the snapshot it belongs to and a hash
 * of the query it continues. The store changes only when it is rebuilt, so an offset is stable within a
 * snapshot; a cursor from another snapshot or another query is refused rather than silently skipping rows.
 */
export interface CursorState {
  readonly offset: number;
  readonly snapshot: string;
  readonly query: string;
}

export function queryFingerprint(query: Record<string, unknown>): string {
  const { cursor: _cursor, limit: _limit, ...rest } = query;
  const canonical = JSON.stringify(
    Object.keys(rest)
      .sort()
      .map((key) => [key, rest[key]]),
  );
  return createHash("sha256").update(canonical).digest("base64url").slice(0, 16);
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify([state.offset, state.snapshot, state.query])).toString("base64url");
}

export class CursorError extends Error {}

export function decodeCursor(cursor: string, expected: { snapshot: string; query: string }): number {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new CursorError("not a cursor returned by this API");
  }
  if (!Array.isArray(decoded) || decoded.length !== 3 || !Number.isInteger(decoded[0]) || decoded[0] < 0) {
    throw new CursorError("not a cursor returned by this API");
  }
  if (decoded[1] !== expected.snapshot)
    throw new CursorError("the data was rebuilt since this cursor was issued; start again from the first page");
  if (decoded[2] !== expected.query) throw new CursorError("this cursor belongs to a query with other filters or sort");
  return decoded[0] as number;
}
