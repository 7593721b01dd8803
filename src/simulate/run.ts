import { BLOC_COUNT } from "./blocs.js";
import { compileLevers, START_YEAR } from "./levers.js";
import type { LeverSchedule } from "./levers.js";
import { PARAMETER_COUNT } from "./params/index.js";
import { runSeed, sfc32 } from "./rng.js";
import { createParameterSampler } from "./sample-params.js";
import type { ParameterSampler, ParameterVector } from "./sample-params.js";
import { OUTPUT_QUANTITIES } from "./scenario.js";
import type { Scenario } from "./scenario.js";
import { drawQuarterShocks, SHOCK_COUNT } from "./shocks.js";
import { createState, resetState } from "./state.js";
import type { SimState } from "./state.js";
import { step } from "./step.js";

const QUANTITY_COUNT = OUTPUT_QUANTITIES.length;

/** What every run of a scenario shares: the lever schedule, the prior sampler and the output layout. */
export interface CompiledScenario {
  readonly scenario: Scenario;
  readonly schedule: LeverSchedule;
  readonly sampler: ParameterSampler;
  readonly years: readonly number[];
  readonly quarters: number;
  /** Floats per run: quantity x bloc x year, then one flag per year (China's frontier run above the US's). */
  readonly stride: number;
}

export function compileScenario(scenario: Scenario): CompiledScenario {
  const yearCount = scenario.endYear - START_YEAR + 1;
  const quarters = yearCount * 4;
  return {
    scenario,
    schedule: compileLevers(scenario.levers, quarters),
    sampler: createParameterSampler(scenario.parameters),
    years: Array.from({ length: yearCount }, (_, i) => START_YEAR + i),
    quarters,
    stride: (QUANTITY_COUNT * BLOC_COUNT + 1) * yearCount,
  };
}

/** Offset of (quantity, bloc, year) inside one run's output block. */
export function outputOffset(quantity: number, bloc: number, year: number, yearCount: number): number {
  return (quantity * BLOC_COUNT + bloc) * yearCount + year;
}

export function chinaAboveUsOffset(year: number, yearCount: number): number {
  return QUANTITY_COUNT * BLOC_COUNT * yearCount + year;
}

function recordYear(state: SimState, out: Float64Array, base: number, year: number, yearCount: number): void {
  const series = [state.stock, state.frontierTraining, state.effectiveCompute, state.lagMonths, state.share];
  for (let k = 0; k < QUANTITY_COUNT; k++) {
    const values = series[k]!;
    for (let b = 0; b < BLOC_COUNT; b++) out[base + outputOffset(k, b, year, yearCount)] = values[b]!;
  }
  out[base + chinaAboveUsOffset(year, yearCount)] = state.frontierTraining[1]! > state.frontierTraining[0]! ? 1 : 0;
}

/**
 * Simulates runs [from, to) into `out` (one block of `stride` floats per run, starting at run `from`).
 * Run i always uses the seed derived from (scenario seed, i), so any split of the runs gives the same numbers.
 */
export function simulateRuns(compiled: CompiledScenario, from: number, to: number, out: Float64Array): void {
  const { schedule, sampler, quarters, years, stride } = compiled;
  const yearCount = years.length;
  const params: ParameterVector = new Float64Array(PARAMETER_COUNT);
  const shocks = new Float64Array(SHOCK_COUNT);
  let state: SimState | null = null;
  for (let run = from; run < to; run++) {
    const rng = sfc32(runSeed(compiled.scenario.seed, run));
    sampler.draw(rng, params);
    if (state === null) state = createState(params, quarters);
    else resetState(state, params);
    const base = (run - from) * stride;
    for (let q = 0; q < quarters; q++) {
      drawQuarterShocks(rng, shocks);
      step(state, params, schedule, shocks);
      if (q % 4 === 3) recordYear(state, out, base, (q - 3) / 4, yearCount);
    }
  }
}
