import { describe, expect, it } from "vitest";
import { backtestCounts } from "./backtest-counts.js";
import type { CountOrigin } from "./backtest-counts.js";
import type { CountObservation, PopulationModel } from "./population.js";

/** Ten US models a year 2010-2024 at 1e23-1e24 FLOP; the observed counts of 2020-2024. */
const MODELS: PopulationModel[] = Array.from({ length: 15 }, (_, k) => 2010 + k).flatMap((year) =>
  Array.from({ length: 10 }, (_, i) => ({ bloc: "us" as const, year, computeFlop: i === 0 ? null : 1e23 * (1 + i) })),
);
const OBSERVATIONS: CountObservation[] = [2018, 2019, 2020, 2021, 2022, 2023, 2024].flatMap((year) => [
  { year, bloc: "us", metric: "notableModels", value: 10, source: "hand-made" },
  { year, bloc: "us", metric: "modelsAbove1e25", value: 0, source: "hand-made" },
  { year, bloc: "us", metric: "modelsAbove1e26", value: 0, source: "hand-made" },
]);
/** 50 kept runs whose largest run stays at 1e24 FLOP. */
const ORIGIN: CountOrigin = {
  origin: 2020,
  kept: Int32Array.from({ length: 50 }, (_, i) => 3 * i),
  largestLog10: () => new Float64Array(50).fill(24),
};

describe(backtestCounts, () => {
  const report = backtestCounts({ models: MODELS, observations: OBSERVATIONS }, [ORIGIN], 3, 7);

  it("scores the counts 1 to maxHorizon years after the origin, each against both baselines", () => {
    expect(report.points.map((p) => `${p.observation.metric} ${p.observation.year}`)).toEqual(
      [2021, 2022, 2023].flatMap((year) => [
        `notableModels ${year}`,
        `modelsAbove1e25 ${year}`,
        `modelsAbove1e26 ${year}`,
      ]),
    );
    expect(report.points.every((p) => p.randomWalk !== null && p.trend !== null)).toBe(true);
    expect(report.series.map((s) => `${s.bloc} ${s.metric} ${s.points}`)).toEqual([
      "us notableModels 3",
      "us modelsAbove1e25 3",
      "us modelsAbove1e26 3",
    ]);
  });

  it("forecasts a flat population exactly: ten models a year, none above 1e25 below a 1e24 record", () => {
    for (const point of report.points) {
      expect(point.model.median).toBeCloseTo(point.observed, 12);
      expect(point.model.crps).toBe(0);
    }
  });

  it("gives the same report for the same seed and reads no model published after the origin", () => {
    const later = [
      ...MODELS,
      ...Array.from({ length: 40 }, () => ({ bloc: "us" as const, year: 2022, computeFlop: 1e27 })),
    ];
    const again = backtestCounts({ models: later, observations: OBSERVATIONS }, [ORIGIN], 3, 7);
    expect(again).toEqual(report);
  });

  it("counts models above a threshold once the largest run carries them past it", () => {
    const grown = backtestCounts(
      { models: MODELS, observations: OBSERVATIONS },
      [{ ...ORIGIN, largestLog10: (_, year) => new Float64Array(50).fill(24 + (year - 2020)) }],
      3,
      7,
    );
    const above = grown.points.filter((p) => p.observation.metric === "modelsAbove1e25");
    expect(above.map((p) => p.model.median > 0)).toEqual([false, true, true]);
  });
});
