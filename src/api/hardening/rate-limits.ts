import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance, RouteOptions } from "fastify";
import type { ServerLimits } from "./limits.js";

/** Requests per client per minute for a route, or null for cheap routes (answered from the cache). */
export function rateLimitOf(route: Pick<RouteOptions, "method" | "url">, limits: ServerLimits): number | null {
  const methods = [route.method].flat();
  if (!route.url.startsWith("/api/v1/")) return null;
  if (methods.includes("POST"))
    return route.url === "/api/v1/simulations" ? limits.simulationsPerMinute : limits.expensivePerMinute;
  if (route.url.endsWith(".csv") || route.url === "/api/v1/simulations/backtest") return limits.expensivePerMinute;
  return null;
}

/**
 * Per-client (IP) limits on the expensive routes: simulations, checks and assessments, CSV exports. A client
 * over its limit gets 429 with `Retry-After`; other clients are not affected.
 */
export async function registerRateLimits(app: FastifyInstance, limits: ServerLimits): Promise<void> {
  // Runs before the plugin's own onRoute hook, which reads config.rateLimit.
  app.addHook("onRoute", (route) => {
    const max = rateLimitOf(route, limits);
    if (max !== null) route.config = { ...route.config, rateLimit: { max, timeWindow: 60_000 } };
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: "rate_limited",
      message: `at most ${context.max} such requests per minute per client; try again in ${context.after}`,
    }),
  });
}
