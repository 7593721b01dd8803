/**
 * The dashboard's only way to data: GET requests to the same-origin HTTP API. Responses are cached per
 * URL for the session, since a store never changes while the server runs.
 */
import type { IndicatorResponse, ListResponse } from "./types.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly parameter: string | null,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type QueryParams = Readonly<Record<string, string | number | undefined | null>>;

export function withQuery(path: string, params: QueryParams = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text === "" ? path : `${path}?${text}`;
}

const cache = new Map<string, Promise<unknown>>();

/**
 * An answer that says "later" with Retry-After is asked again a few times: 503 (the database restarting) or
 * 202 (a report still being computed).
 */
const RETRIES_LATER = 4;

async function request<T>(url: string, retries = RETRIES_LATER): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const retryAfter = Number(response.headers.get("retry-after"));
  const later = response.status === 503 || response.status === 202;
  if (later && retries > 0 && retryAfter > 0) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfter, 20) * 1000));
    return request<T>(url, retries - 1);
  }
  const body = (await response.json().catch(() => null)) as { message?: string; parameter?: string } | null;
  if (!response.ok || response.status === 202)
    throw new ApiError(
      response.status,
      body?.parameter ?? null,
      body?.message ?? `${response.status} ${response.statusText}`,
    );
  return body as T;
}

export function getJson<T>(url: string): Promise<T> {
  let pending = cache.get(url);
  if (!pending) {
    pending = request<T>(url);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url)); // a failed request may be retried
  }
  return pending as Promise<T>;
}

export function indicatorUrl(id: string, params: QueryParams): string {
  return withQuery(`/api/v1/indicators/${encodeURIComponent(id)}`, params);
}

export function fetchIndicator(id: string, params: QueryParams): Promise<IndicatorResponse> {
  return getJson<IndicatorResponse>(indicatorUrl(id, params));
}

/** Every record of a list, following the cursor (lists here are at most a few hundred records). */
export async function fetchAll<T>(resource: string, params: QueryParams = {}): Promise<T[]> {
  const records: T[] = [];
  let cursor: string | null = null;
  do {
    const page: ListResponse<T> = await getJson<ListResponse<T>>(
      withQuery(`/api/v1/${resource}`, { ...params, limit: 1000, cursor }),
    );
    records.push(...page.data);
    cursor = page.next;
  } while (cursor !== null);
  return records;
}
