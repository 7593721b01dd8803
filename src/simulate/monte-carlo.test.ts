import { describe, expect, it } from "vitest";
import { BLOCS } from "./blocs.js";
import { calibrationTargets } from "../../test/support/calibration-targets.js";
import { loadPreset } from "../api/simulation-presets.js";
import { NEUTRAL_LEVERS } from "./levers.js";
import { runScenario } from "./monte-carlo.js";
import type { Scenario } from "./scenario.js";
import { OUTPUT_QUANTITIES } from "./scenario.js";

const small: Scenario = {
  name: "small",
  description: "",
  endYear: 2030,
  runs: 60,
  seed: 7,
  levers: NEUTRAL_LEVERS,
  parameters: {},
};

describe("seeded determinism", () => {
  it("gives identical results for the same seed and different ones for another seed", () => {
    const a = runScenario(small);
    expect(runScenario(small)).toEqual(a);
    expect(runScenario({ ...small, seed: 8 }).series.computeStock.us.p50).not.toEqual(a.series.computeStock.us.p50);
  });
});

describe("ensemble output", () => {
  const result = runScenario(small);
  it.each(OUTPUT_QUANTITIES.flatMap((quantity) => BLOCS.map((bloc) => ({ quantity, bloc }))))(
    "$quantity for $bloc has ordered percentiles",
    ({ quantity, bloc }) => {
      const band = result.series[quantity][bloc];
      result.years.forEach((_, y) => {
        expect(band.p5[y]).toBeLessThanOrEqual(band.p25[y]!);
        expect(band.p25[y]).toBeLessThanOrEqual(band.p50[y]!);
        expect(band.p50[y]).toBeLessThanOrEqual(band.p75[y]!);
        expect(band.p75[y]).toBeLessThanOrEqual(band.p95[y]!);
      });
    },
  );

  it("reports the probability that China's frontier run exceeds the US's as a share of runs", () => {
    expect(result.chinaFrontierAboveUs).toHaveLength(result.years.length);
    for (const p of result.chinaFrontierAboveUs) expect(p * small.runs).toBeCloseTo(Math.round(p * small.runs), 9);
  });

  it("counts a run as passed by a year once China's largest run has exceeded the US's in that year or before", () => {
    // China invests ten times more and the US a tenth, without controls: China passes in many runs.
    const levers = {
      ...NEUTRAL_LEVERS,
      from: 2020,
      exportControlStrictness: 0,
      investment: { us: 0.1, china: 10, eu: 1, row: 1 },
    };
    const race = runScenario({ ...small, endYear: 2040, levers });
    expect(race.chinaFrontierPassedUsBy.at(-1)).toBeGreaterThan(0);
    race.years.forEach((year, y) => {
      if (year < 2020) return expect(race.chinaFrontierPassedUsBy[y]).toBeNaN(); // history, not a forecast
      expect(race.chinaFrontierPassedUsBy[y]).toBeGreaterThanOrEqual(race.chinaFrontierAboveUs[y]!);
      if (year > 2020)
        expect(race.chinaFrontierPassedUsBy[y]).toBeGreaterThanOrEqual(race.chinaFrontierPassedUsBy[y - 1]!);
    });
  });
});

describe("calibration", () => {
  const targets = calibrationTargets();
  const calibrated = runScenario({ ...small, endYear: 2025, runs: 1500, seed: 20260101 }, targets);

  it("keeps only part of the prior, without falling back", () => {
    expect(calibrated.calibration.fallback).toBe(false);
    expect(calibrated.calibration.kept).toBeLessThan(calibrated.calibration.runs);
    expect(calibrated.calibration.kept).toBeGreaterThanOrEqual(75);
  });

  it.each(targets.map((target) => ({ label: `${target.bloc} ${target.quantity} ${target.year}`, target })))(
    "the median run reproduces $label within its tolerance",
    ({ target }) => {
      const check = calibrated.calibration.targets.find((c) => c.target === target)!;
      expect(Math.abs(check.error), `median ${check.median} vs ${target.value} (${target.source})`).toBeLessThanOrEqual(
        1,
      );
    },
  );

  it("rejects a target outside the simulated years, naming it", () => {
    expect(() => runScenario(small, [{ ...targets[0]!, year: 2050 }])).toThrow(
      /calibration target 0 .*year outside 2015-2030/,
    );
  });
});

describe("presets", () => {
  it("strict controls lower China's median compute stock in 2030 below the baseline's", async () => {
    const runs = 300;
    const baseline = runScenario({ ...(await loadPreset("baseline")).scenario, runs, endYear: 2030 });
    const strict = runScenario({ ...(await loadPreset("strict-controls")).scenario, runs, endYear: 2030 });
    const y2030 = baseline.years.indexOf(2030);
    expect(strict.series.computeStock.china.p50[y2030]).toBeLessThan(baseline.series.computeStock.china.p50[y2030]!);
    expect(strict.series.lagMonths.china.p50[y2030]).toBeGreaterThanOrEqual(
      baseline.series.lagMonths.china.p50[y2030]!,
    );
  });
});
