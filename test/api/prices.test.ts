import { describe, expect, it } from "vitest";
import { useTestApi } from "../support/harness.js";
import { testStores } from "../support/stores.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(testStores())("prices over HTTP on $name", (testStore) => {
  const api = useTestApi(testStore);
  const get = async (url: string) => {
    const response = await api.app.inject({ method: "GET", url });
    return {
      status: response.statusCode,
      json: () => response.json() as Json,
      text: response.body,
      headers: response.headers,
    };
  };

  it("/api/v1/prices lists dated, sourced prices in their own currency and in dollars", async () => {
    const body = (await get("/api/v1/prices?limit=1000")).json();
    expect(body.total).toBeGreaterThanOrEqual(20);
    for (const price of body.data as Json[]) {
      expect(price.source_ids).toEqual([price.source_id]);
      expect(price.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(price.quote.length).toBeGreaterThan(0);
      expect(Array.isArray(price.eci_models)).toBe(true);
      if (price.currency === "USD") expect(price.input_usd_per_mtok).toBe(price.input_per_mtok);
      else expect(price.rate_id).toMatch(/^cny-per-usd-/);
    }
    const effective = (body.data as Json[]).map((price) => price.effective as string);
    expect(effective).toEqual([...effective].sort());
  });

  it("filters by the developer's bloc, provider, currency and date, and sorts by price", async () => {
    const chinese = (await get("/api/v1/prices?bloc=china&limit=1000")).json();
    expect(chinese.total).toBeGreaterThan(0);
    for (const price of chinese.data as Json[]) expect(price.developer_country).toBe("CN");
    const deepseek = (await get("/api/v1/prices?provider=deepseek&from=2025&limit=1000")).json();
    for (const price of deepseek.data as Json[]) {
      expect(price.provider).toBe("deepseek");
      expect(price.effective >= "2025").toBe(true);
    }
    const cny = (await get("/api/v1/prices?currency=CNY")).json();
    for (const price of cny.data as Json[]) expect(price.currency).toBe("CNY");
    const cheapest = (await get("/api/v1/prices?sort=input_usd_per_mtok&limit=1000")).json();
    const inputs = (cheapest.data as Json[]).map((price) => price.input_usd_per_mtok as number);
    expect(inputs).toEqual([...inputs].sort((a, b) => a - b));
  });

  it("returns one price by id with its quote, and 404 for an unknown id", async () => {
    const gpt4 = (await get("/api/v1/prices/openai-gpt-4-2023-03-14")).json().data;
    expect(gpt4).toMatchObject({
      input_per_mtok: 30,
      output_per_mtok: 60,
      effective: "2023-03-14",
      eci_models: ["gpt-4-0314"],
    });
    expect(gpt4.quote).toContain("| Input | $30 | 1M tokens |");
    expect((await get("/api/v1/prices/no-such-price")).status).toBe(404);
  });

  it("has a CSV twin and refuses a bad filter naming it", async () => {
    const csv = await get("/api/v1/prices.csv?provider=openai");
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.text.split("\n")[0]).toContain("input_per_mtok");
    expect(csv.text).toContain("openai-gpt-4-2023-03-14");
    const bad = await get("/api/v1/prices?currency=GBP");
    expect(bad.status).toBe(400);
    expect(bad.json().parameter).toBe("currency");
  });

  it("serves the price indicators with their sources, the Epoch AI credit and CSV tables", async () => {
    const response = await get("/api/v1/indicators/price-of-capability?levels=gpt-4&step=quarter");
    expect(response.status).toBe(200);
    const data = response.json().data;
    const ids = (data.sources as Json[]).map((source) => source.id as string);
    expect(ids).toContain("epoch-capabilities-index");
    expect(ids).toContain("openai-model-gpt-4");
    expect(response.json().attribution).toMatch(/Epoch AI/);
    const mid2024 = (data.series.tables[0].rows as Json[]).find(
      (row) => row.date === "2024-06-30" && row.group === "us",
    );
    expect(mid2024).toMatchObject({ cheapestUsdPerMtok: 7.5, provider: "OpenAI" });
    const gap = await get("/api/v1/indicators/price-of-capability.csv?levels=gpt-4&table=gap");
    expect(gap.text.split("\n")[0]).toBe(
      "date,level,usUsdPerMtok,usModel,chinaUsdPerMtok,chinaModel,usOverChina,cheaper,source",
    );
    const bad = await get("/api/v1/indicators/price-of-capability?blend=cheap");
    expect(bad.status).toBe(400);
    expect(bad.json().parameter).toBe("blend");
    const scatter = (await get("/api/v1/indicators/price-against-capability?at=2025-06-30")).json().data.series;
    expect(scatter.rows.length).toBeGreaterThan(5);
  });
});
