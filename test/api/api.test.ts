import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useTestApi } from "../support/harness.js";
import { testStores } from "../support/stores.js";

type ListBody = { data: Record<string, unknown>[]; total: number; next: string | null; attribution?: string };

describe.each(testStores())("the HTTP API on $name", (testStore) => {
  const api = useTestApi(testStore);

  const get = async (url: string) => {
    const response = await api.app.inject(url);
    return {
      status: response.statusCode,
      body: response.body,
      json: () => JSON.parse(response.body) as ListBody,
      headers: response.headers,
    };
  };

  it.each([
    ["models", true],
    ["chips", true],
    ["clusters", true],
    ["data-centers", true],
    ["organizations", false],
    ["countries", false],
    ["blocs", false],
    ["facts", false],
    ["relations", false],
    ["events", false],
    ["sources", false],
  ])("/api/v1/%s lists real records with their source ids", async (name, epoch) => {
    const response = await get(`/api/v1/${name}?limit=5`);
    expect(response.status).toBe(200);
    const body = response.json();
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.total).toBeGreaterThanOrEqual(body.data.length);
    for (const record of body.data) expect(Array.isArray(record.source_ids)).toBe(true);
    if (epoch) {
      expect(body.attribution).toMatch(/Epoch AI.*CC BY 4\.0/);
      expect(response.headers["x-attribution"]).toMatch(/Epoch AI/);
      for (const record of body.data) expect((record.source_ids as string[])[0]).toMatch(/^epoch-/);
    }
  });

  it("filters models by country, bloc, dataset, date range, text and compute", async () => {
    const chinese = (await get("/api/v1/models?dataset=notable&country=CN&limit=100")).json();
    expect(chinese.total).toBeGreaterThan(10);
    for (const model of chinese.data)
      expect((model.developers as { country: string }[]).some((developer) => developer.country === "CN")).toBe(true);

    const eu = (await get("/api/v1/models?dataset=notable&bloc=eu&limit=100")).json();
    const euMembers = new Set(
      (await get("/api/v1/blocs?limit=10")).json().data.find((bloc) => bloc.id === "eu")!.members as string[],
    );
    for (const model of eu.data)
      expect((model.developers as { country: string }[]).some((developer) => euMembers.has(developer.country))).toBe(
        true,
      );

    const range = (await get("/api/v1/models?dataset=notable&from=2023-01&to=2023&limit=1000")).json();
    expect(range.total).toBeGreaterThan(0);
    for (const model of range.data) expect(model.publication_date).toMatch(/^2023-/);

    const big = (
      await get("/api/v1/models?dataset=notable&min_compute=1e26&sort=-training_compute_flop&limit=1000")
    ).json();
    for (const model of big.data) expect(model.training_compute_flop).toBeGreaterThanOrEqual(1e26);
    const computes = big.data.map((model) => model.training_compute_flop as number);
    expect(computes).toEqual([...computes].sort((a, b) => b - a));

    const search = (await get("/api/v1/models?q=llama&dataset=notable&limit=1000")).json();
    for (const model of search.data) expect((model.name as string).toLowerCase()).toContain("llama");

    const openai = (await get("/api/v1/models?organization=openai&dataset=notable&limit=5")).json();
    expect(openai.total).toBeGreaterThan(10);
  });

  it("walks every page of a list with cursors: each record once, the total reached", async () => {
    const seen: string[] = [];
    let url: string | null = "/api/v1/models?dataset=notable&limit=200&sort=name";
    let total = 0;
    while (url) {
      const body: ListBody = (await get(url)).json();
      total = body.total;
      seen.push(...body.data.map((record) => record.id as string));
      url = body.next ? `/api/v1/models?dataset=notable&limit=200&sort=name&cursor=${body.next}` : null;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("answers a repeated GET from its cache, and a matching ETag with 304", async () => {
    const url = "/api/v1/clusters?bloc=eu&limit=7";
    const first = await api.app.inject(url);
    const second = await api.app.inject(url);
    expect(second.headers["x-cache"]).toBe("hit");
    expect(second.body).toBe(first.body);
    expect(second.headers["x-attribution"]).toBe(first.headers["x-attribution"]);
    expect(first.headers.etag).toMatch(/^"[0-9a-f]{12}\.[\w-]{8}-/);
    const revalidated = await api.app.inject({ url, headers: { "if-none-match": first.headers.etag as string } });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe("");
    const bad = await api.app.inject("/api/v1/clusters?bloc=eu&limit=0");
    expect((await api.app.inject("/api/v1/clusters?bloc=eu&limit=0")).headers["x-cache"]).toBeUndefined();
    expect(bad.statusCode).toBe(400);
  });

  it("refuses a cursor from another query", async () => {
    const first = (await get("/api/v1/models?dataset=notable&limit=2")).json();
    const response = await get(`/api/v1/models?dataset=frontier&limit=2&cursor=${first.next}`);
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ parameter: "cursor" });
  });

  it("has a CSV twin with every match and the attribution", async () => {
    const json = (await get("/api/v1/clusters?bloc=china&limit=1")).json();
    const csv = await get("/api/v1/clusters.csv?bloc=china");
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.headers["x-attribution"]).toMatch(/Epoch AI/);
    expect(csv.body.split("\n")[0]).toMatch(/^id,name,status/);
    const { readCsv } = await import("../../src/ingest/csv-rows.js");
    expect(readCsv(csv.body).rows).toHaveLength(json.total);
  });

  it("returns one record with the original row it came from", async () => {
    const first = (await get("/api/v1/models?dataset=notable&q=GPT-4.5")).json().data[0]!;
    const one = await get(`/api/v1/models/${first.id as string}`);
    expect(one.status).toBe(200);
    const record = (JSON.parse(one.body) as { data: { raw: Record<string, string>; provenance: unknown } }).data;
    expect(record.raw.Model).toBe("GPT-4.5");
    expect(record.provenance).toEqual({ source_id: "epoch-notable-ai-models", row: first.row_number });
    expect((await get("/api/v1/models/no-such-model")).status).toBe(404);
  });

  it.each([
    ["/api/v1/models?limit=0", "limit"],
    ["/api/v1/models?limit=abc", "limit"],
    ["/api/v1/models?sort=bogus", "sort"],
    ["/api/v1/models?country=USA", "country"],
    ["/api/v1/models?from=2020-13", "from"],
    ["/api/v1/models?dataset=all", "dataset"],
    ["/api/v1/models?contry=US", "contry"],
    ["/api/v1/clusters?status=Rumoured", "status"],
    ["/api/v1/indicators/frontier-lag?attribution=half", "attribution"],
  ])("%s is a 400 naming %s", async (url, parameter) => {
    const response = await get(url);
    expect(response.status).toBe(400);
    const body = JSON.parse(response.body) as { parameter: string; message: string };
    expect(body.parameter).toBe(parameter);
    expect(body.message).toContain(parameter);
  });

  it("never answers user input with a 500", async () => {
    const value = fc.string({
      unit: fc.constantFrom("a", "Z", "1", "-", ",", "%", "_", "'", '"', ";", " ", "é", "e", "+"),
      maxLength: 12,
    });
    const parameter = fc.constantFrom(
      "limit",
      "cursor",
      "sort",
      "q",
      "from",
      "to",
      "country",
      "bloc",
      "dataset",
      "organization",
      "min_compute",
      "x",
    );
    const path = fc.constantFrom(
      "models",
      "chips",
      "clusters",
      "data-centers",
      "organizations",
      "facts",
      "sources",
      "indicators/frontier-lag",
    );
    await fc.assert(
      fc.asyncProperty(path, fc.array(fc.tuple(parameter, value), { maxLength: 3 }), async (resource, pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const response = await api.app.inject(`/api/v1/${resource}?${query}`);
        expect(response.statusCode, `${resource}?${query}`).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  it("reports the code version, snapshot and every dataset's checksum and counts", async () => {
    const version = JSON.parse((await get("/api/v1/-/version")).body) as {
      snapshot_id: string;
      datasets: Record<string, unknown>[];
    };
    expect(version.snapshot_id).toMatch(/^[0-9a-f]{12}$/);
    expect(version.datasets).toHaveLength(14);
    for (const dataset of version.datasets) {
      expect(dataset.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(dataset.rows_read).toBe(
        (dataset.rows_stored as number) + (dataset.rows_quarantined as number) + (dataset.rows_merged as number),
      );
    }
  });

  it("serves the OpenAPI document and browsable docs", async () => {
    const openapi = JSON.parse((await get("/openapi.json")).body) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(openapi.openapi).toMatch(/^3\./);
    for (const path of ["/api/v1/models", "/api/v1/models.csv", "/api/v1/-/version", "/api/v1/indicators/{id}"])
      expect(openapi.paths[path], path).toBeDefined();
    expect((await get("/api/docs/")).status).toBe(200);
  });

  it("serves indicators with method, sources and snapshot, and their CSV", async () => {
    const list = JSON.parse((await get("/api/v1/indicators")).body) as { data: { id: string }[] };
    expect(list.data.map((indicator) => indicator.id)).toContain("frontier-lag");
    const lag = JSON.parse((await get("/api/v1/indicators/frontier-lag?followers=china&step=year")).body) as {
      data: { series: { rows: unknown[]; method: { n: number } }; sources: { id: string }[]; snapshot_id: string };
    };
    expect(lag.data.series.rows.length).toBeGreaterThan(0);
    expect(lag.data.series.method.n).toBeGreaterThan(20);
    expect(lag.data.sources.map((source) => source.id)).toContain("epoch-notable-ai-models");
    const csv = await get("/api/v1/indicators/frontier-lag.csv?followers=china&step=year");
    expect(csv.status).toBe(200);
    expect(csv.body.split("\n").length).toBeGreaterThan(2);
  });

  it("lists relations and events with their own filters", async () => {
    const investments = (await get("/api/v1/relations?relation=invests-in&entity=anthropic&limit=100")).json();
    expect(investments.total).toBeGreaterThan(0);
    for (const relation of investments.data) {
      expect(relation.relation).toBe("invests-in");
      expect([relation.subject, relation.object]).toContain("anthropic");
    }
    const controls = (await get("/api/v1/events?event_kind=export-control&from=2022&to=2022&limit=100")).json();
    expect(controls.total).toBeGreaterThan(0);
    for (const event of controls.data) {
      expect(event.event_kind).toBe("export-control");
      expect(event.date).toMatch(/^2022/);
      expect(typeof event.title_nl).toBe("string");
    }
  });

  it("filters curated facts by kind and entity", async () => {
    const relations = (await get("/api/v1/facts?kind=relation&entity=openai&limit=100")).json();
    expect(relations.total).toBeGreaterThan(0);
    for (const fact of relations.data) expect([fact.subject, fact.object]).toContain("openai");
  });
});
