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
  /**
   * Output slots per run: quantity x bloc x year, then one flag per year (China's frontier run above the
   * US's). Outputs are stored slot-major, `outputs[slot * runs + run]`, so that each series is contiguous.
   */
  readonly slots: number;
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
    slots: (QUANTITY_COUNT * BLOC_COUNT + 1) * yearCount,
  };
}

/** Slot of (quantity, bloc, year) in the outputs. */
export function outputOffset(quantity: number, bloc: number, year: number, yearCount: number): number {
  return (quantity * BLOC_COUNT + bloc) * yearCount + year;
}

export function chinaAboveUsOffset(year: number, yearCount: number): number {
  return QUANTITY_COUNT * BLOC_COUNT * yearCount + year;
}

function recordQuantity(
  values: Float64Array,
  quantity: number,
  out: Float64Array,
  runs: number,
  run: number,
  year: number,
  yearCount: number,
): void {
  for (let b = 0; b < BLOC_COUNT; b++) out[outputOffset(quantity, b, year, yearCount) * runs + run] = values[b]!;
}

function recordYear(
  state: SimState,
  out: Float64Array,
  runs: number,
  run: number,
  year: number,
  yearCount: number,
): void {
  // frontierLagMonths (the last quantity) is computed from the yearly runs afterwards (discrepancy.ts).
  recordQuantity(state.stock, 0, out, runs, run, year, yearCount);
  recordQuantity(state.frontierTraining, 1, out, runs, run, year, yearCount);
  recordQuantity(state.effectiveCompute, 2, out, runs, run, year, yearCount);
  recordQuantity(state.lagMonths, 3, out, runs, run, year, yearCount);
  recordQuantity(state.share, 4, out, runs, run, year, yearCount);
  out[chinaAboveUsOffset(year, yearCount) * runs + run] =
    state.frontierTraining[1]! > state.frontierTraining[0]! ? 1 : 0;
}

/**
 * Simulates runs [from, to) into `out`, a slot-major block holding `outRuns` runs that starts at run
 * `outFirstRun` (by default exactly the runs simulated). Run i always uses the seed derived from
 * (scenario seed, i), so any split of the runs gives the same numbers.
 */
export function simulateRuns(
  compiled: CompiledScenario,
  from: number,
  to: number,
  out: Float64Array,
  outRuns = to - from,
  outFirstRun = from,
): void {
  const { schedule, sampler, quarters, years } = compiled;
  const yearCount = years.length;
  const params: ParameterVector = new Float64Array(PARAMETER_COUNT);
  const shocks = new Float64Array(SHOCK_COUNT);
  let state: SimState | null = null;
  for (let run = from; run < to; run++) {
    const rng = sfc32(runSeed(compiled.scenario.seed, run));
    sampler.draw(rng, params);
    if (state === null) state = createState(params, quarters);
    else resetState(state, params);
    for (let q = 0; q < quarters; q++) {
      drawQuarterShocks(rng, shocks);
      // Lags are read at the year's end and, when the race reaction is on, by the next quarter's capex.
      const recorded = q % 4 === 3;
      step(state, params, schedule, shocks, recorded || schedule.raceIntensity[q + 1] !== 0);
      if (recorded) recordYear(state, out, outRuns, run - outFirstRun, (q - 3) / 4, yearCount);
    }
  }
}
