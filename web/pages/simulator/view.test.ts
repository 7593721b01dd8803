import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NEUTRAL_LEVERS, type Scenario } from "../../../src/simulate/index.js";
import {
  DEFAULT_VIEW,
  FAN_QUANTITIES,
  LEVERS,
  parseSimulatorView,
  sideScenario,
  simulatorQuery,
  type SimulatorView,
} from "./view.js";

const PRESETS = ["baseline", "strict-controls", "eu-invests-3x", "open-weights-everywhere", "supply-shock"];
const preset: Scenario = {
  name: "baseline",
  description: "",
  endYear: 2040,
  runs: 2000,
  seed: 20260101,
  levers: NEUTRAL_LEVERS,
  parameters: {},
};

describe(parseSimulatorView, () => {
  it.each([
    { query: "", expected: DEFAULT_VIEW },
    {
      query: "a=strict-controls&b=baseline",
      expected: { ...DEFAULT_VIEW, presets: { a: "strict-controls", b: "baseline" } },
    },
    { query: "a=nonsense&runs=7&year=2099&by=abc&q=gdp&seed=-3", expected: DEFAULT_VIEW },
    {
      query: "a.ec=4&b.inv.eu=3&a.ow=7",
      expected: { ...DEFAULT_VIEW, overrides: { a: { ec: 4 }, b: { "inv.eu": 3 } } },
    },
    {
      query: "seed=42&runs=2000&year=2035&by=2040&q=lagMonths",
      expected: { ...DEFAULT_VIEW, seed: 42, runs: 2000, lagYear: 2035, passYear: 2040, quantity: "lagMonths" },
    },
  ])("reads '$query'", ({ query, expected }) => {
    expect(parseSimulatorView(new URLSearchParams(query), PRESETS)).toEqual(expected);
  });

  it("round-trips through the query string for any view", () => {
    const overrides = fc.record(
      Object.fromEntries(
        LEVERS.map((lever) => [
          lever.key,
          fc
            .integer({ min: 0, max: Math.round((lever.max - lever.min) / lever.step) })
            .map((k) => Number((lever.min + k * lever.step).toFixed(4))),
        ]),
      ),
      { requiredKeys: [] },
    );
    const views = fc.record({
      presets: fc.record({ a: fc.constantFrom(...PRESETS), b: fc.constantFrom(...PRESETS) }),
      overrides: fc.record({ a: overrides, b: overrides }),
      seed: fc.option(fc.integer({ min: 0, max: 4_294_967_295 }), { nil: null }),
      runs: fc.integer({ min: 100, max: 5000 }),
      quantity: fc.constantFrom(...FAN_QUANTITIES),
      lagYear: fc.integer({ min: 2026, max: 2040 }),
      passYear: fc.integer({ min: 2026, max: 2040 }),
    });
    fc.assert(
      fc.property(views, (view) => {
        expect(parseSimulatorView(new URLSearchParams(simulatorQuery(view as SimulatorView)), PRESETS)).toEqual(view);
      }),
    );
  });
});

describe(sideScenario, () => {
  it("applies the moved levers, the seed and the runs, and marks the name", () => {
    const scenario = sideScenario(preset, { ec: 4, "inv.eu": 3, taiwan: 0.05 }, { seed: 7, runs: 500 });
    expect(scenario.levers).toMatchObject({
      exportControlStrictness: 4,
      investment: { us: 1, china: 1, eu: 3, row: 1 },
      taiwan: { probabilityPerYear: 0.05 },
    });
    expect(scenario).toMatchObject({ seed: 7, runs: 500, name: "baseline (changed)" });
  });

  it("keeps the preset's seed and name when nothing moved", () => {
    expect(sideScenario(preset, {}, { seed: null, runs: 1000 })).toEqual({ ...preset, runs: 1000 });
  });
});
