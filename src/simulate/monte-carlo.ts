import { historyMatch, targetError, validateTargets } from "./calibrate.js";
import { applyDiscrepancy } from "./discrepancy.js";
import type { DiscrepancyScale } from "./discrepancy.js";
import { anchorToPresent } from "./recalibrate.js";
import type { Recalibration } from "./recalibrate.js";
import { modelCounts } from "./model-counts.js";
import type { ModelCounts } from "./model-counts.js";
import { heldOrCentral } from "./params/index.js";
import type { PopulationModel } from "./population.js";
import type { CalibrationTarget, HistoryMatch } from "./calibrate.js";
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
  /** Counts of models per bloc after the last observed year; null when no models were passed in. */
  readonly counts: ModelCounts | null;
}

/**
 * Runs every Monte Carlo draw of a scenario in this thread; src/api/simulation-pool.ts runs them on worker
 * threads. The models (the store's notable models per bloc) give the answer its counts (model-counts.ts).
 */
export function runScenario(
  scenario: Scenario,
  targets: readonly CalibrationTarget[] = [],
  models: readonly PopulationModel[] = [],
): SimulationResult {
  const compiled = compileScenario(scenario);
  validateTargets(compiled, targets);
  const outputs = new Float64Array(scenario.runs * compiled.slots);
  simulateRuns(compiled, 0, scenario.runs, outputs);
  return finishEnsemble(compiled, outputs, targets, models);
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
    coreSpread: heldOrCentral("anchorCoreSpread", held),
    tailSpread: heldOrCentral("anchorTailSpread", held),
    gapCap: heldOrCentral("anchorGapCapOom", held),
  };
}

/**
 * Adds the model discrepancy after the last observed year (the year before the levers take over) and the
 * training-compute lags to the runs [from, to) of the outputs. Each run on its own: threads may split them.
 */
export function finishRuns(compiled: CompiledScenario, outputs: Float64Array, from: number, to: number): void {
  const lastObservedYear = Math.ceil(compiled.scenario.levers.from) - 1;
  applyDiscrepancy(
    compiled.years,
    outputs,
    compiled.scenario.runs,
    lastObservedYear,
    discrepancyScale(compiled.scenario.parameters),
    compiled.scenario.seed,
    from,
    to,
  );
}

/**
 * Finishes every run (finishRuns), then history-matches the run outputs against the targets, anchors the kept
 * runs' largest runs to the last observed year's (anchorKeptRuns), counts their models and summarises the kept
 * runs, in this thread.
 */
export function finishEnsemble(
  compiled: CompiledScenario,
  outputs: Float64Array,
  targets: readonly CalibrationTarget[],
  models: readonly PopulationModel[] = [],
): SimulationResult {
  const runs = compiled.scenario.runs;
  finishRuns(compiled, outputs, 0, runs);
  const match = historyMatch(compiled, outputs, runs, targets);
  anchorKeptRuns(compiled, outputs, targets, match.kept);
  const counts = modelCounts(compiled, outputs, match.kept, models);
  const summary = summariseRuns(compiled, outputs, runs, match.kept);
  return ensembleResult(compiled, outputs, targets, match, summary, counts);
}

/**
 * Anchors the kept runs' largest runs after the last observed year to the targets of that year
 * (recalibrate.ts). It needs every finished run and the history match, so it runs once, after both.
 */
export function anchorKeptRuns(
  compiled: CompiledScenario,
  outputs: Float64Array,
  targets: readonly CalibrationTarget[],
  kept: Int32Array,
): void {
  const lastObservedYear = Math.ceil(compiled.scenario.levers.from) - 1;
  const anchors = anchoring(compiled.scenario.parameters);
  anchorToPresent(compiled.years, outputs, compiled.scenario.runs, kept, lastObservedYear, targets, anchors);
}

/** The result of finished outputs, their history match, the summary of its kept runs and their counts. */
export function ensembleResult(
  compiled: CompiledScenario,
  outputs: Float64Array,
  targets: readonly CalibrationTarget[],
  match: HistoryMatch,
  summary: EnsembleSummary,
  counts: ModelCounts | null,
): SimulationResult {
  const runs = compiled.scenario.runs;
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
    counts,
  };
}
