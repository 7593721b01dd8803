import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PERCENTILES } from "./scenario.js";
import { percentileOfSorted, percentilesInPlace } from "./summarise.js";

describe(percentileOfSorted, () => {
  it.each([
    { values: [1, 2, 3, 4, 5], percentile: 50, expected: 3 },
    { values: [1, 2, 3, 4], percentile: 50, expected: 2.5 },
    { values: [0, 10], percentile: 5, expected: 0.5 },
    { values: [7], percentile: 95, expected: 7 },
  ])("p$percentile of $values is $expected", ({ values, percentile, expected }) => {
    expect(percentileOfSorted(Float64Array.from(values), percentile)).toBeCloseTo(expected, 12);
  });
});

describe(percentilesInPlace, () => {
  it("agrees with sorting for any sample", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 300 }),
          // Many ties: the order statistic after each selection is found by a minimum scan.
          fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 300 }),
          // Longer than 600: the selection first narrows the range on a sample (Floyd-Rivest).
          fc.array(
            fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map((x) => x + 0),
            { minLength: 601, maxLength: 4000 },
          ),
          fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 601, maxLength: 4000 }),
        ),
        (sample) => {
          const sorted = Float64Array.from(sample).sort();
          const out = new Float64Array(PERCENTILES.length);
          percentilesInPlace(Float64Array.from(sample), out);
          PERCENTILES.forEach((p, i) => expect(out[i]).toBe(percentileOfSorted(sorted, p)));
        },
      ),
    );
  });
});
