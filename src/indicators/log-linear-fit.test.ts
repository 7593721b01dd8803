import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearFit, logLinearFit } from "./log-linear-fit.js";

describe("linearFit", () => {
  it("reproduces Anscombe's first data set (Anscombe 1973, The American Statistician 27:17-21)", () => {
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    const fit = linearFit(x, y, 0.9)!;
    expect(fit.slope).toBeCloseTo(0.5001, 4);
    expect(fit.intercept).toBeCloseTo(3.0001, 4);
    expect(fit.slopeStandardError).toBeCloseTo(0.1179, 4);
    expect(fit.rSquared).toBeCloseTo(0.6665, 4);
    // t(0.95, 9) = 1.833113
    expect(fit.slopeLow).toBeCloseTo(0.5001 - 1.833113 * 0.11791, 3);
    expect(fit.slopeHigh).toBeCloseTo(0.5001 + 1.833113 * 0.11791, 3);
  });

  it("works out a five-point example by hand", () => {
    // slope 0.6, intercept 2.2, SSE 2.4, MSE 0.8, Sxx 10, SE sqrt(0.08); t(0.95, 3) = 2.353363
    const fit = linearFit([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])!;
    expect(fit.slope).toBeCloseTo(0.6, 12);
    expect(fit.intercept).toBeCloseTo(2.2, 12);
    expect(fit.slopeStandardError).toBeCloseTo(Math.sqrt(0.08), 12);
    expect(fit.slopeLow).toBeCloseTo(0.6 - 2.353363 * Math.sqrt(0.08), 5);
  });

  it.each([
    ["two points", [1, 2], [1, 2]],
    ["all x equal", [3, 3, 3], [1, 2, 3]],
  ])("is null when the slope is not identified: %s", (_name, x, y) => {
    expect(linearFit(x, y)).toBeNull();
  });

  it("keeps the slope inside its interval", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), {
          minLength: 3,
          maxLength: 30,
        }),
        (pairs) => {
          const fit = linearFit(
            pairs.map(([x]) => x),
            pairs.map(([, y]) => y),
          );
          if (!fit) return;
          expect(fit.slopeLow - 1e-9).toBeLessThanOrEqual(fit.slope);
          expect(fit.slopeHigh + 1e-9).toBeGreaterThanOrEqual(fit.slope);
        },
      ),
    );
  });
});

describe("logLinearFit", () => {
  it("recovers an exact tenfold-per-two-years trend with a zero-width interval", () => {
    const points = [2018, 2019, 2020, 2021].map((year) => ({ year, value: 1e20 * 10 ** ((year - 2018) / 2) }));
    const fit = logLinearFit(points)!;
    expect(fit.oomPerYear).toBeCloseTo(0.5, 12);
    expect(fit.factorPerYear).toBeCloseTo(Math.sqrt(10), 10);
    expect(fit.factorPerYearLow).toBeCloseTo(Math.sqrt(10), 6);
    expect(fit.doublingMonths).toBeCloseTo((12 * Math.log10(2)) / 0.5, 10);
    expect(fit.n).toBe(4);
  });

  it("has no doubling time when the trend falls", () => {
    const fit = logLinearFit([
      { year: 2000, value: 100 },
      { year: 2001, value: 10 },
      { year: 2002, value: 1 },
    ])!;
    expect(fit.doublingMonths).toBeNull();
  });

  it("rejects non-positive values, naming the year", () => {
    expect(() => logLinearFit([{ year: 2020, value: 0 }])).toThrow(/2020/);
  });
});
