import { describe, expect, it } from "vitest";
import { isOpenWeights, openWeightsShare, openWeightsShareParams } from "./open-weights-share.js";
import { BLOCS, model, pick } from "./test-fixtures.js";

const models = [
  model({ name: "a", date: "2023-01-01", developerCountries: ["US"], accessibility: "Open weights (unrestricted)" }),
  model({ name: "b", date: "2023-02-01", developerCountries: ["US"], accessibility: "API access" }),
  model({ name: "c", date: "2023-03-01", developerCountries: ["US"], accessibility: null }),
  model({ name: "d", date: "2023-04-01", developerCountries: ["CN"], accessibility: "Open weights (non-commercial)" }),
  model({
    name: "e",
    date: "2023-05-01",
    developerCountries: ["US", "CN"],
    accessibility: "Open weights (restricted use)",
  }),
  model({ name: "f", date: "2024-05-01", developerCountries: ["CN"], accessibility: "Unreleased" }),
];

const run = (params: Record<string, unknown>) =>
  openWeightsShare({ models, blocs: BLOCS }, openWeightsShareParams.parse(params));

describe("openWeightsShare", () => {
  it.each([
    [
      "any, blanks excluded",
      {},
      [
        { year: 2023, group: "us", openModels: 2, models: 3, openShare: 0.6667 },
        { year: 2024, group: "us", openModels: 0, models: 0, openShare: null },
        { year: 2023, group: "china", openModels: 2, models: 2, openShare: 1 },
        { year: 2024, group: "china", openModels: 0, models: 1, openShare: 0 },
      ],
    ],
    [
      "any, blanks closed",
      { unknownAccess: "closed" },
      [
        { year: 2023, group: "us", openModels: 2, models: 4, openShare: 0.5 },
        { year: 2024, group: "us", openModels: 0, models: 0, openShare: null },
        { year: 2023, group: "china", openModels: 2, models: 2, openShare: 1 },
        { year: 2024, group: "china", openModels: 0, models: 1, openShare: 0 },
      ],
    ],
    [
      "fractional: the joint model gives each half",
      { attribution: "fractional" },
      [
        { year: 2023, group: "us", openModels: 1.5, models: 2.5, openShare: 0.6 },
        { year: 2024, group: "us", openModels: 0, models: 0, openShare: null },
        { year: 2023, group: "china", openModels: 1.5, models: 1.5, openShare: 1 },
        { year: 2024, group: "china", openModels: 0, models: 1, openShare: 0 },
      ],
    ],
  ])("%s", (_name, params, expected) => {
    const result = run({ blocs: "us,china", minModels: 1, ...params });
    expect(pick(result.rows, ["year", "group", "openModels", "models", "openShare"])).toEqual(expected);
  });

  it.each([
    ["Open weights (unrestricted)", true],
    ["open weights (restricted use)", true],
    ["API access", false],
    ["Hosted access (no API)", false],
    [null, false],
  ])("%s is open: %s", (label, expected) => {
    expect(isOpenWeights(label)).toBe(expected);
  });
});
