/**
 * The fast path gives exactly the reference path's numbers. Reference: every quarter a full `step` (lags,
 * effective compute and all four logs), each year's values written straight into the slot-major outputs, all
 * runs finished and summarised in one piece. Fast path: simulateRuns (lags and effective compute only when
 * read, the leader's log alone while it has both the largest run and the best algorithms, cached lever
 * factors) and the same work split into arbitrary run and series ranges, as the worker pool splits it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyLevers } from "../../test/support/arbitrary-levers.js";
import { BLOC_COUNT } from "./blocs.js";
import { PARAMETER_COUNT } from "./params/index.js";
import { runSeed, sfc32 } from "./rng.js";
import { finishRuns } from "./monte-carlo.js";
import { chinaAboveUsOffset, compileScenario, outputOffset, simulateRuns } from "./run.js";
import type { CompiledScenario } from "./run.js";
import { OUTPUT_QUANTITIES, PERCENTILES } from "./scenario.js";
import type { Scenario } from "./scenario.js";
import { drawQuarterShocks, SHOCK_COUNT } from "./shocks.js";
import { createState } from "./state.js";
import { step } from "./step.js";
import { seriesCount, seriesPercentiles, summariseRuns, summaryFromPercentiles } from "./summarise.js";

const FRONTIER_LAG = OUTPUT_QUANTITIES.indexOf("frontierLagMonths");

function referenceRuns(compiled: CompiledScenario): Float64Array {
  const { scenario, schedule, sampler, quarters, years, slots } = compiled;
  const runs = scenario.runs;
  const out = new Float64Array(runs * slots);
  for (let run = 0; run < runs; run++) {
    const rng = sfc32(runSeed(scenario.seed, run));
    const params = new Float64Array(PARAMETER_COUNT);
    sampler.draw(rng, params);
    const state = createState(params, quarters);
    const shocks = new Float64Array(SHOCK_COUNT);
    for (let q = 0; q < quarters; q++) {
      drawQuarterShocks(rng, shocks);
      step(state, params, schedule, shocks);
      if (q % 4 !== 3) continue;
      const year = (q - 3) / 4;
      const quantities = [state.stock, state.frontierTraining, state.effectiveCompute, state.lagMonths, state.share];
      quantities.forEach((values, k) => {
        for (let b = 0; b < BLOC_COUNT; b++) out[outputOffset(k, b, year, years.length) * runs + run] = values[b]!;
      });
      out[chinaAboveUsOffset(year, years.length) * runs + run] =
        state.frontierTraining[1]! > state.frontierTraining[0]! ? 1 : 0;
    }
  }
  return out;
}

/** Every slot but the frontier lags', which finishRuns fills in. */
function engineSlots(out: Float64Array, compiled: CompiledScenario): number[] {
  const runs = compiled.scenario.runs;
  const yearCount = compiled.years.length;
  const lagStart = outputOffset(FRONTIER_LAG, 0, 0, yearCount) * runs;
  const lagEnd = outputOffset(FRONTIER_LAG + 1, 0, 0, yearCount) * runs;
  return [...out.subarray(0, lagStart), ...out.subarray(lagEnd)];
}

const anyScenario: fc.Arbitrary<Scenario> = fc.record({
  name: fc.constant("property"),
  description: fc.constant(""),
  endYear: fc.integer({ min: 2016, max: 2040 }),
  runs: fc.integer({ min: 1, max: 40 }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  levers: anyLevers,
  parameters: fc.constant({}),
});

/** Up to three cut points in [0, n]: the ranges a pool of up to four workers would get. */
const cuts = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 0, max: n }), { maxLength: 3 }).map((points) => [0, ...points.sort((a, b) => a - b), n]);

describe("fast path", () => {
  it("simulates exactly the reference path's numbers, for any scenario and seed", () => {
    fc.assert(
      fc.property(anyScenario, (scenario) => {
        const compiled = compileScenario(scenario);
        const fast = new Float64Array(scenario.runs * compiled.slots);
        simulateRuns(compiled, 0, scenario.runs, fast);
        expect(engineSlots(fast, compiled)).toEqual(engineSlots(referenceRuns(compiled), compiled));
      }),
      { numRuns: 60 },
    );
  });

  it("gives the same outputs and summary whichever way runs and series are split", () => {
    const splitScenario = anyScenario.chain((scenario) => {
      const series = seriesCount(compileScenario(scenario));
      return fc.tuple(fc.constant(scenario), cuts(scenario.runs), cuts(series), fc.boolean());
    });
    fc.assert(
      fc.property(splitScenario, ([scenario, runCuts, seriesCuts, keepSome]) => {
        const compiled = compileScenario(scenario);
        const runs = scenario.runs;
        const whole = new Float64Array(runs * compiled.slots);
        simulateRuns(compiled, 0, runs, whole);
        finishRuns(compiled, whole, 0, runs);

        const split = new Float64Array(runs * compiled.slots);
        for (let i = 0; i + 1 < runCuts.length; i++) {
          simulateRuns(compiled, runCuts[i]!, runCuts[i + 1]!, split, runs, 0);
          finishRuns(compiled, split, runCuts[i]!, runCuts[i + 1]!);
        }
        expect([...split]).toEqual([...whole]);

        const kept = Int32Array.from({ length: runs }, (_, run) => run).filter((run) => !keepSome || run % 3 !== 1);
        const table = new Float64Array(seriesCount(compiled) * PERCENTILES.length);
        for (let i = 0; i + 1 < seriesCuts.length; i++) {
          const [from, to] = [seriesCuts[i]!, seriesCuts[i + 1]!];
          const part = new Float64Array((to - from) * PERCENTILES.length);
          seriesPercentiles(split, runs, kept, from, to, part);
          table.set(part, from * PERCENTILES.length);
        }
        expect(summaryFromPercentiles(compiled, table, split, runs, kept)).toEqual(
          summariseRuns(compiled, whole, runs, kept),
        );
      }),
      { numRuns: 40 },
    );
  });
});
