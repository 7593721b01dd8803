/**
 * Issue 17, the server under hostile input: limits, origin checks, headers, contract slips. Each test here
 * failed before the guards were added. The store is built from the small fixture (with one cluster renamed
 * to a formula) so that the file stays fast; PostgreSQL runs the NUL-byte checks too.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { AppOptions } from "../../src/api/app.js";
import { startTestApi, useTestApi } from "../support/harness.js";
import { DATA_DIR, SMALL_EPOCH_DIR, tempDir } from "../support/paths.js";
import { testStores, type TestStore } from "../support/stores.js";

const SCENARIO = "name: hardening test\nruns: 20\nseed: 1\nhorizon: 2030\n";
const PROFILE_YAML = readFileSync(join(DATA_DIR, "..", "examples", "profiles", "frontier-model-us-eu.yaml"), "utf8");

/** The small fixture with one cluster named like a spreadsheet formula. */
function hostileEpochDir(): string {
  const dir = tempDir("epoch-hostile");
  cpSync(SMALL_EPOCH_DIR, dir, { recursive: true });
  const clusters = join(dir, "gpu_clusters.csv");
  writeFileSync(clusters, readFileSync(clusters, "utf8").replace("\nCluster A,", "\n=1+2*3 Cluster,"));
  return dir;
}

