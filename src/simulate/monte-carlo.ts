import { historyMatch, targetError, validateTargets } from "./calibrate.js";
import { applyDiscrepancy } from "./discrepancy.js";
import type { DiscrepancyScale } from "./discrepancy.js";
import { anchorToPresent } from "./recalibrate.js";
import type { Recalibration } from "./recalibrate.js";
import { heldOrCentral } from "./params/index.js";
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

/** The discrepancy scale of a scenario's held parameters; by default the values the back-test learned. */
export function discrepancyScale(held: Readonly<Record<string, number>> = {}): DiscrepancyScale {
  return {
    frontierOom: heldOrCentral("discrepancyFrontierOom", held),
    followerFrontierOom: heldOrCentral("discrepancyFollowerFrontierOom", held),
    stockOom: heldOrCentral("discrepancyStockOom", held),
  };
}

/** The anchoring to the present of a scenario's held parameters; by default the values the back-test learned. */
export function anchoring(held: Readonly<Record<string, number>> = {}): Recalibration {
  return {
    anchor: ["anchorUs", "anchorChina", "anchorEu", "anchorRow"].map((id) => heldOrCentral(id, held)),
    decay: heldOrCentral("anchorDecay", held),
    spread: heldOrCentral("anchorSpread", held),
    gapCap: heldOrCentral("anchorGapCapOom", held),
  };
}

/**
 * Adds the model discrepancy after the last observed year (the year before the levers take over), then
 * history-matches the run outputs against the targets, anchors the kept runs' largest runs to the last observed
 * year's (recalibrate.ts) and summarises the kept runs.
 */
export function finishEnsemble(
  compiled: CompiledScenario,
  outputs: Float64Array,
  targets: readonly CalibrationTarget[],
): SimulationResult {
  const runs = compiled.scenario.runs;
  const lastObservedYear = Math.ceil(compiled.scenario.levers.from) - 1;
  applyDiscrepancy(
    compiled.years,
    outputs,
    runs,
    lastObservedYear,
    discrepancyScale(compiled.scenario.parameters),
    compiled.scenario.seed,
  );
  const match = historyMatch(compiled, outputs, runs, targets);
  const anchors = anchoring(compiled.scenario.parameters);
  anchorToPresent(compiled.years, outputs, runs, match.kept, lastObservedYear, targets, anchors);
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
