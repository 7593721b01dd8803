import { describe, expect, it } from "vitest";
import { regulatoryThresholds, regulatoryThresholdsParams } from "./regulatory-thresholds.js";
import { BLOCS, model, pick } from "./test-fixtures.js";

const large = (fields: Parameters<typeof model>[0]) => model({ dataset: "large_scale", ...fields });
const models = [
  large({
    name: "us-big",
    date: "2023-03-14",
    developerCountries: ["US"],
    trainingComputeFlop: 2e25,
    confidence: "Speculative",
  }),
  large({
    name: "us-huge",
    date: "2025-02-01",
    developerCountries: ["US"],
    trainingComputeFlop: 3e26,
    confidence: "Likely",
  }),
  large({
    name: "us-fr",
    date: "2024-01-01",
    developerCountries: ["US", "FR"],
    trainingComputeFlop: 1.2e25,
    confidence: "Confident",
  }),
  large({ name: "at-threshold", date: "2022-01-01", developerCountries: ["US"], trainingComputeFlop: 1e25 }), // not greater than 10^25: not above
  large({ name: "cn-big", date: "2024-12-26", developerCountries: ["CN"], trainingComputeFlop: 3.3e24 }),
  large({
    name: "cn-bigger",
    date: "2025-01-20",
    developerCountries: ["CN"],
    trainingComputeFlop: 4e25,
    confidence: "Likely",
  }),
  large({ name: "same-day-small", date: "2025-01-20", developerCountries: ["CN"], trainingComputeFlop: 1.5e25 }),
  model({ name: "notable-copy", date: "2020-01-01", developerCountries: ["CN"], trainingComputeFlop: 1e27 }), // other dataset
];

const run = (params: Record<string, unknown>) =>
  regulatoryThresholds({ models, blocs: BLOCS }, regulatoryThresholdsParams.parse({ blocs: "us,china,eu", ...params }));

describe("regulatoryThresholds", () => {
  it("lists models strictly above each threshold, in date order", () => {
    expect(pick(run({}).rows, ["threshold", "model", "groups"])).toEqual([
      { threshold: 1e25, model: "us-big", groups: "us" },
      { threshold: 1e25, model: "us-fr", groups: "us;eu" },
      { threshold: 1e25, model: "cn-bigger", groups: "china" },
      { threshold: 1e25, model: "same-day-small", groups: "china" },
      { threshold: 1e25, model: "us-huge", groups: "us" },
      { threshold: 1e26, model: "us-huge", groups: "us" },
    ]);
  });

  it("dates each bloc's first crossing, with its confidence label", () => {
    expect(
      pick(run({}).tables[1]!.rows, [
        "group",
        "threshold",
        "modelsAbove",
        "firstDate",
        "firstModel",
        "firstConfidence",
      ]),
    ).toEqual([
      {
        group: "us",
        threshold: 1e25,
        modelsAbove: 3,
        firstDate: "2023-03-14",
        firstModel: "us-big",
        firstConfidence: "Speculative",
      },
      {
        group: "china",
        threshold: 1e25,
        modelsAbove: 2,
        firstDate: "2025-01-20",
        firstModel: "cn-bigger",
        firstConfidence: "Likely",
      },
      {
        group: "eu",
        threshold: 1e25,
        modelsAbove: 1,
        firstDate: "2024-01-01",
        firstModel: "us-fr",
        firstConfidence: "Confident",
      },
      {
        group: "us",
        threshold: 1e26,
        modelsAbove: 1,
        firstDate: "2025-02-01",
        firstModel: "us-huge",
        firstConfidence: "Likely",
      },
      { group: "china", threshold: 1e26, modelsAbove: 0, firstDate: null, firstModel: null, firstConfidence: null },
      { group: "eu", threshold: 1e26, modelsAbove: 0, firstDate: null, firstModel: null, firstConfidence: null },
    ]);
  });

  it("under fractional, a half share still crosses but counts one half", () => {
    const eu = run({ attribution: "fractional", thresholds: "1e25" }).tables[1]!.rows.find((r) => r.group === "eu")!;
    expect(eu).toMatchObject({ modelsAbove: 0.5, firstModel: "us-fr" });
  });

  it("validates thresholds", () => {
    expect(regulatoryThresholdsParams.safeParse({ thresholds: "1e25,abc" }).success).toBe(false);
    expect(regulatoryThresholdsParams.safeParse({ thresholds: "-5" }).error?.issues[0]?.message).toMatch(/positive/);
    expect(regulatoryThresholdsParams.parse({ thresholds: "1e26,1e25" }).thresholds).toEqual([1e26, 1e25]);
  });
});
