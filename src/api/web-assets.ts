import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

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
    await app.register(fastifyStatic, { root: distDir, prefix: "/", wildcard: false, index: ["index.html"] });
    // Files are routed one by one (wildcard: false); any other page path is a dashboard route.
    app.get("/*", { schema: { hide: true } }, async (request, reply) => {
      const path = request.url.split("?")[0]!;
      if (path.startsWith("/api/") || path.includes(".")) return reply.callNotFound();
      return reply.sendFile("index.html");
    });
  };
}
