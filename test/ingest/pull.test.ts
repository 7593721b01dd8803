import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { benchmarkData } from "../../src/ingest/epoch-archives.js";
import { datasetUrl } from "../../src/ingest/loaders/dataset.js";
import { EPOCH_DATASETS } from "../../src/ingest/loaders/epoch-datasets.js";
import { pullDatasets, type PullEvent } from "../../src/ingest/pull.js";
import { MANIFEST_FILE, sha256 } from "../../src/ingest/read-epoch.js";
import { EPOCH_FIXTURE_DIR, tempDir } from "../support/paths.js";
import { writeZip } from "../support/zip-writer.js";

type Behaviour =
  | "serve"
  | "cut-halfway"
  | "not-found"
  | "fail-once"
  // The hostile mirror: each answers 200.
  | "cut-without-length"
  | "html-page"
  | "html-as-csv"
  | "renamed-column"
  | "header-only"
  | "wrong-checksum"
  | "stall";

/** A local stand-in for epoch.ai/data: serves the snapshot at the public paths, or misbehaves on purpose. */
async function startServer(
  behaviour: (path: string, hits: number) => Behaviour,
): Promise<{ url: string; server: Server; hits: Map<string, number> }> {
  const snapshot = EPOCH_FIXTURE_DIR;
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
    const hostile = hostileAnswer(mode, body);
    if (hostile) {
      response.writeHead(200, hostile.headers);
      if (mode === "stall") return void response.write(hostile.body); // and never another byte
      return void response.end(hostile.body);
    }
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

const HTML = Buffer.from("<!DOCTYPE html><html><body><h1>Oops</h1><p>Try again later.</p></body></html>\n");

function hostileAnswer(mode: Behaviour, body: Buffer): { headers: Record<string, string>; body: Buffer } | null {
  const csv = { "content-type": "text/csv" };
  const firstLine = body.subarray(0, body.indexOf(0x0a) + 1);
  switch (mode) {
    case "cut-without-length": // no length header: only the content can tell it was cut
      return { headers: csv, body: body.subarray(0, Math.floor(body.length / 2)) };
    case "html-page":
      return { headers: { "content-type": "text/html; charset=utf-8" }, body: HTML };
    case "html-as-csv":
      return { headers: csv, body: HTML };
    case "renamed-column":
      return { headers: csv, body: Buffer.from(body.toString("utf8").replace(/^Model,/, "Name,")) };
    case "header-only":
      return { headers: csv, body: firstLine };
    case "wrong-checksum":
      return { headers: { ...csv, "content-digest": `sha-256=:${Buffer.alloc(32).toString("base64")}:` }, body };
    case "stall":
      return { headers: csv, body: firstLine };
    default:
      return null;
  }
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
      const original = readFileSync(join(EPOCH_FIXTURE_DIR, dataset.file));
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

  it.each([
    ["cut-without-length", /cut short: the last record \(line \d+\) is incomplete/, 2],
    ["html-page", /served as text\/html, not as a data file/, 1],
    ["html-as-csv", /an HTML page, not a CSV file/, 1],
    ["renamed-column", /no column "Model" in its header/, 1],
    ["header-only", /0 rows where the cached copy has \d+; the cached copy is kept/, 1],
    ["wrong-checksum", /checksum differs from the one the server declared/, 2],
    ["stall", /no data for 300 ms/, 2],
  ] as const)("refuses a download that is %s, keeping the good copy", async (mode, reason, tries) => {
    const { url, server, hits } = await startServer(() => mode);
    running = server;
    const cache = tempDir("cache");
    const notable = EPOCH_DATASETS[0]!;
    const good = readFileSync(join(EPOCH_FIXTURE_DIR, notable.file));
    writeFileSync(join(cache, notable.file), good);
    const result = await pullDatasets(
      { cacheDir: cache, baseUrl: url, datasets: [notable], timeoutMs: 300, retries: 1 },
      effects([]),
    );
    expect(result.failed).toEqual([{ dataset: notable.id, reason: expect.stringMatching(reason) }]);
    expect([...hits.values()][0]).toBe(tries); // refused content that asking again cannot fix is not retried
    expect(readFileSync(join(cache, notable.file)).equals(good)).toBe(true);
    expect(readdirSync(cache).filter((name) => name.includes(".part-"))).toEqual([]);
  });

  it("takes a much smaller file with --allow-shrink", async () => {
    const { url, server } = await startServer(() => "header-only");
    running = server;
    const cache = tempDir("cache");
    const notable = EPOCH_DATASETS[0]!;
    writeFileSync(join(cache, notable.file), readFileSync(join(EPOCH_FIXTURE_DIR, notable.file)));
    const result = await pullDatasets(
      { cacheDir: cache, baseUrl: url, datasets: [notable], timeoutMs: 5000, retries: 0, allowShrink: true },
      effects([]),
    );
    expect(result.failed).toEqual([]);
    expect(readFileSync(join(cache, notable.file), "utf8").split("\n")).toHaveLength(2);
  });

  it("reports a corrupt manifest and writes a fresh one", async () => {
    const { url, server } = await startServer(() => "serve");
    running = server;
    const cache = tempDir("cache");
    writeFileSync(join(cache, MANIFEST_FILE), "{ not json");
    const events: PullEvent[] = [];
    const result = await pullDatasets(
      { cacheDir: cache, baseUrl: url, datasets: [EPOCH_DATASETS[3]!], timeoutMs: 5000, retries: 0 },
      effects(events),
    );
    expect(result.failed).toEqual([]);
    expect(events).toContainEqual({ kind: "warning", message: expect.stringMatching(/not valid JSON/) });
    const manifest = JSON.parse(readFileSync(join(cache, MANIFEST_FILE), "utf8")) as { files: object };
    expect(Object.keys(manifest.files)).toEqual([EPOCH_DATASETS[3]!.file]);
  });

  it.each([
    ["whole", false],
    ["cut short", true],
  ])("takes Epoch's benchmark data from its ZIP archive (%s)", async (_case, cut) => {
    const eci = readFileSync(join(EPOCH_FIXTURE_DIR, "benchmark_data", "epoch_capabilities_index.csv"));
    const zip = writeZip([{ name: "epoch_capabilities_index.csv", data: eci }]);
    const body = cut ? zip.subarray(0, zip.length - 100) : zip;
    const server = createServer((request, response) => {
      if (request.url !== "/data/benchmark_data.zip") return void response.writeHead(404).end();
      response.writeHead(200, { "content-type": "application/zip" }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    running = server;
    const cache = tempDir("cache");
    const dest = join(cache, benchmarkData.members[0]!.file);
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, "previous copy\n");
    const result = await pullDatasets(
      {
        cacheDir: cache,
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`,
        datasets: [],
        archives: [benchmarkData],
        timeoutMs: 5000,
        retries: 0,
      },
      effects([]),
    );
    if (cut) {
      expect(result.failed).toEqual([{ dataset: "benchmark_data", reason: expect.stringMatching(/ZIP/) }]);
      expect(readFileSync(dest, "utf8")).toBe("previous copy\n");
    } else {
      expect(result.downloaded).toEqual(["benchmark_data"]);
      expect(readFileSync(dest).equals(eci)).toBe(true);
      const manifest = JSON.parse(readFileSync(join(cache, MANIFEST_FILE), "utf8")) as {
        files: Record<string, { sha256: string; url: string }>;
      };
      expect(manifest.files[benchmarkData.members[0]!.file]).toMatchObject({
        sha256: sha256(eci),
        url: expect.stringMatching(/\/data\/benchmark_data\.zip$/),
      });
    }
    expect(readdirSync(cache).filter((name) => name.includes(".part-"))).toEqual([]);
  });

  it("uses Epoch's public addresses: <name>.csv, with data centres under data_centers/", () => {
    const urls = Object.fromEntries(EPOCH_DATASETS.map((dataset) => [dataset.id, datasetUrl(dataset)]));
    expect(urls.notable_ai_models).toBe("https://epoch.ai/data/notable_ai_models.csv");
    expect(urls.data_centers).toBe("https://epoch.ai/data/data_centers/data_centers.csv");
    expect(urls.ai_companies_funding_rounds).toBe("https://epoch.ai/data/ai_companies_funding_rounds.csv");
  });
});
