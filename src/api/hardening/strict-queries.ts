import type { FastifyInstance } from "fastify";
import { noQuery } from "../../contract/common.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The handler checks its own query parameters (indicators: each has its own). */
    readonly ownQueryCheck?: boolean;
  }
}

/**
 * Every GET route of the API validates its query: a route that takes no parameters refuses any (400 naming
 * it), so a misspelt filter is never silently ignored.
 */
export function requireQuerySchemas(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    const methods = [route.method].flat();
    if (!methods.includes("GET") || !route.url.startsWith("/api/v1/") || route.config?.ownQueryCheck) return;
    if (route.schema?.querystring) return;
    route.schema = { ...route.schema, querystring: noQuery };
  });
}