describe.each(testStores())("the server's guards on $name", (testStore: TestStore) => {
  const api = useTestApi(testStore, hostileEpochDir());
  const appWith = (options: AppOptions) => api.appWith(options);

  it("refuses NUL bytes in a search or an id with 400, never 500", async () => {
    for (const url of ["/api/v1/models?q=a%00b", "/api/v1/models/a%00b", "/api/v1/facts?entity=x%00"]) {
      const response = await api.app.inject(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().message).toMatch(/NUL byte/);
    }
    expect((await api.app.inject("/api/v1/models?q=a%00b")).json().parameter).toBe("q");
  });

  it.runIf(testStore.name === "sqlite")("refuses unknown parameters on every GET route of the API", async () => {
    const openapi = (await api.app.inject("/openapi.json")).json() as { paths: Record<string, { get?: unknown }> };
    const routes = Object.entries(openapi.paths)
      .filter(([, methods]) => methods.get)
      .map(([route]) => route.replace(/\{(\w+)\}/g, ":$1"));
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) {
      const url = route.replace(":id.csv", "notable-models-per-year.csv").replace(":id", "x");
      const response = await api.app.inject(`${url}?bogus_parameter=1`);
      expect([400, 404], url).toContain(response.statusCode);
    }
    for (const url of ["/api/v1/indicators", "/api/v1/-/version", "/api/v1/simulations/presets"]) {
      const response = await api.app.inject(`${url}?bogus=1`);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().parameter, url).toBe("bogus");
    }
  });

  it.runIf(testStore.name === "sqlite")("takes only calendar dates, in order", async () => {
    const bad = await api.app.inject("/api/v1/models?from=2023-02-31");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().parameter).toBe("from");
    const reversed = await api.app.inject("/api/v1/facts?from=2024-05&to=2023");
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().message).toMatch(/from: must not be after `to`/);
    expect((await api.app.inject("/api/v1/facts?from=2024-02-29&to=2024")).statusCode).toBe(200);
    expect((await api.app.inject("/api/v1/facts?from=2023&to=2023")).statusCode).toBe(200);
  });

  it.runIf(testStore.name === "sqlite")("sends security headers, and the request id", async () => {
    const response = await api.app.inject("/api/v1/blocs");
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.runIf(testStore.name === "sqlite")("answers only to its own host names (DNS rebinding)", async () => {
    const foreign = await api.app.inject({ url: "/api/v1/blocs", headers: { host: "attacker.example:8080" } });
    expect(foreign.statusCode).toBe(421);
    expect((await api.app.inject({ url: "/api/v1/blocs", headers: { host: "127.0.0.1:8080" } })).statusCode).toBe(200);
    expect((await api.app.inject({ url: "/api/v1/blocs", headers: { host: "localhost" } })).statusCode).toBe(200);
    const named = await appWith({ allowedHosts: ["wedloop.example.org"] });
    expect((await named.inject({ url: "/api/v1/blocs", headers: { host: "wedloop.example.org" } })).statusCode).toBe(
      200,
    );
    expect((await named.inject({ url: "/api/v1/blocs", headers: { host: "localhost" } })).statusCode).toBe(421);
  });

  it.runIf(testStore.name === "sqlite")(
    "runs no simulation for a cross-site or text/plain POST",
    async () => {
      const plain = await api.app.inject({
        method: "POST",
        url: "/api/v1/simulations",
        headers: { "content-type": "text/plain" },
        payload: SCENARIO,
      });
      expect(plain.statusCode).toBe(415);
      expect(plain.json().parameter).toBe("content-type");
      const form = await api.app.inject({
        method: "POST",
        url: "/api/v1/obligations",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: "a=1",
      });
      expect(form.statusCode).toBe(415);
      const crossSite = await api.app.inject({
        method: "POST",
        url: "/api/v1/simulations",
        headers: { "content-type": "text/yaml", origin: "https://attacker.example", host: "127.0.0.1:8080" },
        payload: SCENARIO,
      });
      expect(crossSite.statusCode).toBe(403);
      expect(crossSite.json().parameter).toBe("origin");
      const sameSite = await api.app.inject({
        method: "POST",
        url: "/api/v1/simulations",
        headers: { "content-type": "text/yaml", origin: "http://127.0.0.1:8080", host: "127.0.0.1:8080" },
        payload: SCENARIO,
      });
      expect(sameSite.statusCode).toBe(200);
    },
    60_000,
  );

  it.runIf(testStore.name === "sqlite")(
    "limits bodies per route: profiles and checks 16 KB, scenarios 64 KB",
    async () => {
      const padding = (bytes: number) => `# ${"x".repeat(bytes)}\n`;
      const big = await api.app.inject({
        method: "POST",
        url: "/api/v1/obligations?date=2026-01-01",
        headers: { "content-type": "text/yaml" },
        payload: padding(20_000) + PROFILE_YAML,
      });
      expect(big.statusCode).toBe(413);
      expect(big.json()).toMatchObject({ error: "payload_too_large", parameter: "body" });
      const scenario = (bytes: number) =>
        api.app.inject({
          method: "POST",
          url: "/api/v1/simulations",
          headers: { "content-type": "text/yaml" },
          payload: padding(bytes) + SCENARIO,
        });
      expect((await scenario(70_000)).statusCode).toBe(413);
      expect((await scenario(40_000)).statusCode).toBe(200);
    },
    60_000,
  );

  it.runIf(testStore.name === "sqlite")(
    "answers 400, never 500, to alias bombs, broken aliases and deep nesting",
    async () => {
      const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"]
        .concat(
          "bcdefghi"
            .split("")
            .map((name, index) => `${name}: &${name} [${Array(9).fill(`*${"abcdefghi"[index]}`).join(", ")}]`),
        )
        .join("\n");
      const bodies: [string, string][] = [
        ["text/yaml", "name: x\nruns: *nowhere\n"],
        ["text/yaml", bomb],
        ["text/yaml", `${"- ".repeat(20_000)}x`],
        ["text/yaml", `${"[".repeat(5_000)}${"]".repeat(5_000)}`],
        ["application/json", `${"[".repeat(5_000)}${"]".repeat(5_000)}`],
        ["application/json", `{"name": ${'{"a":'.repeat(2_000)}1${"}".repeat(2_000)}}`],
        ["application/json", "{not json"],
      ];
      for (const url of ["/api/v1/simulations", "/api/v1/obligations?date=2026-01-01", "/api/v1/export-control/check"])
        for (const [type, payload] of bodies) {
          const target = type === "application/json" ? url.split("?")[0]! : url;
          const response = await api.app.inject({
            method: "POST",
            url: target,
            headers: { "content-type": type },
            payload,
          });
          expect(response.statusCode, `${target} ${payload.slice(0, 30)}`).toBeGreaterThanOrEqual(400);
          expect(response.statusCode, `${target} ${payload.slice(0, 30)}`).toBeLessThan(500);
        }
    },
    60_000,
  );

  it.runIf(testStore.name === "sqlite")(
    "takes a YAML profile with ?date= as the CLI does, with the JSON answer",
    async () => {
      const yaml = await api.app.inject({
        method: "POST",
        url: "/api/v1/obligations?date=2026-09-01",
        headers: { "content-type": "text/yaml" },
        payload: PROFILE_YAML,
      });
      expect(yaml.statusCode).toBe(200);
      const { parse } = await import("yaml");
      const json = await api.app.inject({
        method: "POST",
        url: "/api/v1/obligations",
        payload: { profile: parse(PROFILE_YAML) as unknown, date: "2026-09-01" },
      });
      expect(yaml.json()).toEqual(json.json());
      const noDate = await api.app.inject({
        method: "POST",
        url: "/api/v1/obligations",
        headers: { "content-type": "text/yaml" },
        payload: PROFILE_YAML,
      });
      expect(noDate.statusCode).toBe(400);
      expect(noDate.json().parameter).toBe("date");
      const wrongField = await api.app.inject({
        method: "POST",
        url: "/api/v1/obligations?date=2026-09-01",
        headers: { "content-type": "text/yaml" },
        payload: `${PROFILE_YAML}\nrolez: [provider]\n`,
      });
      expect(wrongField.statusCode).toBe(400);
      expect(wrongField.json().message).toMatch(/profile\.rolez: line \d+/);
    },
  );

  it.runIf(testStore.name === "sqlite")("neutralises spreadsheet formulas in CSV exports", async () => {
    const csv = (await api.app.inject("/api/v1/clusters.csv")).body;
    expect(csv).toContain("'=1+2*3 Cluster");
    for (const line of csv.split("\n")) for (const cell of line.split(",")) expect(cell).not.toMatch(/^"?[=+@]/);
    expect(
      (await api.app.inject("/api/v1/clusters?q=Cluster")).json().data.map((row: { name: string }) => row.name),
    ).toContain("=1+2*3 Cluster");
  });

  it.runIf(testStore.name === "sqlite")("limits expensive requests per client with 429 and Retry-After", async () => {
    const limited = await appWith({ limits: { expensivePerMinute: 3 } });
    const check = (remoteAddress: string) =>
      limited.inject({
        method: "POST",
        url: "/api/v1/obligations?date=2026-09-01",
        headers: { "content-type": "text/yaml" },
        payload: PROFILE_YAML,
        remoteAddress,
      });
    const statuses: number[] = [];
    let retryAfter: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await check("10.0.0.1");
      statuses.push(response.statusCode);
      retryAfter ??= response.headers["retry-after"];
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect((await check("10.0.0.2")).statusCode).toBe(200);
    expect((await limited.inject("/api/v1/blocs")).statusCode).toBe(200);
  });

  it.runIf(testStore.name === "sqlite")("compresses JSON with brotli or gzip", async () => {
    for (const encoding of ["br", "gzip"]) {
      const response = await api.app.inject({ url: "/api/v1/sources", headers: { "accept-encoding": encoding } });
      expect(response.headers["content-encoding"]).toBe(encoding);
      expect(Number(response.rawPayload.length)).toBeLessThan(
        JSON.stringify(JSON.parse((await api.app.inject("/api/v1/sources")).body)).length / 2,
      );
    }
  });

  it.runIf(testStore.name === "sqlite")("returns and logs a request id with a 500", async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const failing = await appWith({
      logger: { level: "info", stream },
      plugins: [
        (instance) => {
          instance.get("/api/v1/-/fail", { schema: { hide: true } }, () => {
            throw new Error("boom for the test");
          });
        },
      ],
    });
    const response = await failing.inject("/api/v1/-/fail");
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body.request_id).toBe(response.headers["x-request-id"]);
    expect(body.message).toContain(body.request_id);
    const logged = lines.map(
      (line) => JSON.parse(line) as { reqId?: string; level: number; err?: { message: string } },
    );
    expect(
      logged.some(
        (entry) => entry.reqId === body.request_id && entry.level === 50 && entry.err?.message === "boom for the test",
      ),
    ).toBe(true);
  });

  it.runIf(testStore.name === "sqlite")(
    "says when Epoch data is missing instead of computing from zero records",
    async () => {
      const version = (await api.app.inject("/api/v1/-/version")).json();
      expect(version.epoch_data.status).toBe("partial");
      // SQLite only: closing the empty store's app drops nothing of the suite's store.
      const emptyApi = await startTestApi(testStore, tempDir("epoch-none"));
      try {
        const empty = emptyApi.app;
        expect((await empty.inject("/api/v1/-/version")).json().epoch_data.status).toBe("missing");
        const indicator = (await empty.inject("/api/v1/indicators/notable-models-per-year")).json();
        expect(indicator.data.missing_data).toEqual(["models"]);
        const full = (await api.app.inject("/api/v1/indicators/notable-models-per-year")).json();
        expect(full.data.missing_data).toEqual([]);
      } finally {
        await emptyApi.close();
      }
    },
    60_000,
  );

  it.runIf(testStore.name === "sqlite")(
    "gives a refused HEAD no body, and cuts slow bodies off",
    async () => {
      const slow = await appWith({ limits: { requestTimeoutMs: 1_000, headersTimeoutMs: 1_000 } });
      const address = await slow.listen({ port: 0, host: "127.0.0.1" });
      const { port } = new URL(address);
      const head = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = httpRequest(
          { host: "127.0.0.1", port, method: "HEAD", path: "/api/v1/models?bogus=1" },
          (response) => {
            let body = "";
            response.on("data", (chunk) => (body += String(chunk)));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
          },
        );
        request.on("error", reject);
        request.end();
      });
      expect(head).toEqual({ status: 400, body: "" });
      const started = performance.now();
      const status = await new Promise<number | string>((resolve) => {
        const request = httpRequest(
          {
            host: "127.0.0.1",
            port,
            method: "POST",
            path: "/api/v1/simulations",
            headers: { "content-type": "text/yaml", "content-length": "1000" },
          },
          (response) => resolve(response.statusCode ?? 0),
        );
        request.on("error", (error) => resolve((error as NodeJS.ErrnoException).code ?? "error"));
        request.write("name: slow\n");
      });
      expect([408, "ECONNRESET"]).toContain(status);
      expect(performance.now() - started).toBeLessThan(5_000);
    },
    30_000,
  );
});
