import { randomUUID } from "node:crypto";
import fastifyCompress from "@fastify/compress";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from "fastify";
import { hasZodFastifySchemaValidationErrors, validatorCompiler } from "fastify-type-provider-zod";
import type { ApiContext } from "./context.js";
import { CursorError } from "./cursor.js";
import { registerList } from "./list-route.js";
import { LIST_RESOURCES } from "./resources.js";
import { registerExportControlRoutes } from "./routes/export-control.js";
import { registerGeopoliticsRoutes } from "./routes/geopolitics.js";
import { registerSimulationRoutes } from "./routes/simulations.js";
import { registerIndicatorRoutes } from "./routes/indicators.js";
import { registerObligationRoutes } from "./routes/obligations.js";
import { registerMetaRoutes } from "./routes/meta.js";
import { contractSerializer, contractTransform } from "./openapi.js";
import { registerResponseCache } from "./response-cache.js";
import { DEFAULT_LIMITS, type ServerLimits } from "./hardening/limits.js";
import { ParseBusyError, ParseTimeoutError } from "./hardening/parse-thread.js";
import { registerRateLimits } from "./hardening/rate-limits.js";
import { LOOPBACK_HOSTS, registerRequestGuards } from "./hardening/request-guards.js";
import { registerSecurityHeaders } from "./hardening/security-headers.js";
import { requireQuerySchemas } from "./hardening/strict-queries.js";
import { watchStore, type StoreWatchOptions } from "./store-watch.js";
import { IndicatorParamError } from "../indicators/params.js";
import { isStoreUnavailable, RETRY_AFTER_SECONDS } from "../db/store-unavailable.js";

export interface AppOptions {
  /** Fastify's structured logger (`wedloop serve --log-level`); off by default. */
  readonly logger?: FastifyServerOptions["logger"];
  /** Body, header, time, connection and rate limits (docs/api.md); the defaults suit a public server. */
  readonly limits?: Partial<ServerLimits>;
  /** Host names the server answers to (DNS-rebinding guard), or "any"; loopback names by default. */
  readonly allowedHosts?: readonly string[] | "any";
  /** Keep GET answers by URL (the store is immutable while the server runs); on by default. */
  readonly cacheResponses?: boolean;
  /** Notice a rebuild of the store under the running server (wedloop serve); off in tests that build once. */
  readonly watchStore?: StoreWatchOptions;
  /** Extra routes (the web dashboard's files, later engines) registered after the API. */
  readonly plugins?: readonly ((app: FastifyInstance) => Promise<void> | void)[];
}

/** Client errors raised by Fastify and the plugins, with the name the API gives them. */
const CLIENT_ERRORS: Readonly<Record<number, { error: string; parameter?: string }>> = {
  400: { error: "bad_request", parameter: "body" },
  408: { error: "request_timeout" },
  413: { error: "payload_too_large", parameter: "body" },
  415: { error: "unsupported_media_type", parameter: "content-type" },
  429: { error: "rate_limited" },
};

/** "/limit" or "/country/0" -> "limit" / "country". */
function parameterOf(instancePath: string | undefined, fallback: string): string {
  const name = (instancePath ?? "").split("/").filter(Boolean)[0];
  return name ?? fallback;
}

