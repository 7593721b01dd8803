import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEnsemble, checkNormal, coverageOf, ensembleCrps, normalCrps } from "./scoring.js";

/** CRPS straight from its definition E|X - y| - E|X - X'| / 2, in O(n^2). */
function bruteCrps(values: readonly number[], y: number): number {
  const n = values.length;
  let toObservation = 0;
  let between = 0;
  for (const a of values) {
    toObservation += Math.abs(a - y);
    for (const b of values) between += Math.abs(a - b);
  }
  return toObservation / n - between / (2 * n * n);
}

describe(ensembleCrps, () => {
  it("equals the definition for any ensemble and observation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: -60, max: 60, noNaN: true }),
        (values, y) => {
          const sorted = Float64Array.from(values).sort();
          expect(ensembleCrps(sorted, y)).toBeCloseTo(bruteCrps(values, y), 9);
        },
      ),
    );
  });

  it("is the absolute error for a one-member ensemble", () => {
    expect(ensembleCrps(Float64Array.of(2), 5)).toBe(3);
  });
});

describe(normalCrps, () => {
  it("agrees with a large ensemble of the normal's quantiles", () => {
    const n = 4000;
    // N(1, 2) as the midpoints of an equal-probability grid (independent of the normalCdf the closed form uses).
    const quantiles = Float64Array.from({ length: n }, (_, i) => 1 + 2 * inverseNormal((i + 0.5) / n)).sort();
    expect(normalCrps(1, 2, 2.5)).toBeCloseTo(ensembleCrps(quantiles, 2.5), 2);
  });

  it("is the absolute error with no spread", () => {
    expect(normalCrps(1, 0, -2)).toBe(3);
  });
});

describe("band checks and coverage", () => {
  it("puts an observation at the median inside every band and far away outside them", () => {
    expect(checkNormal(0, 1, 0).inside).toEqual({ band50: true, band80: true, band90: true });
    expect(checkNormal(0, 1, 1.5).inside).toEqual({ band50: false, band80: false, band90: true });
    const ensemble = Float64Array.from({ length: 101 }, (_, i) => i);
    expect(checkEnsemble(ensemble, 30).inside).toEqual({ band50: true, band80: true, band90: true });
    expect(checkEnsemble(ensemble, 7).inside).toEqual({ band50: false, band80: false, band90: true });
    expect(checkEnsemble(ensemble, 50).median).toBe(50);
  });

  it("gives the share inside with its binomial standard error", () => {
    const checks = [0, 0, 0, 3].map((y) => checkNormal(0, 1, y));
    expect(coverageOf(checks).bands.band90).toEqual({ share: 0.75, standardError: Math.sqrt((0.75 * 0.25) / 4) });
  });
});

/** Acklam's rational approximation of the standard normal quantile (relative error below 1.2e-9). */
function inverseNormal(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number): number =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}
