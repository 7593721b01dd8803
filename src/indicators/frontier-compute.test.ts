import { describe, expect, it } from "vitest";
import { frontierCompute, frontierComputeParams } from "./frontier-compute.js";
import { BLOCS, model, pick } from "./test-fixtures.js";

const models = [
  model({ name: "us-1", date: "2018-01-01", developerCountries: ["US"], trainingComputeFlop: 1e22 }),
  model({ name: "us-2", date: "2019-01-01", developerCountries: ["US"], trainingComputeFlop: 1e23 }),
  model({ name: "us-small", date: "2019-06-01", developerCountries: ["US"], trainingComputeFlop: 1e21 }),
  model({ name: "us-tie", date: "2020-01-01", developerCountries: ["US"], trainingComputeFlop: 1e23 }), // ties: no new record
  model({
    name: "us-3",
    date: "2021-01-01",
    developerCountries: ["US"],
    trainingComputeFlop: 1e25,
    confidence: "Likely",
  }),
  model({ name: "joint", date: "2020-06-01", developerCountries: ["US", "CN", "CN"], trainingComputeFlop: 1e24 }),
  model({ name: "cn-1", date: "2019-01-01", developerCountries: ["CN"], trainingComputeFlop: 1e22 }),
  model({ name: "cn-nodate", date: null, developerCountries: ["CN"], trainingComputeFlop: 1e26 }),
  model({ name: "cn-nocompute", date: "2022-01-01", developerCountries: ["CN"] }),
];

const run = (params: Record<string, unknown>) =>
  frontierCompute({ models, blocs: BLOCS }, frontierComputeParams.parse(params));

describe("frontierCompute", () => {
  it("lists record-setting runs per bloc under any (the joint model is a record for both)", () => {
    const result = run({ blocs: "us,china" });
    expect(pick(result.rows, ["date", "group", "model", "previousRecordFlop"])).toEqual([
      { date: "2018-01-01", group: "us", model: "us-1", previousRecordFlop: null },
      { date: "2019-01-01", group: "us", model: "us-2", previousRecordFlop: 1e22 },
      { date: "2020-06-01", group: "us", model: "joint", previousRecordFlop: 1e23 },
      { date: "2021-01-01", group: "us", model: "us-3", previousRecordFlop: 1e24 },
      { date: "2019-01-01", group: "china", model: "cn-1", previousRecordFlop: null },
      { date: "2020-06-01", group: "china", model: "joint", previousRecordFlop: 1e22 },
    ]);
    expect(result.method.n).toBe(7);
  });

  it("gives the joint model (China 2/3) only to China under fractional", () => {
    const result = run({ blocs: "us,china", attribution: "fractional" });
    expect(result.rows.filter((r) => r.model === "joint").map((r) => r.group)).toEqual(["china"]);
  });

  it("fits log10 compute on the year: China's two models are one point short of a fit", () => {
    const growth = run({ blocs: "us,china", attribution: "fractional", fitFrom: 2018, fitTo: 2021 }).tables[1]!.rows;
    expect(growth[1]).toMatchObject({ group: "china", n: 2, factorPerYear: null, doublingMonths: null });
    expect(growth[0]).toMatchObject({ group: "us", n: 5, fitFrom: 2018, fitTo: 2021 });
    expect(growth[0]!.factorPerYear as number).toBeGreaterThan(1);
    expect(growth[0]!.factorPerYearLow as number).toBeLessThan(growth[0]!.factorPerYear as number);
  });

  it("recovers an exact trend of 10x per year", () => {
    const exact = [2015, 2016, 2017, 2018].map((y, i) =>
      model({ name: `m${y}`, date: `${y}-01-01`, developerCountries: ["FR"], trainingComputeFlop: 10 ** (20 + i) }),
    );
    const result = frontierCompute(
      { models: exact, blocs: BLOCS },
      frontierComputeParams.parse({ blocs: "eu", fitFrom: 2015 }),
    );
    // decimal years from 1 January are exactly 2015..2018, so the slope is exactly 1
    expect(result.tables[1]!.rows[0]).toMatchObject({ n: 4, oomPerYear: 1, factorPerYear: 10, doublingMonths: 3.61 });
  });

  it("rejects a confidence outside (0.5, 1)", () => {
    expect(frontierComputeParams.safeParse({ confidence: 1.5 }).error?.issues[0]?.path).toEqual(["confidence"]);
  });
});
