import { describe, expect, it } from "vitest";
import { economy, economyParams } from "./economy.js";
import { IndicatorParamError } from "./params.js";
import { BLOCS, companyMetric, pick } from "./test-fixtures.js";

const metrics = [
  companyMetric({ company: "openai", country: "US", date: "2023-01-23", metric: "funding_equity", value: 10e9 }),
  companyMetric({ company: "anthropic", country: "US", date: "2023-09-25", metric: "funding_equity", value: 4e9 }),
  companyMetric({ company: "mistral-ai", country: "FR", date: "2024-06-11", metric: "funding_equity", value: 0.6e9 }),
  companyMetric({ company: "openai", country: "US", date: "2024-10-02", metric: "funding_equity", value: 6.6e9 }),
  companyMetric({ company: "openai", country: "US", date: null, metric: "funding_equity", value: 1e12 }), // undated: left out
  companyMetric({ company: "openai", country: "US", date: "2023-04-28", metric: "valuation_post_money", value: 29e9 }),
  companyMetric({ company: "openai", country: "US", date: "2024-10-02", metric: "valuation_post_money", value: 157e9 }),
  companyMetric({
    company: "anthropic",
    country: "US",
    date: "2023-05-23",
    metric: "valuation_post_money",
    value: 4.1e9,
  }),
  companyMetric({
    company: "mistral-ai",
    country: "FR",
    date: "2024-06-11",
    metric: "valuation_post_money",
    value: 6e9,
  }),
];

const run = (params: Record<string, unknown>) =>
  economy({ companyMetrics: metrics, blocs: BLOCS }, economyParams.parse({ blocs: "us,eu", ...params }));

describe("economy", () => {
  it("sums funding within each year", () => {
    const result = run({});
    expect(pick(result.tables[1]!.rows, ["year", "group", "companies", "value"])).toEqual([
      { year: 2023, group: "us", companies: 2, value: 14e9 },
      { year: 2024, group: "us", companies: 1, value: 6.6e9 },
      { year: 2023, group: "eu", companies: 0, value: 0 },
      { year: 2024, group: "eu", companies: 1, value: 0.6e9 },
    ]);
    expect(result.rows).toHaveLength(4);
    expect(result.method.n).toBe(4);
  });

  it("carries the latest valuation of each company to the year's end", () => {
    const rows = run({ metric: "valuation_post_money" }).tables[1]!.rows;
    expect(pick(rows, ["year", "group", "value"])).toEqual([
      { year: 2023, group: "us", value: 29e9 + 4.1e9 },
      { year: 2024, group: "us", value: 157e9 + 4.1e9 },
      { year: 2023, group: "eu", value: 0 },
      { year: 2024, group: "eu", value: 6e9 },
    ]);
  });

  it("names its metric in words in both languages, never as the stored id", () => {
    const { method, tables } = run({ metric: "valuation_post_money" });
    expect(method.metric).toEqual({
      en: "valuation (post-money) of tracked AI companies, by headquarters country",
      nl: "waardering (na financiering) van gevolgde AI-bedrijven, naar land van hoofdkantoor",
    });
    for (const text of [...method.filters, ...tables.map((shown) => shown.title)])
      expect(`${text.en} ${text.nl}`).not.toContain("valuation_post_money");
  });

  it("lists the available metrics when asked for one with no reports", () => {
    expect(() => run({ metric: "daily_tokens" })).toThrow(IndicatorParamError);
    expect(() => run({ metric: "daily_tokens" })).toThrow(/available metrics: funding_equity, valuation_post_money/);
  });
});
