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

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
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
`,
    );
    const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    const compiled = await run(process.execPath, [tsc, "--noEmit", "--strict", "--skipLibCheck", join(dir, "calls.ts")])
      .then(() => "")
      .catch((error: { stdout?: string }) => error.stdout ?? String(error));
    expect(compiled).toBe("");
  }, 60_000);
});
