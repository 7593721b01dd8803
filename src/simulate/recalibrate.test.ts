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
});

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

  it("widens the spread when the observations fall outside the bands", () => {
    const residuals = [2016, 2017, 2018, 2019].flatMap((year) => [
      residual("eu", year, 0.6, 0),
      residual("eu", year, -0.6, 0),
    ]);
    expect(learnRecalibration(residuals, 2019).spread).toBe(1.2);
    expect(
      learnRecalibration(residuals, 2019, { ...DEFAULT_RECALIBRATION_OPTIONS, spreadGrid: [1, 2, 3] }).spread,
    ).toBe(3);
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
    const out = recalibrated(ensemble(10, 1), 1 * Math.max(-0.5, -2), 1);
    expect(out[50]).toBeCloseTo(9.5);
  });
});

describe(recalibrated, () => {
  it("shifts and spreads around the median and keeps the ensemble sorted", () => {
    const out = recalibrated(ensemble(10, 1), 0.5, 2);
    expect(out[50]).toBeCloseTo(10.5);
    expect(out[0]).toBeCloseTo(8.5);
    expect(out[100]).toBeCloseTo(12.5);
    expect([...out]).toEqual([...out].sort((a, b) => a - b));
  });
});
