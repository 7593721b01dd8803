import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { datasetUrl } from "../../src/ingest/loaders/dataset.js";
import { EPOCH_DATASETS } from "../../src/ingest/loaders/epoch-datasets.js";
import { pullDatasets, type PullEvent } from "../../src/ingest/pull.js";
import { MANIFEST_FILE, sha256 } from "../../src/ingest/read-epoch.js";
import { epochSnapshotDir, tempDir } from "../support/paths.js";

type Behaviour = "serve" | "cut-halfway" | "not-found" | "fail-once";

/** A local stand-in for epoch.ai/data: serves the snapshot at the public paths, or misbehaves on purpose. */
async function startServer(
  behaviour: (path: string, hits: number) => Behaviour,
): Promise<{ url: string; server: Server; hits: Map<string, number> }> {
  const snapshot = epochSnapshotDir();
  const byPath = new Map(
    EPOCH_DATASETS.map((dataset) => [new URL(datasetUrl(dataset, "http://x/data/")).pathname, dataset.file]),
  );
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = request.url!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const file = byPath.get(path);
    const mode = behaviour(path, hits.get(path)!);
    if (!file || mode === "not-found") return void response.writeHead(404).end("not found");
    const body = readFileSync(join(snapshot, file));
    if (mode === "fail-once") return void response.writeHead(503).end("busy");
    response.writeHead(200, { "content-type": "text/csv", "content-length": body.length });
    if (mode === "cut-halfway") {
      response.write(body.subarray(0, Math.floor(body.length / 2)));
      return void setTimeout(() => response.socket?.destroy(), 10);
    }
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`, server, hits };
}

let running: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (running ? running.close(() => resolve()) : resolve())));

const effects = (events: PullEvent[]) => ({
  fetch: globalThis.fetch,
  now: () => new Date("2026-11-27T10:00:00Z"),
  sleep: async () => {},
  onEvent: (event: PullEvent) => events.push(event),
});

describe("pullDatasets against a local HTTP server", () => {
  it("downloads every dataset, byte for byte, with a checksum per file in the manifest and progress events", async () => {
    const { url, server } = await startServer(() => "serve");
    running = server;
    const cache = tempDir("cache");
    const events: PullEvent[] = [];
    const result = await pullDatasets(
      { cacheDir: cache, baseUrl: url, datasets: EPOCH_DATASETS, timeoutMs: 5000, retries: 1 },
      effects(events),
    );
    expect(result.failed).toEqual([]);
    expect(result.downloaded).toHaveLength(EPOCH_DATASETS.length);
    const manifest = JSON.parse(readFileSync(join(cache, MANIFEST_FILE), "utf8")) as {
      files: Record<string, { sha256: string; downloaded: string }>;
    };
    for (const dataset of EPOCH_DATASETS) {
      const original = readFileSync(join(epochSnapshotDir(), dataset.file));
      expect(readFileSync(join(cache, dataset.file)).equals(original), dataset.file).toBe(true);
      expect(manifest.files[dataset.file]).toMatchObject({
        sha256: sha256(original),
        downloaded: "2026-11-27T10:00:00.000Z",
      });
    }
    expect(events.some((event) => event.kind === "progress")).toBe(true);
  });

  it("never leaves a partial file when the connection is cut halfway, and keeps the previous copy", async () => {
    const { url, server, hits } = await startServer(() => "cut-halfway");
    running = server;
    const cache = tempDir("cache");
    const notable = EPOCH_DATASETS[0]!;
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, notable.file), "previous copy\n");
    const events: PullEvent[] = [];
    const result = await pullDatasets(
      { cacheDir: cache, baseUrl: url, datasets: [notable], timeoutMs: 5000, retries: 2 },
      effects(events),
    );
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]!.reason).toMatch(/notable_ai_models\.csv/);
    expect([...hits.values()][0]).toBe(3); // the first try and two retries
    expect(events.filter((event) => event.kind === "retry")).toHaveLength(2);
    expect(readFileSync(join(cache, notable.file), "utf8")).toBe("previous copy\n");
    expect(readdirSync(cache).filter((name) => name.includes(".part-"))).toEqual([]);
  });

  it("reports a 404 at once, without retrying, and goes on with the other files", async () => {
    const { url, server, hits } = await startServer((path) =>
      path.endsWith("ml_hardware.csv") ? "not-found" : "serve",
    );
    running = server;
    const cache = tempDir("cache");
    const datasets = EPOCH_DATASETS.filter((dataset) => ["ml_hardware", "ai_companies"].includes(dataset.id));
    const result = await pullDatasets(
      { cacheDir: cache, baseUrl: url, datasets, timeoutMs: 5000, retries: 3 },
      effects([]),
    );
    expect(result.failed).toEqual([{ dataset: "ml_hardware", reason: expect.stringContaining("HTTP 404") }]);
    expect(result.downloaded).toEqual(["ai_companies"]);
    expect(hits.get("/data/ml_hardware.csv")).toBe(1);
    expect(existsSync(join(cache, "ml_hardware.csv"))).toBe(false);
    expect(existsSync(join(cache, "ai_companies/ai_companies.csv"))).toBe(true);
  });

  it("retries a server error and succeeds on the next attempt", async () => {
    const { url, server } = await startServer((_path, hit) => (hit === 1 ? "fail-once" : "serve"));
    running = server;
    const cache = tempDir("cache");
    const result = await pullDatasets(
      { cacheDir: cache, baseUrl: url, datasets: [EPOCH_DATASETS[3]!], timeoutMs: 5000, retries: 1 },
      effects([]),
    );
    expect(result.downloaded).toEqual(["ml_hardware"]);
  });

  it("uses Epoch's public addresses: <name>.csv, with data centres under data_centers/", () => {
    const urls = Object.fromEntries(EPOCH_DATASETS.map((dataset) => [dataset.id, datasetUrl(dataset)]));
    expect(urls.notable_ai_models).toBe("https://epoch.ai/data/notable_ai_models.csv");
    expect(urls.data_centers).toBe("https://epoch.ai/data/data_centers/data_centers.csv");
    expect(urls.ai_companies_funding_rounds).toBe("https://epoch.ai/data/ai_companies_funding_rounds.csv");
  });
});
