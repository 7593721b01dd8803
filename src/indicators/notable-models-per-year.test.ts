import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { notableModelsPerYear, notableModelsPerYearParams } from "./notable-models-per-year.js";
import { IndicatorParamError } from "./params.js";
import { BLOCS, model, pick } from "./test-fixtures.js";

const models = [
  model({ name: "A", date: "2020-03-01", developerCountries: ["US"] }),
  model({ name: "B", date: "2020-07-01", developerCountries: ["US", "FR"] }),
  model({ name: "C", date: "2020-09-01", developerCountries: ["CN", "CN", "US"] }),
  model({ name: "D", date: "2022-01-01", developerCountries: ["DE"] }),
  model({ name: "E", date: "2022-05-01", developerCountries: [] }), // no known country
  model({ name: "F", date: null, developerCountries: ["US"] }), // undated: left out
  model({ name: "G", date: "2020-01-01", developerCountries: ["US"], dataset: "large_scale" }), // not notable
];

const run = (params: Record<string, unknown>) =>
  notableModelsPerYear({ models, blocs: BLOCS }, notableModelsPerYearParams.parse(params));

describe("notableModelsPerYear", () => {
  it("counts each model fully for every developer bloc under any, zero-filling 2021", () => {
    const result = run({ blocs: "us,china,eu" });
    expect(pick(result.rows, ["year", "group", "models", "worldModels"])).toEqual([
      { year: 2020, group: "us", models: 3, worldModels: 3 },
      { year: 2021, group: "us", models: 0, worldModels: 0 },
      { year: 2022, group: "us", models: 0, worldModels: 2 },
      { year: 2020, group: "china", models: 1, worldModels: 3 },
      { year: 2021, group: "china", models: 0, worldModels: 0 },
      { year: 2022, group: "china", models: 0, worldModels: 2 },
      { year: 2020, group: "eu", models: 1, worldModels: 3 },
      { year: 2021, group: "eu", models: 0, worldModels: 0 },
      { year: 2022, group: "eu", models: 1, worldModels: 2 },
    ]);
    expect(result.rows[2]!.shareOfWorld).toBe(0);
    expect(result.rows[1]!.shareOfWorld).toBeNull();
    expect(result.method.n).toBe(5);
    expect(result.method.window).toEqual({ from: 2020, to: 2022 });
    expect(result.method.caveats[0]!.en).toMatch(/^1 of 5 models/);
  });

  it("splits multi-country models under fractional: 2020 gives US 1 + 1/2 + 1/3, China 2/3, EU 1/2", () => {
    const result = run({
      blocs: ["us", "china", "eu"],
      countries: ["FR"],
      attribution: "fractional",
      from: 2020,
      to: 2020,
    });
    expect(pick(result.rows, ["group", "groupKind", "models"])).toEqual([
      { group: "us", groupKind: "bloc", models: 1.833 },
      { group: "china", groupKind: "bloc", models: 0.667 },
      { group: "eu", groupKind: "bloc", models: 0.5 },
      { group: "FR", groupKind: "country", models: 0.5 },
    ]);
    expect(result.rows[0]!.shareOfWorld).toBeCloseTo(1.833 / 3, 3);
  });

  it("names the parameter for an unknown bloc and for a reversed period", () => {
    expect(() => run({ blocs: "us,atlantis" })).toThrow(IndicatorParamError);
    expect(() => run({ blocs: "us,atlantis" })).toThrow(/parameter blocs: unknown bloc 'atlantis'/);
    const parsed = notableModelsPerYearParams.safeParse({ from: 2024, to: 2020 });
    expect(parsed.error?.issues[0]?.path).toEqual(["to"]);
    expect(notableModelsPerYearParams.safeParse({ attribution: "some" }).error?.issues[0]?.message).toMatch(
      /any.*fractional/,
    );
  });

  it("returns no rows and no window when nothing is in the period", () => {
    const result = run({ from: 1990, to: 1991 });
    expect(result.rows).toEqual([]);
    expect(result.method.window).toBeNull();
  });

  it("under fractional, the blocs of a partition share out every model with a known country", () => {
    const arbitraryModel = fc.record({
      year: fc.integer({ min: 2020, max: 2022 }),
      countries: fc.array(fc.constantFrom("US", "CN", "HK", "DE", "FR", "NL", "GB"), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryModel, { minLength: 1, maxLength: 30 }), (drawn) => {
        const list = drawn.map((m, i) =>
          model({ name: `m${i}`, date: `${m.year}-06-01`, developerCountries: m.countries }),
        );
        const result = notableModelsPerYear(
          { models: list, blocs: BLOCS },
          notableModelsPerYearParams.parse({ blocs: "us,china,eu,uk", attribution: "fractional" }),
        );
        for (const year of new Set(result.rows.map((r) => r.year))) {
          const rows = result.rows.filter((r) => r.year === year);
          const shared = rows.reduce((sum, r) => sum + (r.models as number), 0);
          expect(shared).toBeCloseTo(rows[0]!.worldModels as number, 2);
        }
      }),
    );
  });
});
