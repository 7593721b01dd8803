import { readCsv } from "./csv-rows.js";
import { SHRINK_LIMIT } from "./shrink-guard.js";

/**
 * Checks of a download before it may replace the cached copy. Each returns the problem in words, or null.
 * `permanent`: asking again will not help (an error page, a renamed column); otherwise the pull retries.
 */
export interface DownloadProblem {
  readonly reason: string;
  readonly permanent: boolean;
}

const ACCEPTED_TYPES =
  /^(?:text\/csv|text\/plain|application\/(?:csv|zip|x-zip-compressed|octet-stream|vnd\.ms-excel)|binary\/octet-stream)$/;

/** A web page, JSON or anything but a data file is refused, whatever the status code said. */
export function contentTypeProblem(contentType: string | null): DownloadProblem | null {
  if (contentType === null) return null;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "" || ACCEPTED_TYPES.test(type)) return null;
  return { reason: `served as ${type}, not as a data file`, permanent: true };
}

/**
 * The SHA-256 a server declares for its answer (RFC 9530 `Content-Digest: sha-256=:<base64>:`, or the older
 * `Digest: SHA-256=<base64>`), as hex; null when it declares none.
 */
export function declaredSha256(headers: Headers): string | null {
  const contentDigest = /sha-256=:([A-Za-z0-9+/=]+):/i.exec(headers.get("content-digest") ?? "");
  const digest = /sha-256=([A-Za-z0-9+/=]+)/i.exec(headers.get("digest") ?? "");
  const base64 = contentDigest?.[1] ?? digest?.[1];
  return base64 === undefined ? null : Buffer.from(base64, "base64").toString("hex");
}

const HTML_START = /^\s*<(?:!doctype|html|head|body|\?xml)/i;

/**
 * A downloaded CSV must not be a web page, must have the dataset's columns, must not end in a record cut in
 * half, and must not hold far fewer rows than the copy it would replace (unless `allowShrink`).
 */
export function csvProblem(
  text: string,
  expectedColumns: readonly string[],
  previous: string | null,
  allowShrink: boolean,
): DownloadProblem | null {
  if (HTML_START.test(text)) return { reason: "an HTML page, not a CSV file", permanent: true };
  const table = readCsv(text);
  const missing = expectedColumns.filter((column) => !table.header.includes(column));
  if (missing.length > 0)
    return {
      reason: `not the expected file: no column ${missing.map((column) => JSON.stringify(column)).join(", ")} in its header`,
      permanent: true,
    };
  const lastRejected = table.rejected.at(-1);
  if (!text.endsWith("\n") && lastRejected && lastRejected.line > (table.rows.at(-1)?.line ?? 0))
    return { reason: `cut short: the last record (line ${lastRejected.line}) is incomplete`, permanent: false };
  if (previous !== null && !allowShrink) {
    const before = readCsv(previous).rows.length;
    if (before > 0 && table.rows.length <= before * SHRINK_LIMIT)
      return {
        reason: `${table.rows.length} rows where the cached copy has ${before}; the cached copy is kept (pass --allow-shrink to take it)`,
        permanent: true,
      };
  }
  return null;
}
