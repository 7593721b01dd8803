import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCurated } from "../../src/ingest/curated/load-curated.js";
import { priceRows, rateFor } from "../../src/ingest/curated/price-rows.js";
import { CuratedFileError } from "../../src/ingest/curated/yaml-file.js";
import { DATA_DIR, tempDir } from "../support/paths.js";

function dataWith(files: Record<string, string>): string {
  const dir = join(tempDir("data"), "data");
  cpSync(DATA_DIR, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

function errorOf(dataDir: string): string {
  try {
    loadCurated(dataDir);
  } catch (error) {
    if (error instanceof CuratedFileError) return error.message;
    throw error;
  }
  throw new Error("expected the price files to be refused");
}

const price = (extra: string) => `prices:
  - id: test-price
    provider: openai
    model: test-model
    tier: budget
    currency: USD
    input_per_mtok: 1
    output_per_mtok: 2
    effective: "2025-01-01"
    change: launch
    source: openai-api-pricing
    source_kind: pricing-page
    quote: a quote
    confidence: high
${extra}`;

describe("the curated prices", () => {
  const curated = loadCurated(DATA_DIR);

  it("load with their sources, and every RMB price has a reference rate", () => {
    expect(curated.prices.length).toBeGreaterThanOrEqual(20);
    const providers = new Set(curated.prices.map((p) => p.provider));
    for (const provider of ["openai", "anthropic", "google", "deepseek", "alibaba-cloud", "moonshot-ai", "mistral-ai"])
      expect(providers).toContain(provider);
    const { prices } = priceRows(curated);
    const qwen = prices.find((p) => p.currency === "CNY")!;
    expect(qwen.rate_id).toBe("cny-per-usd-2023-12-29");
    expect(qwen.input_usd_per_mtok).toBeCloseTo(5 / 7.0827, 6);
  });

  it.each([
    [
      "an unknown provider",
      price("").replace("provider: openai", "provider: openaai"),
      /prices\/test\.yaml:3: provider: unknown organisation openaai/,
    ],
    [
      "an unknown source",
      price("").replace("source: openai-api-pricing", "source: nowhere"),
      /prices\/test\.yaml:11: source: unknown source id nowhere/,
    ],
    ["a misspelt field", price("    inptu_per_mtok: 3\n"), /prices\/test\.yaml:15: prices\[0\]\.inptu_per_mtok: /],
    [
      "a negative price",
      price("").replace("input_per_mtok: 1", "input_per_mtok: -1"),
      /prices\/test\.yaml:7: prices\[0\]\.input_per_mtok: /,
    ],
    [
      "a bad date",
      price("").replace('"2025-01-01"', '"2025-13-01"'),
      /prices\/test\.yaml:9: prices\[0\]\.effective: a date as YYYY-MM-DD/,
    ],
    [
      "a host without a developer",
      price("    third_party_host: true\n"),
      /prices\/test\.yaml:\d+: developer: a third-party host needs/,
    ],
  ])("refuse %s with file:line: field: reason", (_what, text, message) => {
    expect(errorOf(dataWith({ "prices/test.yaml": text }))).toMatch(message);
  });

  it("refuse a currency without a rate with file:line: field: reason", () => {
    const renminbiOnly = `rates:
  - id: cny-per-usd-2023-12-29
    currency: CNY
    date: "2023-12-29"
    per_usd: 7.0827
    source: cfets-2023-12-29-central-parity
    quote: a quote
    confidence: medium
`;
    const euroPrice = price("").replace("currency: USD", "currency: EUR");
    expect(errorOf(dataWith({ "prices/test.yaml": euroPrice, "exchange-rates.yaml": renminbiOnly }))).toMatch(
      /prices\/test\.yaml:6: currency: no reference rate for EUR/,
    );
  });

  it("refuse two prices for one model on one day", () => {
    const twice = `${price("")}${price("").replace("prices:\n", "").replace("id: test-price", "id: test-price-again")}`;
    expect(errorOf(dataWith({ "prices/test.yaml": twice }))).toMatch(
      /effective: a second price for test-model on 2025-01-01/,
    );
  });
});

describe(rateFor, () => {
  const rates = [
    { id: "r2023", currency: "CNY" as const, date: "2023-12-29", per_usd: 7.08 },
    { id: "r2024", currency: "CNY" as const, date: "2024-12-31", per_usd: 7.19 },
  ];
  it.each([
    ["USD", "2025-01-01", null],
    ["CNY", "2023-01-01", "r2023"],
    ["CNY", "2024-06-01", "r2023"],
    ["CNY", "2024-12-31", "r2024"],
    ["CNY", "2026-01-01", "r2024"],
  ])("%s on %s -> %s", (currency, day, id) => expect(rateFor(rates, currency, day)?.id ?? null).toBe(id));
});
