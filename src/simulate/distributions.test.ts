import { describe, expect, it } from "vitest";
import {
  cholesky,
  correlatedNormals,
  lognormalFromInterval,
  normal,
  normalCdf,
  triangularQuantile,
  Z95,
} from "./distributions.js";
import { sfc32 } from "./rng.js";

function sample(n: number, draw: () => number): number[] {
  return Array.from({ length: n }, draw).sort((a, b) => a - b);
}
const quantile = (sorted: number[], p: number): number => sorted[Math.floor(p * (sorted.length - 1))]!;

describe("draws", () => {
  it("normal has mean 0 and sd 1", () => {
    const rng = sfc32(3);
    const xs = sample(40000, () => normal(rng));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(0, 1);
    expect(sd).toBeCloseTo(1, 1);
  });

  it.each([
    { median: 2.8, p5: 1.8, p95: 5.0 },
    { median: 0.1, p5: 0.01, p95: 0.4 },
  ])("lognormal($median; $p5-$p95) reproduces its median and 90% interval", ({ median, p5, p95 }) => {
    const rng = sfc32(11);
    const xs = sample(40000, () => lognormalFromInterval(median, p5, p95, normal(rng)));
    expect(quantile(xs, 0.5) / median).toBeCloseTo(1, 1);
    expect(Math.log(quantile(xs, 0.95) / quantile(xs, 0.05)) / Math.log(p95 / p5)).toBeCloseTo(1, 1);
  });

  it.each([
    { low: 0, mode: 0, high: 1, u: 0.25, expected: 1 - Math.sqrt(0.75) },
    { low: 0, mode: 1, high: 1, u: 0.25, expected: 0.5 },
    { low: 1, mode: 2, high: 3, u: 0.5, expected: 2 },
  ])("triangular quantile on [$low,$high] mode $mode at $u", ({ low, mode, high, u, expected }) => {
    expect(triangularQuantile(low, mode, high, u)).toBeCloseTo(expected, 12);
  });

  it.each([
    { z: 0, p: 0.5 },
    { z: Z95, p: 0.95 },
    { z: -1.959963984540054, p: 0.025 },
  ])("normalCdf($z) = $p", ({ z, p }) => expect(normalCdf(z)).toBeCloseTo(p, 6));
});

describe("correlated draws", () => {
  it("reproduce the requested correlation", () => {
    const matrix = [1, 0.6, 0.6, 1];
    const draw = correlatedNormals(cholesky(matrix, 2), 2);
    const rng = sfc32(5);
    const out = new Float64Array(2);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < 40000; i++) {
      draw(rng, out);
      sxy += out[0]! * out[1]!;
      sxx += out[0]! ** 2;
      syy += out[1]! ** 2;
    }
    expect(sxy / Math.sqrt(sxx * syy)).toBeCloseTo(0.6, 1);
  });

  it("equal the full product L·e, zeros of the factor included", () => {
    const n = 5;
    const matrix = [1, 0, 0.5, 0, 0, 0, 1, 0, 0, -0.3, 0.5, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, -0.3, 0, 0, 1];
    const lower = cholesky(matrix, n);
    const out = new Float64Array(n);
    correlatedNormals(lower, n)(sfc32(9), out);
    const rng = sfc32(9);
    const independent = Array.from({ length: n }, () => normal(rng));
    const expected = Array.from({ length: n }, (_, i) => {
      let sum = 0;
      for (let k = 0; k <= i; k++) sum += lower[i * n + k]! * independent[k]!;
      return sum;
    });
    expect([...out]).toEqual(expected);
  });

  it("rejects a matrix that is not positive definite", () => {
    expect(() => cholesky([1, 2, 2, 1], 2)).toThrow(/not positive definite/);
  });
});
