import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startServer } from "../../src/cli/commands/serve.js";
import { main } from "../../src/cli/main.js";
import { resolveSettings } from "../../src/cli/settings.js";
import { captureIo } from "../support/harness.js";
import { DATA_DIR, EPOCH_FIXTURE_DIR, tempDir } from "../support/paths.js";

const homeEnv = (extra: NodeJS.ProcessEnv = {}) => ({ WEDLOOP_HOME: tempDir("home"), WEDLOOP_OFFLINE: "1", ...extra });

describe("wedloop CLI", () => {
  it("build --json prints one JSON object with a summary per dataset", async () => {
    const io = captureIo(homeEnv({ WEDLOOP_EPOCH_DIR: EPOCH_FIXTURE_DIR }));
    expect(await main(["build", "--json"], io)).toBe(0);
    const summary = JSON.parse(io.out()) as {
      summary: { id: string; rowsRead: number; rowsStored: number; rowsQuarantined: number; rowsMerged: number }[];
      snapshotId: string;
    };
    expect(summary.summary).toHaveLength(14);
    for (const entry of summary.summary)
      expect(entry.rowsRead).toBe(entry.rowsStored + entry.rowsQuarantined + entry.rowsMerged);
  });

  it("build prints a table per dataset, then quarantine and sources read the store", async () => {
    const env = homeEnv({ WEDLOOP_EPOCH_DIR: EPOCH_FIXTURE_DIR });
    const io = captureIo(env);
    expect(await main(["build"], io)).toBe(0);
    expect(io.out()).toMatch(/^dataset\s+status\s+read\s+stored\s+quarantined\s+merged\s+time/m);
    expect(io.out()).toMatch(/^notable_ai_models\s+loaded\s+\d+/m);
    const sources = captureIo(env);
    expect(await main(["sources"], sources)).toBe(0);
    expect(sources.out()).toContain("epoch-notable-ai-models");
    expect(sources.out()).toContain("seed-blog-ai-geopolitiek-2025");
    const quarantine = captureIo(env);
    expect(await main(["quarantine", "--json"], quarantine)).toBe(0);
    expect(Array.isArray(JSON.parse(quarantine.out()))).toBe(true);
  });

  it("says how to load the datasets when there are none", async () => {
    const io = captureIo(homeEnv());
    expect(await main(["build"], io)).toBe(0);
    expect(io.err()).toMatch(/14 Epoch AI dataset\(s\) not found/);
    expect(io.err()).toContain("wedloop data pull");
    expect(io.err()).toContain("WEDLOOP_EPOCH_DIR");
  });

  it.each([[["bogus"]], [["build", "--nope"]], [["serve", "--port", "http"]], [["data", "pull", "--retries", "-1"]]])(
    "exits 2 on bad usage: %j",
    async (argv) => {
      const io = captureIo(homeEnv());
      expect(await main(argv, io)).toBe(2);
      expect(io.err()).not.toBe("");
    },
  );

  it("exits 0 for --help and --version", async () => {
    expect(await main(["--help"], captureIo(homeEnv()))).toBe(0);
    expect(await main(["build", "--help"], captureIo(homeEnv()))).toBe(0);
    expect(await main(["--version"], captureIo(homeEnv()))).toBe(0);
  });

  it("stops on an invalid curated file, naming file, line and field, and writes nothing", async () => {
    const data = join(tempDir("data"), "data");
    cpSync(DATA_DIR, data, { recursive: true });
    writeFileSync(
      join(data, "facts", "broken.yaml"),
      "facts:\n  - id: x\n    kind: event\n    date: 2024\n    event_kind: other\n    title_en: t\n    title_nl: t\n    confidence: certain\n    source: seed-blog-ai-geopolitiek-2025\n    quote: q\n",
    );
    const io = captureIo(homeEnv());
    expect(await main(["build", "--data-dir", data], io)).toBe(1);
    expect(io.err()).toContain("data/facts/broken.yaml:8: facts[0].confidence");
    expect(io.err()).toContain("previous store is unchanged");
  });

  it("quarantine without a store says to build first", async () => {
    const io = captureIo(homeEnv());
    expect(await main(["quarantine"], io)).toBe(1);
    expect(io.err()).toContain("wedloop build");
  });

  it("serve builds a missing store, serves the API, and rebuilds only when inputs change", async () => {
    const env = homeEnv({ WEDLOOP_EPOCH_DIR: EPOCH_FIXTURE_DIR });
    const io = captureIo(env);
    const server = await startServer(resolveSettings({}, env), { port: 0, host: "127.0.0.1" }, io, "test");
    try {
      expect(io.err()).toContain("Building the store");
      const version = (await (await fetch(`${server.url}/api/v1/-/version`)).json()) as { datasets: unknown[] };
      expect(version.datasets).toHaveLength(14);
    } finally {
      await server.close();
    }
    const again = captureIo(env);
    const second = await startServer(resolveSettings({}, env), { port: 0, host: "127.0.0.1" }, again, "test");
    await second.close();
    expect(again.err()).not.toContain("Building the store");
  });

  it("serve starts offline with no Epoch data and serves the curated facts", async () => {
    const env = homeEnv();
    const io = captureIo(env);
    const server = await startServer(resolveSettings({}, env), { port: 0, host: "127.0.0.1" }, io, "test");
    try {
      expect(io.err()).toContain("wedloop data pull");
      const facts = (await (await fetch(`${server.url}/api/v1/facts?limit=1`)).json()) as { total: number };
      expect(facts.total).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