/** The HTTP API: every route validates its input with zod and is described in the generated OpenAPI. */
export async function buildApp(context: ApiContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: limits.bodyBytes,
    connectionTimeout: limits.idleTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    http: {
      maxHeaderSize: limits.headerBytes,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Node checks the two timeouts above this often (30 s by default, which lets slow sockets linger).
      connectionsCheckingInterval: 1_000,
    },
    routerOptions: {
      querystringParser: (text) => Object.fromEntries(new URLSearchParams(text)),
      maxParamLength: 500,
    },
  });
  // Beyond this many sockets new ones are closed at once, long before the process runs out of descriptors.
  app.server.maxConnections = limits.connections;
  app.setValidatorCompiler(validatorCompiler);
  // Every answer is parsed with its response schema from src/contract before it is written.
  app.setSerializerCompiler(contractSerializer);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0]!;
      // A misspelt parameter is named itself rather than reported as a problem of the whole query string.
      const unknownKeys =
        issue.keyword === "unrecognized_keys" ? (issue.params as { keys?: string[] }).keys : undefined;
      const parameter = unknownKeys?.[0] ?? parameterOf(issue.instancePath, error.validationContext ?? "request");
      const message = unknownKeys
        ? "unknown parameter; see /openapi.json for the parameters this endpoint takes"
        : issue.message;
      return reply.code(400).send({ error: "bad_request", parameter, message: `${parameter}: ${message}` });
    }
    if (error instanceof IndicatorParamError) {
      return reply.code(error.parameter === "id" ? 404 : 400).send({
        error: error.parameter === "id" ? "not_found" : "bad_request",
        parameter: error.parameter,
        message: error.message,
      });
    }
    if (error instanceof ParseBusyError)
      return reply
        .code(error.clientShareFull ? 429 : 503)
        .header("retry-after", "5")
        .send({ error: error.clientShareFull ? "rate_limited" : "busy", message: error.message });
    if (error instanceof ParseTimeoutError)
      return reply.code(400).send({ error: "bad_request", parameter: "body", message: `body: ${error.message}` });
    if (error instanceof CursorError)
      return reply.code(error.status).send({
        error: error.status === 410 ? "gone" : "bad_request",
        parameter: "cursor",
        message: `cursor: ${error.message}`,
      });
    if (error.statusCode && error.statusCode < 500) {
      const known = CLIENT_ERRORS[error.statusCode];
      return reply.code(error.statusCode).send({
        error: known?.error ?? "bad_request",
        ...(known?.parameter ? { parameter: known.parameter } : {}),
        message: known?.parameter ? `${known.parameter}: ${error.message}` : error.message,
      });
    }
    if (isStoreUnavailable(error)) {
      request.log.warn({ err: error }, "store unavailable");
      return reply
        .code(503)
        .header("retry-after", String(RETRY_AFTER_SECONDS))
        .send({
          error: "unavailable",
          message: `the database cannot be reached just now; try again in ${RETRY_AFTER_SECONDS} s`,
        });
    }
    request.log.error({ err: error }, "internal error");
    return reply.code(500).send({
      error: "internal",
      message: `internal error; the server log has it under request id ${request.id}`,
      request_id: request.id,
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: "not_found", message: `no route ${request.method} ${request.url.split("?")[0]}` }),
  );

  requireQuerySchemas(app);
  await registerSecurityHeaders(app);
  registerRequestGuards(app, { limits, allowedHosts: options.allowedHosts ?? LOOPBACK_HOSTS });
  await registerRateLimits(app, limits);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Wedloop API",
        description:
          "The geopolitical AI race between the US, China and Europe, measured. Lists are `{data, total, next}` with cursor pagination; every list has a `.csv` twin. Epoch AI data is CC BY 4.0.",
        version: context.codeVersion,
      },
    },
    transform: contractTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  if (options.watchStore) watchStore(app, context, options.watchStore);
  if (options.cacheResponses ?? true)
    registerResponseCache(app, {
      storeVersion: () => context.storeVersion,
      maxEntries: 2000,
      maxBytes: 64 * 1024 * 1024,
    });
  // After the cache, whose onSend keeps the uncompressed text. Brotli at quality 4 costs about what gzip does.
  await app.register(fastifyCompress, { encodings: ["br", "gzip"], threshold: 1024 });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  registerMetaRoutes(app, context);
  registerIndicatorRoutes(app, context);
  registerExportControlRoutes(app, context);
  registerObligationRoutes(app, context);
  registerGeopoliticsRoutes(app, context);
  registerSimulationRoutes(app, context);
  for (const resource of LIST_RESOURCES) registerList(app, context, resource as never);
  for (const plugin of options.plugins ?? []) await plugin(app);
  await app.ready();
  return app;
}
