import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logGamma, studentTCdf, studentTQuantile } from "./student-t.js";

describe("studentTQuantile", () => {
  // Values from the standard t table (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
  it.each([
    [0.95, 1, 6.313752],
    [0.95, 2, 2.919986],
    [0.95, 3, 2.353363],
    [0.95, 5, 2.015048],
    [0.95, 9, 1.833113],
    [0.95, 10, 1.812461],
    [0.95, 30, 1.697261],
    [0.95, 100, 1.660234],
    [0.975, 10, 2.228139],
    [0.99, 4, 3.746947],
    [0.05, 3, -2.353363],
  ])("q(%f, df=%i) = %f", (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 5);
  });

  it("rejects probabilities outside (0, 1) and bad degrees of freedom", () => {
    expect(() => studentTQuantile(1, 3)).toThrow(/probability/);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/degrees of freedom/);
  });

  it("inverts the CDF", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 200 }), (p, df) => {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 9);
      }),
    );
  });
});

describe("studentTCdf", () => {
  it("matches the closed forms for df = 1 (Cauchy) and df = 2", () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (t) => {
        expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 10);
        expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 10);
      }),
    );
  });

  it("is symmetric around zero", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        (t, df) => {
          expect(studentTCdf(-t, df)).toBeCloseTo(1 - studentTCdf(t, df), 10);
        },
      ),
    );
  });
});

describe("logGamma", () => {
  it.each([
    [1, 0],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [5, Math.log(24)],
    [10.5, Math.log(1133278.3889487856)],
  ])("ln Γ(%f)", (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 10);
  });
});
