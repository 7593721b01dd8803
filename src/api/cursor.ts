import { createHash } from "node:crypto";

/**
 * Cursors are opaque to clients. Inside: the offset of the next page, the store build it belongs to
 * (ApiContext.storeVersion: snapshot id and build) and a hash of the query it continues. The store changes only
 * when it is rebuilt, so an offset is stable within a build; a cursor from another build is refused with 410
 * (start again), one from another query or one that was never issued with 400, rather than silently skipping
 * rows.
 */
export interface CursorState {
  readonly offset: number;
  /** The store build (ApiContext.storeVersion). */
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

/** `status`: 410 for a cursor of an earlier build (gone for good), 400 for one this API never issued. */
export class CursorError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 410 = 400,
  ) {
    super(message);
  }
}

// No list comes near this many rows; a larger offset was not issued by this API.
const MAX_OFFSET = 100_000_000;

export function decodeCursor(cursor: string, expected: { snapshot: string; query: string }): number {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new CursorError("not a cursor returned by this API");
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 3 ||
    !Number.isSafeInteger(decoded[0]) ||
    decoded[0] < 0 ||
    decoded[0] > MAX_OFFSET ||
    typeof decoded[1] !== "string" ||
    typeof decoded[2] !== "string"
  ) {
    throw new CursorError("not a cursor returned by this API");
  }
  if (decoded[1] !== expected.snapshot)
    throw new CursorError("the data was rebuilt since this cursor was issued; start again from the first page", 410);
  if (decoded[2] !== expected.query) throw new CursorError("this cursor belongs to a query with other filters or sort");
  return decoded[0] as number;
}
