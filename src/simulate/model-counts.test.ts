import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NEUTRAL_LEVERS } from "./levers.js";
import { COUNTED_BLOCS } from "./model-counts.js";
import type { ModelCounts } from "./model-counts.js";
import { runScenario } from "./monte-carlo.js";
import { HAND_MADE_MODELS } from "../../test/support/population-models.js";
import type { Scenario } from "./scenario.js";

const small: Scenario = {
  name: "small",
  description: "",
  endYear: 2030,
  runs: 40,
  seed: 11,
  levers: NEUTRAL_LEVERS,
  parameters: {},
};

const countsOf = (scenario: Scenario): ModelCounts => runScenario(scenario, [], HAND_MADE_MODELS).counts!;

describe("counts of models in the answer", () => {
  it("counts every year after the last observed one, learned at that year", () => {
    const counts = countsOf(small);
    expect(counts.origin).toBe(2025);
    expect(counts.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    // Up to 2025 the hand-made US models above 1e25 FLOP number 4 (2024: 1, 2025: 3): the counts start there.
    expect(Math.min(...counts.series.modelsAbove1e25.us.p5)).toBeGreaterThanOrEqual(4);
  });

  it("is the same for the same seed and differs for another", () => {
    expect(countsOf(small)).toEqual(countsOf(small));
    expect(countsOf({ ...small, seed: 12 })).not.toEqual(countsOf(small));
  });

  it("has no counts without models", () => {
    expect(runScenario(small).counts).toBeNull();
  });

  it("never counts more models above 1e26 than above 1e25, and the cumulative counts never fall", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 2026, max: 2029 }), (seed, from) => {
        const counts = countsOf({ ...small, runs: 20, seed, levers: { ...NEUTRAL_LEVERS, from } });
        for (const bloc of [...COUNTED_BLOCS, "total"] as const)
          for (const key of ["p5", "p50", "p95"] as const) {
            const above25 = counts.series.modelsAbove1e25[bloc][key];
            const above26 = counts.series.modelsAbove1e26[bloc][key];
            above26.forEach((value, y) => {
              expect(value).toBeLessThanOrEqual(above25[y]!);
              if (y > 0) expect(value).toBeGreaterThanOrEqual(above26[y - 1]!);
            });
          }
      }),
      { numRuns: 15 },
    );
  });
});
