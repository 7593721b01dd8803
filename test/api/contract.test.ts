/**
 * The HTTP contract as a client sees it: every operation in /openapi.json describes its answer, and a client
 * generated from the document with openapi-typescript type-checks typed calls (a field of the wrong type or a
 * response typed `unknown` fails the compile). The app is built on an empty in-memory store: generating the
 * document reads no data, so this runs in any clone.
 */
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { FastifyInstance } from "fastify";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.js";
import { sqliteKysely } from "../../src/db/connect.js";
import { REPO_ROOT, tempDir } from "../support/paths.js";

type Media = Record<string, { schema?: unknown }>;
type Operation = {
  parameters?: { name: string; in: string; explode?: boolean; schema?: { type?: string } }[];
  requestBody?: { content?: Media };
  responses?: Record<string, { content?: Media }>;
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

const run = promisify(execFile);

describe("the HTTP contract", () => {
  let app: FastifyInstance;
  let document: OpenApi;
  const db = sqliteKysely(":memory:");
  beforeAll(async () => {
    app = await buildApp(
      { db, codeVersion: "test", snapshotId: "none", snapshotDate: null, attribution: "", storeVersion: "none" },
      { cacheResponses: false },
    );
    document = (await app.inject("/openapi.json")).json() as OpenApi;
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
    );

  it("describes the answer of every operation", () => {
    const all = operations();
    const described = all.filter(({ operation }) => {
      const ok = operation.responses?.["200"]?.content ?? {};
      return Object.values(ok).some((media) => media.schema !== undefined);
    });
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(all.filter((entry) => !described.includes(entry)).map((entry) => entry.name)).toEqual([]);
  });

  it("describes the input of every operation that takes some, and the others refuse any", async () => {
    const all = operations();
    const withParameters = all.filter(({ operation }) => (operation.parameters ?? []).length > 0);
    const withBody = all.filter(({ operation }) =>
      Object.values(operation.requestBody?.content ?? {}).some(
        (media) => media.schema !== undefined && JSON.stringify(media.schema) !== "{}",
      ),
    );
    // Every POST describes its body; every path parameter is described.
    expect(all.filter(({ name }) => name.startsWith("POST ")).map(({ name }) => name)).toEqual(
      withBody.map(({ name }) => name),
    );
    for (const { name, operation } of all)
      for (const [, parameter] of name.matchAll(/\{(\w+)\}/g))
        expect(
          operation.parameters?.some((described) => described.name === parameter && described.in === "path"),
          name,
        ).toBe(true);
    // A list in a query is comma-separated, and described so: a generated client joins the values with commas.
    const lists = all.flatMap(({ name, operation }) =>
      (operation.parameters ?? [])
        .filter((parameter) => parameter.in === "query" && parameter.schema?.type === "array")
        .map((parameter) => ({ at: `${name} ${parameter.name}`, explode: parameter.explode })),
    );
    expect(lists.length).toBeGreaterThan(20);
    expect(lists.filter((list) => list.explode !== false)).toEqual([]);
    const described = new Set([...withParameters, ...withBody]);
    expect(described.size).toBeGreaterThanOrEqual(53);
    // An operation that describes no input takes none: an unknown query parameter is refused, by name.
    for (const { name } of all.filter((entry) => !described.has(entry))) {
      const [method, path] = name.split(" ") as [string, string];
      expect(method, name).toBe("GET");
      const response = await app.inject(`${path}?unexpected=1`);
      expect([response.statusCode, response.json().parameter], name).toEqual([400, "unexpected"]);
    }
  });

  it("answers CSV twins as text/csv and everything else as JSON", () => {
    for (const { name, operation } of operations()) {
      const media = Object.keys(operation.responses?.["200"]?.content ?? {});
      expect(media, name).toEqual([name.endsWith(".csv") ? "text/csv" : "application/json"]);
    }
  });

  it("gives a generated client typed answers", async () => {
    const dir = tempDir("contract");
    writeFileSync(join(dir, "api.d.ts"), astToString(await openapiTS(document as never)));
    // Each assignment fails the compile if the generated answer type is unknown or has another shape.
    writeFileSync(
      join(dir, "calls.ts"),
      `import type { paths } from "./api";
type Json<Path extends keyof paths, Method extends "get" | "post"> = paths[Path] extends {
  [M in Method]: { responses: { 200: { content: { "application/json": infer Body } } } };
}
  ? Body
  : never;
type RequestBody<Path extends keyof paths> = paths[Path] extends {
  post: { requestBody: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;
type Query<Path extends keyof paths> = paths[Path] extends { get: { parameters: { query?: infer Params } } }
  ? NonNullable<Params>
  : never;
type CheckBody = RequestBody<"/api/v1/export-control/check">;
const customChip: CheckBody = {
  chip: { name: "custom", tpp: 4800, datacenter: true },
  destination: "CN",
  date: "2025-01-15",
};
// @ts-expect-error the chip's TPP is a number: a body typed unknown would take this and fail the compile here
const wrongChip: CheckBody = { chip: { tpp: "high" }, destination: "CN", date: "2025-01-15" };
const profile: RequestBody<"/api/v1/obligations"> = {
  profile: { roles: ["provider"], general_purpose: true },
  date: "2026-11-27",
};
// @ts-expect-error a scenario's runs are a number
const scenario: RequestBody<"/api/v1/simulations"> = { name: "tighter", runs: "many" };
const chipsQuery: Query<"/api/v1/export-control/chips"> = { to: "CN", date: "2025-01-15", status: ["controlled"] };
// @ts-expect-error the mode is enforced or as_written
const badMode: Query<"/api/v1/export-control/chips"> = { to: "CN", date: "2025-01-15", mode: "lenient" };
declare const version: Json<"/api/v1/-/version", "get">;
const status: "loaded" | "partial" | "missing" = version.epoch_data.status;
const rowsStored: number = version.datasets[0]!.rows_stored;
declare const indicator: Json<"/api/v1/indicators/{id}", "get">;
const metric: string = indicator.data.series.method.metric.nl;
const asOf: string | null = indicator.data.series.method.asOf;
declare const models: Json<"/api/v1/models", "get">;
const compute: number | null = models.data[0]!.training_compute_flop;
const next: string | null = models.next;
declare const check: Json<"/api/v1/export-control/check", "post">;
const kind: "no_licence" | "licence_required" | "licence_exception" | "indeterminate" = check.data.answer.kind;
declare const obligations: Json<"/api/v1/obligations", "post">;
const changed: number | undefined = obligations.data.diff?.changes.per_jurisdiction.length;
declare const groups: Json<"/api/v1/geopolitics/country-groups", "get">;
const category: string = groups.data.countries[0]!.category;
export const read = [status, rowsStored, metric, asOf, compute, next, kind, changed, category];
export const sent = [customChip, wrongChip, profile, scenario, chipsQuery, badMode];
`,
    );
    const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    const compiled = await run(process.execPath, [tsc, "--noEmit", "--strict", "--skipLibCheck", join(dir, "calls.ts")])
      .then(() => "")
      .catch((error: { stdout?: string }) => error.stdout ?? String(error));
    expect(compiled).toBe("");
  }, 60_000);
});
