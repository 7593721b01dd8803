import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema, FastifySchemaCompiler } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import type { z } from "zod";
import { BodyStructureError, checkJsonStructure, checkYamlStructure } from "./body-structure.js";
import type { ServerLimits } from "./limits.js";
import { parseRefusal, setParseLimits } from "./parse-thread.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The body is checked and parsed on the parse thread (parse-thread.ts), not on the event loop. */
    bodyOffThread?: boolean;
  }
}

/** Content types a POST may carry: JSON, or YAML (a scenario or a profile, as the CLI reads them). */
export const YAML_TYPES = ["text/yaml", "application/yaml", "application/x-yaml"];
const BODY_TYPES = new Set(["application/json", ...YAML_TYPES]);

/** Host names a loopback server answers to; any other `Host` is a DNS-rebinding attempt. */
export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]", "::1"];

/** `example.org:8080` -> `example.org`; `[::1]:80` -> `[::1]`. */
export function hostnameOf(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith("[")) return trimmed.slice(0, trimmed.indexOf("]") + 1);
  return trimmed.replace(/:\d*$/, "");
}

function refuse(reply: FastifyReply, status: number, error: string, parameter: string, message: string) {
  return reply.code(status).send({ error, parameter, message: `${parameter}: ${message}` });
}

/** The query parameter (or the path) that holds a NUL byte, which no name, id or search ever contains. */
function nulParameter(request: FastifyRequest): string | null {
  if (!/%00|\0/i.test(request.url)) return null;
  const [path, query = ""] = request.url.split("?", 2) as [string, string?];
  if (/%00|\0/i.test(path)) return "path";
  for (const [name, value] of new URLSearchParams(query)) if (name.includes("\0") || value.includes("\0")) return name;
  return "query";
}

export interface GuardOptions {
  readonly limits: ServerLimits;
  /** Host names (without port) the server answers to, or "any" (bound to every interface, no names given). */
  readonly allowedHosts: readonly string[] | "any";
}

/**
 * Refuses what no real client sends, before any route work: a foreign `Host` (421), a cross-site or
 * non-JSON/YAML POST (403/415), NUL bytes in the URL (400), and JSON or YAML bodies too deep or with too
 * many aliases (400, checked before parsing).
 */
export function registerRequestGuards(app: FastifyInstance, options: GuardOptions): void {
  const allowed = options.allowedHosts === "any" ? null : new Set(options.allowedHosts.map(hostnameOf));
  const structure = { depth: options.limits.bodyDepth, aliases: options.limits.yamlAliases };

  app.addHook("onRoute", (route) => {
    // Scenarios may carry long descriptions and comments; everything else takes the (smaller) default.
    if (route.url === "/api/v1/simulations") route.bodyLimit ??= options.limits.scenarioBytes;
    if (route.config?.bodyOffThread) route.validatorCompiler = offThreadValidator;
  });

  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
    const host = request.headers.host;
    if (allowed && (host === undefined || !allowed.has(hostnameOf(host))))
      return refuse(reply, 421, "misdirected_request", "host", "this server does not answer to that host name");
    const nul = nulParameter(request);
    if (nul) return refuse(reply, 400, "bad_request", nul, "contains a NUL byte");
    if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return;
    const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (!BODY_TYPES.has(type))
      return refuse(
        reply,
        415,
        "unsupported_media_type",
        "content-type",
        "send application/json or text/yaml (text/plain and form posts are refused)",
      );
    const origin = request.headers.origin;
    if (origin !== undefined && (origin === "null" || !sameOrigin(origin, host)))
      return refuse(reply, 403, "forbidden", "origin", "cross-site requests are refused");
    // A body the parse thread would turn away is refused before its bytes are read.
    const refusal = offThread(request) ? parseRefusal(request.ip) : null;
    if (refusal) throw refusal;
  });

  setParseLimits(structure);
  app.removeContentTypeParser(["application/json", "text/plain"]);
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = body as string;
    if (offThread(request)) return done(null, text);
    try {
      checkJsonStructure(text, structure);
      done(null, text.trim() === "" ? undefined : JSON.parse(text));
    } catch (error) {
      done(bodyError(error), undefined);
    }
  });
  app.addContentTypeParser(YAML_TYPES, { parseAs: "string" }, (request, body, done) => {
    if (offThread(request)) return done(null, body);
    try {
      checkYamlStructure(body as string, structure);
      done(null, body);
    } catch (error) {
      done(bodyError(error), undefined);
    }
  });
}

/**
 * An off-thread route's query and path are validated here with their contract schemas; its body arrives as
 * text and is validated once, with the same contract schema, on the parse thread. Fastify's own body check is
 * skipped by design: it would need the body parsed on the event loop, the work the thread is there to take off
 * it (a 64 KB nested body costs tens to hundreds of milliseconds), and would validate the body a second time.
 */
const offThreadValidator: FastifySchemaCompiler<FastifySchema> = (route) =>
  route.httpPart === "body"
    ? (text) => ({ value: text })
    : validatorCompiler({ ...route, schema: route.schema as unknown as z.ZodType });

/** Routes whose bodies the parse thread checks and parses: here they are only received as text. */
function offThread(request: FastifyRequest): boolean {
  return request.routeOptions.config.bodyOffThread === true;
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

function bodyError(error: unknown): Error & { statusCode: number } {
  const message =
    error instanceof BodyStructureError ? error.message : `not valid JSON: ${(error as Error).message.split("\n")[0]}`;
  return Object.assign(new Error(message), { statusCode: 400 });
}
