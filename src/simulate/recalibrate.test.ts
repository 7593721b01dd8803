import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BLOCS } from "./blocs.js";
import { DEFAULT_RECALIBRATION_OPTIONS, learnRecalibration, NO_RECALIBRATION, recalibrated } from "./recalibrate.js";
import type { Residual } from "./recalibrate.js";

/** An ensemble of 101 values evenly spread over median ± half-width, sorted. */
const ensemble = (median: number, halfWidth: number): Float64Array =>
  Float64Array.from({ length: 101 }, (_, i) => median - halfWidth + (2 * halfWidth * i) / 100);

const residual = (bloc: Residual["bloc"], year: number, error: number, originGap: number, horizon = 1): Residual => ({
  bloc,
  year,
  horizon,
  sorted: ensemble(24, 0.2),
  observed: 24 + error,
  originGap,
  floor: -Infinity,
});

const shape = (coreSpread: number, tailSpread: number) => ({ coreSpread, tailSpread });

describe(learnRecalibration, () => {
  it("learns nothing without residuals observed by the origin (no look-ahead)", () => {
    expect(learnRecalibration([], 2020)).toEqual(NO_RECALIBRATION);
    expect(learnRecalibration([residual("us", 2021, 0.5, 0.5)], 2020)).toEqual(NO_RECALIBRATION);
  });

  it("anchors a bloc whose forecasts missed by the gap at their origin, and not one that missed otherwise", () => {
    const residuals = [2015, 2016, 2017, 2018, 2019].flatMap((year) => [
      residual("us", year, 0.5, 0.5),
      residual("us", year, 0.4, 0.4),
      residual("china", year, 0.0, -1.5),
      residual("china", year, 0.05, -1.2),
    ]);
    const learned = learnRecalibration(residuals, 2019, { ...DEFAULT_RECALIBRATION_OPTIONS, gapCap: 10 });
    // The pooled residuals (China's want no anchor) pull the US's a step below 1: the hierarchical prior.
    expect(learned.anchor[BLOCS.indexOf("us")]).toBe(0.75);
    expect(learned.anchor[BLOCS.indexOf("china")]).toBe(0);
  });

  // Records move in steps: most years close to the forecast's median, a few far outside its band.
  const stepped = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019].flatMap((year) => [
    residual("eu", year, 0, 0),
    residual("eu", year, 0.02, 0),
    residual("eu", year, year % 2 === 0 ? 0.6 : -0.6, 0),
  ]);

  it("narrows the core and widens the tails when the misses are few and large", () => {
    const learned = learnRecalibration(stepped, 2019);
    expect(learned.coreSpread).toBeLessThan(1);
    expect(learned.tailSpread).toBeGreaterThan(1);
  });

  it("widens the core when the observations fall just outside the central half", () => {
    const residuals = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019].flatMap((year) => [
      residual("eu", year, 0.15, 0),
      residual("eu", year, -0.15, 0),
    ]);
    expect(learnRecalibration(residuals, 2019).coreSpread).toBeGreaterThan(1);
  });

  it("keeps the engine's spread with fewer residuals than two shape factors need", () => {
    const few = stepped.slice(0, DEFAULT_RECALIBRATION_OPTIONS.minResidualsForSpread - 1);
    const learned = learnRecalibration(few, 2019);
    expect([learned.coreSpread, learned.tailSpread]).toEqual([1, 1]);
    expect(learnRecalibration(stepped.slice(0, 12), 2019).coreSpread).not.toBe(1);
  });

  it("lets an anchored gap fade when the misses shrink with the horizon", () => {
    const residuals = [2016, 2017, 2018, 2019].flatMap((year) =>
      [1, 2, 3].map((horizon) => residual("us", year, 0.4 * 0.5 ** horizon, 0.4, horizon)),
    );
    const learned = learnRecalibration(residuals, 2019);
    expect(learned.anchor[BLOCS.indexOf("us")]).toBe(1);
    expect(learned.decay).toBe(0.5);
  });

  it("anchors at most the gap cap, so a bloc far below its compute's reach is not held there", () => {
    const residuals = [2016, 2017, 2018, 2019].map((year) => residual("china", year, -0.5, -2));
    expect(learnRecalibration(residuals, 2019).anchor[BLOCS.indexOf("china")]).toBe(1);
    const out = recalibrated(ensemble(10, 1), 1 * Math.max(-0.5, -2), NO_RECALIBRATION);
    expect(out[50]).toBeCloseTo(9.5);
  });
});

describe(recalibrated, () => {
  it("shifts around the median, the core factor within the quartiles and the tail factor beyond", () => {
    // Quartiles of ensemble(10, 1) at 9.5 and 10.5.
    const out = recalibrated(ensemble(10, 1), 0.5, shape(0.5, 2));
    expect(out[50]).toBeCloseTo(10.5);
    expect(out[75]).toBeCloseTo(10.5 + 0.25);
    expect(out[100]).toBeCloseTo(10.5 + 0.25 + 2 * 0.5);
    expect(out[0]).toBeCloseTo(10.5 - 0.25 - 2 * 0.5);
  });

  it("scales every distance by one factor when core and tail agree", () => {
    const out = recalibrated(ensemble(10, 1), 0, shape(2, 2));
    expect(out[0]).toBeCloseTo(8);
    expect(out[100]).toBeCloseTo(12);
  });

  it("keeps any ensemble in order for any positive factors (every percentile stays a run's)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.option(fc.double({ min: -50, max: 50, noNaN: true }), { nil: undefined }),
        (values, shift, core, tail, floor) => {
          const sorted = Float64Array.from(values).sort();
          const out = recalibrated(sorted, shift, shape(core, tail), floor);
          for (let i = 1; i < out.length; i++) expect(out[i]).toBeGreaterThanOrEqual(out[i - 1]! - 1e-9);
          if (floor !== undefined) for (const x of out) expect(x).toBeGreaterThanOrEqual(floor);
        },
      ),
    );
  });

  it("raises the runs below the record to it and leaves the rest as without a floor", () => {
    const free = recalibrated(ensemble(10, 1), 0, shape(1, 1));
    const floored = recalibrated(ensemble(10, 1), 0, shape(1, 1), 9.8);
    floored.forEach((x, i) => expect(x).toBeCloseTo(Math.max(9.8, free[i]!)));
    expect(floored[0]).toBe(9.8);
    expect(floored[100]).toBeCloseTo(11);
  });
});
