import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCounts, countScale } from "./count-scoring.js";
import { ensembleCrps } from "./scoring.js";

describe(checkCounts, () => {
  it("scores on log10(count + 1)", () => {
    const check = checkCounts([9, 9, 99], 0, 0.5);
    expect(check.median).toBeCloseTo(1, 12);
    expect(check.error).toBeCloseTo(-1, 12);
    expect(check.crps).toBeCloseTo(ensembleCrps(Float64Array.from([1, 1, 2]), 0), 12);
  });

  it("reads the bands from the randomised PIT", () => {
    // Every draw equals the observation: u = v, inside a band exactly when v is.
    expect(checkCounts([0, 0, 0], 0, 0.5).inside).toEqual({ band50: true, band80: true, band90: true });
    expect(checkCounts([0, 0, 0], 0, 0.7).inside).toEqual({ band50: true, band80: true, band90: true });
    expect(checkCounts([0, 0, 0], 0, 0.8).inside).toEqual({ band50: false, band80: true, band90: true });
    expect(checkCounts([0, 0, 0], 0, 0.97).inside).toEqual({ band50: false, band80: false, band90: false });
    // Below every draw: u = 0, outside whatever v.
    expect(checkCounts([3, 4, 5], 1, 0.5).inside.band90).toBe(false);
    // Ten draws 0..9, observed 5: u = 0.5 + v / 10.
    const ten = Array.from({ length: 10 }, (_, i) => i);
    expect(checkCounts(ten, 5, 0).inside.band50).toBe(true);
    expect(checkCounts(ten, 8, 0.6).inside).toEqual({ band50: false, band80: true, band90: true });
  });

  it("covers at the nominal rate when the observation is drawn from the forecast", () => {
    // A discrete forecast (counts 0-3) with its observations drawn from it: the PIT is uniform.
    const forecast = [0, 0, 0, 0, 1, 1, 1, 2, 2, 3];
    let inside50 = 0;
    let trials = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (i, v) => {
          trials++;
          if (checkCounts(forecast, forecast[i]!, v).inside.band50) inside50++;
        },
      ),
      { numRuns: 4000, seed: 3 },
    );
    expect(inside50 / trials).toBeGreaterThan(0.45);
    expect(inside50 / trials).toBeLessThan(0.55);
  });

  it("maps a count to log10(count + 1)", () => {
    expect(countScale(0)).toBe(0);
    expect(countScale(99)).toBeCloseTo(2, 12);
  });
});
