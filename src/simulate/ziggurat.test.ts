import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf } from "./distributions.js";
import { sfc32 } from "./rng.js";
import { normal } from "./ziggurat.js";

const draws = (seed: number, count: number): Float64Array => {
  const rng = sfc32(seed);
  return Float64Array.from({ length: count }, () => normal(rng));
};

/** Kolmogorov-Smirnov distance between the sample's distribution and the standard normal. */
function ksDistance(sample: Float64Array): number {
  const sorted = Float64Array.from(sample).sort();
  let distance = 0;
  sorted.forEach((x, i) => {
    const cdf = normalCdf(x);
    distance = Math.max(distance, (i + 1) / sorted.length - cdf, cdf - i / sorted.length);
  });
  return distance;
}

describe(normal, () => {
  // Fixed seeds, so these checks of a random sample pass or fail the same way every time.
  for (const seed of [1, 20260101]) {
    const count = 400_000;
    const sample = draws(seed, count);
    const mean = sample.reduce((sum, x) => sum + x, 0) / count;
    const moment = (power: number): number => sample.reduce((sum, x) => sum + (x - mean) ** power, 0) / count;

    it(`has the standard normal's mean, variance, skewness and kurtosis (seed ${seed})`, () => {
      // Within about four standard errors of each sample moment.
      expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(count));
      expect(Math.abs(moment(2) - 1)).toBeLessThan(4 * Math.sqrt(2 / count));
      expect(Math.abs(moment(3))).toBeLessThan(4 * Math.sqrt(6 / count));
      expect(Math.abs(moment(4) - 3)).toBeLessThan(4 * Math.sqrt(96 / count));
    });

    it(`has the standard normal's quantiles and distribution function (seed ${seed})`, () => {
      const sorted = Float64Array.from(sample).sort();
      const quantiles: [number, number][] = [
        [0.001, -3.090232306167813],
        [0.01, -2.3263478740408408],
        [0.05, -1.6448536269514722],
        [0.25, -0.6744897501960817],
        [0.5, 0],
        [0.75, 0.6744897501960817],
        [0.95, 1.6448536269514722],
        [0.99, 2.3263478740408408],
        [0.999, 3.090232306167813],
      ];
      for (const [p, z] of quantiles) expect(Math.abs(sorted[Math.floor(p * count)]! - z)).toBeLessThan(0.03);
      // KS critical value at the 0.1% level is 1.95 / sqrt(n).
      expect(ksDistance(sample)).toBeLessThan(1.95 / Math.sqrt(count));
    });

    it(`draws the tail beyond the base layer as often as the normal does (seed ${seed})`, () => {
      // P(|z| > 3.4426) = 5.76e-4 and P(|z| > 4) = 6.33e-5: expected counts 230 and 25 in 400,000 draws.
      const beyond = (cut: number): number => sample.filter((x) => Math.abs(x) > cut).length;
      const check = (cut: number): void => {
        const expected = 2 * (1 - normalCdf(cut)) * count;
        expect(Math.abs(beyond(cut) - expected)).toBeLessThan(4 * Math.sqrt(expected) + 1);
      };
      check(3.442619855899);
      check(4);
      expect(sample.filter((x) => x > 3.442619855899).length).toBeGreaterThan(0);
      expect(sample.filter((x) => x < -3.442619855899).length).toBeGreaterThan(0);
    });
  }

  it("gives the same draws for the same seed, and a mean near zero for any seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const sample = draws(seed, 20_000);
        expect([...draws(seed, 20_000)]).toEqual([...sample]);
        const mean = sample.reduce((sum, x) => sum + x, 0) / sample.length;
        expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(sample.length));
      }),
      { numRuns: 30 },
    );
  });
});
