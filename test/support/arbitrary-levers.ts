/** fast-check arbitraries for the simulator's property tests. */
import fc from "fast-check";
import type { Levers } from "../../src/simulate/levers.js";

const blocRecord = (value: fc.Arbitrary<number>) => fc.record({ us: value, china: value, eu: value, row: value });

/** Any scenario's levers, including shocks. */
export const anyLevers: fc.Arbitrary<Levers> = fc.record({
  from: fc.integer({ min: 2016, max: 2035 }),
  exportControlStrictness: fc.double({ min: 0, max: 4, noNaN: true }),
  investment: blocRecord(fc.double({ min: 0, max: 5, noNaN: true })),
  regulation: blocRecord(fc.double({ min: 0, max: 1, noNaN: true })),
  openWeights: fc.double({ min: 0, max: 1, noNaN: true }),
  talentToUs: fc.double({ min: 0, max: 5, noNaN: true }),
  raceIntensity: fc.double({ min: 0, max: 2, noNaN: true }),
  computeCapFlop: fc.option(fc.double({ min: 1e24, max: 1e30, noNaN: true }), { nil: null }),
  taiwan: fc.record({
    probabilityPerYear: fc.double({ min: 0, max: 0.5, noNaN: true }),
    year: fc.option(fc.integer({ min: 2016, max: 2040 }), { nil: null }),
    supplyFactor: fc.constant([0.1, 0.5] as const),
    durationYears: fc.constant([1, 3] as const),
  }),
  theftProbabilityPerYear: fc.double({ min: 0, max: 0.5, noNaN: true }),
});
