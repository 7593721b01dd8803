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

/** The engine's quantities in OUTPUT_QUANTITIES order; frontierLagMonths comes later, from the yearly runs (discrepancy.ts). */
function engineQuantities(state: SimState): readonly Float64Array[] {
  return [state.stock, state.frontierTraining, state.effectiveCompute, state.lagMonths, state.share];
}

/** Writes the year's values of one run into the slot-major outputs (`out[slot * runs + column]`). */
function recordYear(
  quantities: readonly Float64Array[],
  frontierTraining: Float64Array,
  out: Float64Array,
  runs: number,
  column: number,
  year: number,
  yearCount: number,
): void {
  for (let k = 0; k < quantities.length; k++) {
    const values = quantities[k]!;
    for (let b = 0; b < BLOC_COUNT; b++) out[((k * BLOC_COUNT + b) * yearCount + year) * runs + column] = values[b]!;
  }
  out[chinaAboveUsOffset(year, yearCount) * runs + column] = frontierTraining[1]! > frontierTraining[0]! ? 1 : 0;
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
  let quantities: readonly Float64Array[] = [];
  for (let run = from; run < to; run++) {
    const rng = sfc32(runSeed(compiled.scenario.seed, run));
    sampler.draw(rng, params);
    if (state === null) {
      state = createState(params, quarters);
      quantities = engineQuantities(state);
    } else resetState(state, params);
    const column = run - outFirstRun;
    for (let q = 0; q < quarters; q++) {
      drawQuarterShocks(rng, shocks);
      // Lags are read at the year's end and, when the race reaction is on, by the next quarter's capex.
      const recorded = q % 4 === 3;
      step(state, params, schedule, shocks, recorded || schedule.raceIntensity[q + 1] !== 0);
      if (recorded) recordYear(quantities, state.frontierTraining, out, outRuns, column, (q - 3) / 4, yearCount);
    }
  }
}
