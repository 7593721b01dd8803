import { describe, expect, it } from "vitest";
import type { CalibrationTarget } from "../simulate/calibrate.js";
import { NEUTRAL_LEVERS } from "../simulate/levers.js";
import { runScenario } from "../simulate/monte-carlo.js";
import type { Scenario } from "../simulate/scenario.js";
import { HAND_MADE_MODELS } from "../../test/support/population-models.js";
import { createSimulationPool, evenRanges } from "./simulation-pool.js";

const small: Scenario = {
  name: "small",
  description: "",
  endYear: 2030,
  runs: 60,
  seed: 7,
  levers: NEUTRAL_LEVERS,
  parameters: {},
};

/** Levers that use every branch of the fast path (race reaction, shocks, cap), and targets that keep a subset. */
const shaken: Scenario = {
  ...small,
  runs: 77,
  seed: 2026,
  endYear: 2036,
  levers: {
    ...NEUTRAL_LEVERS,
    raceIntensity: 0.8,
    computeCapFlop: 3e27,
    theftProbabilityPerYear: 0.2,
    taiwan: { ...NEUTRAL_LEVERS.taiwan, probabilityPerYear: 0.3 },
  },
};
const targets: CalibrationTarget[] = [
  { year: 2022, bloc: "us", quantity: "worldShare", value: 0.5, tolerance: 0.05, source: "hand-made" },
  // The last observed year's largest run: the kept runs are anchored to it after the history match.
  { year: 2025, bloc: "us", quantity: "frontierTraining", value: 5e26, tolerance: 0.6, source: "hand-made" },
];

describe("simulation pool", () => {
  it("does not depend on the number of worker threads", async () => {
    const inProcess = runScenario(small);
    const shakenInProcess = runScenario(shaken, targets, HAND_MADE_MODELS);
    expect(shakenInProcess.calibration.kept).toBeLessThan(shaken.runs);
    // The counts are drawn from the anchored runs on the main thread: the same as in one thread.
    expect(shakenInProcess.counts?.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]);
    for (const workers of [1, 2, 3]) {
      const pool = createSimulationPool(workers);
      try {
        const progress: number[] = [];
        const parallel = await pool.run(small, { onProgress: (done) => progress.push(done) });
        expect(parallel).toEqual(inProcess);
        expect(progress.at(-1)).toBe(small.runs);
        // A second, larger scenario on the same pool reuses or replaces the first one's shared buffer.
        expect(await pool.run(shaken, { targets, models: HAND_MADE_MODELS })).toEqual(shakenInProcess);
        expect(await pool.run(small)).toEqual(inProcess);
      } finally {
        await pool.close();
      }
    }
  });
});

describe(evenRanges, () => {
  it.each([
    {
      count: 10,
      parts: 2,
      expected: [
        [0, 5],
        [5, 10],
      ],
    },
    {
      count: 7,
      parts: 3,
      expected: [
        [0, 2],
        [2, 4],
        [4, 7],
      ],
    },
    {
      count: 1,
      parts: 2,
      expected: [
        [0, 0],
        [0, 1],
      ],
    },
  ])("splits $count into $parts", ({ count, parts, expected }) => {
    expect(evenRanges(count, parts)).toEqual(expected);
  });
});
