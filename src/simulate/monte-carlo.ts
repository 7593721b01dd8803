import { historyMatch, targetError, validateTargets } from "./calibrate.js";
import type { CalibrationTarget } from "./calibrate.js";
import { compileScenario, simulateRuns } from "./run.js";
import type { CompiledScenario } from "./run.js";
import type { Scenario } from "./scenario.js";
import { percentileOfSorted, summariseRuns } from "./summarise.js";
import type { EnsembleSummary } from "./summarise.js";

export interface TargetCheck {
  readonly target: CalibrationTarget;
  /** Median of the kept runs. */
  readonly median: number;
  /** Standardised error of that median (see targetError). */
  readonly error: number;
  readonly withinTolerance: boolean;
}

export interface CalibrationSummary {
  readonly runs: number;
  readonly kept: number;
  readonly fallback: boolean;
  readonly targets: readonly TargetCheck[];
}

export interface SimulationResult extends EnsembleSummary {
  readonly scenario: Scenario;
  readonly calibration: CalibrationSummary;
}

/** Runs every Monte Carlo draw of a scenario in this thread; src/api/simulation-pool.ts runs them on worker threads. */
export function runScenario(scenario: Scenario, targets: readonly CalibrationTarget[] = []): SimulationResult {
  const compiled = compileScenario(scenario);
  validateTargets(compiled, targets);
  const outputs = new Float64Array(scenario.runs * compiled.slots);
  simulateRuns(compiled, 0, scenario.runs, outputs);
  return finishEnsemble(compiled, outputs, targets);
}

/** History-matches the raw run outputs against the targets and summarises the kept runs. */
export function finishEnsemble(
  compiled: CompiledScenario,
  outputs: Float64Array,
  targets: readonly CalibrationTarget[],
): SimulationResult {
  const runs = compiled.scenario.runs;
  const match = historyMatch(compiled, outputs, runs, targets);
  const summary = summariseRuns(compiled, outputs, runs, match.kept);
  const slots = validateTargets(compiled, targets);
  const values = new Float64Array(match.kept.length);
  const checks = slots.map(({ target, offset }): TargetCheck => {
    match.kept.forEach((run, i) => (values[i] = outputs[offset * runs + run]!));
    values.sort();
    const median = percentileOfSorted(values, 50);
    const error = targetError(target, median);
    return { target, median, error, withinTolerance: Math.abs(error) <= 1 };
  });
  return {
    ...summary,
    scenario: compiled.scenario,
    calibration: { runs, kept: match.kept.length, fallback: match.fallback, targets: checks },
  };
}
