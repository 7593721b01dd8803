import { describe, expect, it } from "vitest";
import { europePosition, europePositionParams } from "./europe-position.js";
import { IndicatorParamError } from "./params.js";
import { BLOCS, chip, cluster, companyMetric, dataCenter, model } from "./test-fixtures.js";

const input = {
  blocs: BLOCS,
  models: [
    model({
      name: "us-1",
      date: "2023-01-01",
      developerCountries: ["US"],
      trainingComputeFlop: 1e24,
      accessibility: "API access",
    }),
    model({
      name: "us-2",
      date: "2024-01-01",
      developerCountries: ["US"],
      trainingComputeFlop: 1e25,
      accessibility: "API access",
    }),
    model({
      name: "cn-1",
      date: "2024-06-01",
      developerCountries: ["CN"],
      trainingComputeFlop: 1e24,
      accessibility: "Open weights (unrestricted)",
    }),
    model({
      name: "fr-1",
      date: "2024-03-01",
      developerCountries: ["FR"],
      trainingComputeFlop: 5e24,
      accessibility: "Open weights (unrestricted)",
    }),
    model({
      name: "us-big",
      dataset: "large_scale",
      date: "2024-01-01",
      developerCountries: ["US"],
      trainingComputeFlop: 2e25,
    }),
  ],
  clusters: [
    cluster({ name: "us-c", countries: ["US"], firstOperational: "2024-01-01", h100Equivalents: 900 }),
    cluster({ name: "fr-c", countries: ["FR"], firstOperational: "2024-02-01", h100Equivalents: 100 }),
  ],
  chips: [chip({ name: "H100", designerCountry: "US", releaseDate: "2022-09-21", tppBitOps: 15832 })],
  dataCenters: [dataCenter({ name: "Alpha", date: "2024-01-01", country: "US", powerMw: 300 })],
  companyMetrics: [
    companyMetric({ company: "mistral-ai", country: "FR", date: "2024-06-11", metric: "funding_equity", value: 6e8 }),
  ],
};

const run = (params: Record<string, unknown>) => europePosition(input, europePositionParams.parse(params));
const cell = (rows: readonly Record<string, unknown>[], measure: string, group: string) =>
  rows.find((r) => r.measure === measure && r.group === group)!;

describe("europePosition", () => {
  it.each([
    // measure, bloc, value, rank
    ["notableModelsLatestYear", "eu", 1, 1], // 2024: one model each, and ties share a rank
    ["notableModelsLatestYear", "china", 1, 1],
    ["notableModelsPeriod", "us", 2, 1],
    ["largestTrainingRun", "eu", 5e24, 2],
    // The series ends at 2024-06-30, the month end after the last model (cn-1).
    ["frontierLag", "eu", 5.9, 2], // the US first passed 5e24 with us-2 on 2024-01-01: 181/366 of a year
    ["frontierLag", "china", 17.9, 3], // the US first reached 1e24 with us-1 on 2023-01-01: 12 + 181/366 * 12 months
    ["frontierLag", "us", 0, 1], // the leader is the reference: nobody is "first" on a lag tie behind it
    ["openWeightsShare", "eu", null, null], // one model is not a share (fewer than 5)
    ["installedShareOfWorld", "eu", 0.1, 2],
    ["dataCentrePower", "eu", null, null], // no tracked data centre: no data, not 0 MW and no rank
    ["bestChipTpp", "eu", null, null],
    ["modelsAbove1e25", "us", 1, 1],
    ["fundingRaised", "eu", 6e8, 1],
  ])("%s for %s is %s (rank %s)", (measure, group, value, rank) => {
    const row = cell(run({}).rows, measure, group);
    expect(row.value).toBe(value);
    expect(row.rank).toBe(rank);
  });

  it("checks the bloc parameters by name", () => {
    expect(() => run({ europe: "atlantis" })).toThrow(IndicatorParamError);
    expect(() => run({ rivals: "us,mars" })).toThrow(/parameter rivals/);
  });

  it("lists the parts' methods and says each caveat once", () => {
    const result = run({});
    expect(result.tables[1]!.rows.map((r) => r.indicator)).toContain("installed-compute");
    const caveats = result.method.caveats.map((c) => c.en);
    expect(new Set(caveats).size).toBe(caveats.length);
  });
});
