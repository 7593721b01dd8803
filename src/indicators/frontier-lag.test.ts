import { describe, expect, it } from "vitest";
import { frontierLag, frontierLagParams } from "./frontier-lag.js";
import { IndicatorParamError } from "./params.js";
import { BLOCS, model, pick } from "./test-fixtures.js";

const models = [
  model({ name: "us-a", date: "2020-01-01", developerCountries: ["US"], trainingComputeFlop: 1e23 }),
  model({ name: "us-b", date: "2021-01-01", developerCountries: ["US"], trainingComputeFlop: 1e24 }),
  model({ name: "cn-a", date: "2020-07-01", developerCountries: ["CN"], trainingComputeFlop: 5e22 }),
  model({ name: "cn-b", date: "2021-07-01", developerCountries: ["CN"], trainingComputeFlop: 1e24 }), // ties the US level
  model({ name: "eu-a", date: "2021-01-01", developerCountries: ["FR"], trainingComputeFlop: 2e24 }), // EU ahead of the US
  model({ name: "nodate", date: null, developerCountries: ["CN"], trainingComputeFlop: 1e27 }),
];

const run = (params: Record<string, unknown>) => frontierLag({ models, blocs: BLOCS }, frontierLagParams.parse(params));

describe("frontierLag", () => {
  it("measures how long ago the US first reached China's best, at each quarter end", () => {
    const result = run({ followers: "china", step: "quarter" });
    // China's first record is 2020-07-01, so the series starts at the end of Q3 2020 and ends with the quarter of the last model.
    expect(pick(result.rows, ["date", "followerBestModel", "reachedBy", "ahead", "lagMonths"])).toEqual([
      { date: "2020-09-30", followerBestModel: "cn-a", reachedBy: "us-a", ahead: "us", lagMonths: 9 }, // 273 of 366 days of 2020 = 8.95 months
      { date: "2020-12-31", followerBestModel: "cn-a", reachedBy: "us-a", ahead: "us", lagMonths: 12 }, // 365/366 of a year
      { date: "2021-03-31", followerBestModel: "cn-a", reachedBy: "us-a", ahead: "us", lagMonths: 14.9 }, // 12 + 89/365 * 12 = 14.93
      { date: "2021-06-30", followerBestModel: "cn-a", reachedBy: "us-a", ahead: "us", lagMonths: 17.9 }, // 12 + 180/365 * 12 = 17.92
      // China ties 1e24: the US reached it first, on 2021-01-01
      { date: "2021-09-30", followerBestModel: "cn-b", reachedBy: "us-b", ahead: "us", lagMonths: 8.9 }, // 272/365 * 12 = 8.94
    ]);
    expect(result.tables[1]!.rows).toHaveLength(1);
    expect(result.tables[1]!.rows[0]!.date).toBe("2021-09-30");
  });

  it("gives a negative lag when the compared bloc is ahead", () => {
    const result = run({ followers: "eu", step: "year" });
    expect(pick(result.rows, ["date", "ahead", "reachedBy", "lagMonths"])).toEqual([
      { date: "2021-12-31", ahead: "eu", reachedBy: "eu-a", lagMonths: -12 },
    ]);
  });

  it("is empty for a bloc with no model with compute", () => {
    expect(run({ followers: "uk" }).rows).toEqual([]);
  });

  it("names the parameter of an unknown bloc", () => {
    expect(() => run({ leader: "mars" })).toThrow(IndicatorParamError);
    expect(() => run({ followers: "china,mars" })).toThrow(/parameter followers/);
  });
});
