import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Vite names built files `name-<hash>.ext` under assets/: such a file never changes, so clients keep it. */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html and unhashed files: always revalidated, so a new build is picked up at once. */
export const REVALIDATE = "no-cache";

export function cacheControlFor(path: string): string {
  return HASHED_ASSET.test(path.replaceAll("\\", "/")) ? IMMUTABLE : REVALIDATE;
}

/**
 * Serves the built dashboard (web/dist) from the API's port. Paths outside /api that are not files get
 * index.html, so the dashboard's own routes survive a reload or a shared link.
 */
export function webAssets(distDir: string) {
  return async (app: FastifyInstance): Promise<void> => {
    if (!existsSync(join(distDir, "index.html"))) {
      app.get("/", async (_request, reply) =>
        reply
          .type("text/plain; charset=utf-8")
          .send("Wedloop API is running; the dashboard is not built (run `npm run build`). API docs: /api/docs\n"),
      );
      return;
    }
    await app.register(fastifyStatic, {
      root: distDir,
      prefix: "/",
      wildcard: false,
      index: ["index.html"],
      cacheControl: false,
      setHeaders: (response, path) => response.header("cache-control", cacheControlFor(path)),
    });
    // Files are routed one by one (wildcard: false); any other page path is a dashboard route.
    app.get("/*", { schema: { hide: true } }, async (request, reply) => {
      const path = request.url.split("?")[0]!;
      if (path.startsWith("/api/") || path.includes(".")) return reply.callNotFound();
      return reply.header("cache-control", REVALIDATE).sendFile("index.html");
    });
  };
}
