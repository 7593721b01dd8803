import type { FastifyInstance } from "fastify";

/**
 * Within one build of the store a GET answer is the same every time it is asked: answers are kept by URL, up to
 * a memory bound, and carry an ETag tied to the build so clients can revalidate for free. A rebuild noticed
 * under the running server empties the cache.
 */
export interface ResponseCacheOptions {
  /** The build being served (ApiContext.storeVersion), read on every request. */
  readonly storeVersion: () => string;
  readonly maxEntries: number;
  readonly maxBytes: number;
}

interface CachedAnswer {
  readonly body: string;
  readonly headers: Record<string, string>;
  readonly bytes: number;
}

const KEPT_HEADERS = ["content-type", "content-disposition", "x-attribution"];

export function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions): void {
  const answers = new Map<string, CachedAnswer>();
  let bytes = 0;
  let servedVersion = options.storeVersion();
  const etagOf = (url: string) => `"${options.storeVersion()}-${Buffer.from(url).toString("base64url").slice(-40)}"`;
  const cacheable = (method: string, url: string) => method === "GET" && url.startsWith("/api/v1/");

  app.addHook("onRequest", async (request, reply) => {
    if (!cacheable(request.method, request.url)) return;
    if (options.storeVersion() !== servedVersion) {
      answers.clear();
      bytes = 0;
      servedVersion = options.storeVersion();
    }
    const etag = etagOf(request.url);
    const cached = answers.get(request.url);
    if (!cached) return;
    // Refresh its place: the least recently used answer goes first.
    answers.delete(request.url);
    answers.set(request.url, cached);
    if (request.headers["if-none-match"] === etag) return reply.code(304).header("etag", etag).send();
    return reply.headers({ ...cached.headers, etag, "x-cache": "hit" }).send(cached.body);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    if (
      !cacheable(request.method, request.url) ||
      reply.statusCode !== 200 ||
      typeof payload !== "string" ||
      reply.getHeader("x-cache")
    )
      return payload;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    const size = Buffer.byteLength(payload);
    if (size <= options.maxBytes / 10) {
      answers.set(request.url, { body: payload, headers, bytes: size });
      bytes += size;
      for (const [url, answer] of answers) {
        if (answers.size <= options.maxEntries && bytes <= options.maxBytes) break;
        answers.delete(url);
        bytes -= answer.bytes;
      }
    }
    reply.header("etag", etagOf(request.url));
    return payload;
  });
}
