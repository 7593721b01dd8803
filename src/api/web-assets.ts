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
        reply.type("text/plain; charset=utf-8").send("Wedloop API is running; the dashboard is not built (run `npm run build`). API docs: /api/docs\n"),
      );
      return;
    }
    await app.register(fastifyStatic, { root: distDir, prefix: "/", wildcard: false, index: ["index.html"] });
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split("?")[0]!;
      if (request.method === "GET" && !path.startsWith("/api/") && !path.includes(".")) return reply.sendFile("index.html");
      return reply.code(404).send({ error: "not_found", message: `no route ${request.method} ${path}` });
    });
  };
}
