import { BLOCS } from "./blocs.js";
import type { SimBloc } from "./blocs.js";
import { outputOffset } from "./run.js";
import type { CompiledScenario } from "./run.js";
import { OUTPUT_QUANTITIES } from "./scenario.js";
import type { OutputQuantity } from "./scenario.js";

/**
 * An observed value the model must reproduce. Passed in as data: most are computed by the knowledge base
 * from Epoch data; the rest are sourced facts. `tolerance` is one standard error of the comparison: in
 * orders of magnitude (log10) for compute stock, frontier training and effective compute, and in the
 * quantity's own unit for the lag (months) and the world share (fraction).
 */
export interface CalibrationTarget {
  readonly year: number;
  readonly bloc: SimBloc;
  readonly quantity: OutputQuantity;
  readonly value: number;
  readonly tolerance: number;
  readonly source: string;
}

export const LOG_SCALE_QUANTITIES: ReadonlySet<OutputQuantity> = new Set([
  "computeStock",
  "frontierTraining",
  "effectiveCompute",
]);

/** Standardised error of a model value against a target (log10 space for compute quantities). */
export function targetError(target: CalibrationTarget, modelValue: number): number {
  const difference = LOG_SCALE_QUANTITIES.has(target.quantity)
    ? Math.log10(modelValue) - Math.log10(target.value)
    : modelValue - target.value;
  return difference / target.tolerance;
}

/** Draws further than this many tolerances from any target are implausible (history matching's 3-sigma rule). */
export const IMPLAUSIBILITY_CUTOFF = 3;
/**
 * ...and draws must also be within one tolerance on average (root mean square of the standardised errors):
 * the 3-sigma rule alone keeps ~40% of the prior and barely moves it (ABC rejection on the RMS distance).
 */
export const DISTANCE_CUTOFF = 1;

export interface HistoryMatch {
  /** Indexes of the runs kept for the forecast, ascending. */
  readonly kept: Int32Array;
  /** True when too few runs passed the cutoffs and the closest ones (by distance) were kept instead. */
  readonly fallback: boolean;
  /** Largest standardised error of each run over the targets. */
  readonly implausibility: Float64Array;
  /** Root mean square standardised error of each run over the targets. */
  readonly distance: Float64Array;
}

interface TargetSlot {
  readonly target: CalibrationTarget;
  readonly offset: number;
}

export function validateTargets(compiled: CompiledScenario, targets: readonly CalibrationTarget[]): TargetSlot[] {
  const yearCount = compiled.years.length;
  return targets.map((target, i) => {
    const where = `calibration target ${i} (${target.bloc} ${target.quantity} ${target.year}, ${target.source})`;
    const year = target.year - compiled.years[0]!;
    if (!Number.isInteger(year) || year < 0 || year >= yearCount)
      throw new Error(`${where}: year outside ${compiled.years[0]}-${compiled.years.at(-1)}`);
    if (!(target.tolerance > 0)) throw new Error(`${where}: tolerance must be positive, got ${target.tolerance}`);
    if (LOG_SCALE_QUANTITIES.has(target.quantity) && !(target.value > 0))
      throw new Error(`${where}: value must be positive, got ${target.value}`);
    const bloc = BLOCS.indexOf(target.bloc);
    const quantity = OUTPUT_QUANTITIES.indexOf(target.quantity);
    if (bloc < 0) throw new Error(`${where}: unknown bloc`);
    if (quantity < 0) throw new Error(`${where}: unknown quantity`);
    return { target, offset: outputOffset(quantity, bloc, year, yearCount) };
  });
}

/**
 * History matching: keep the runs whose 2015-2025 path stays within the cutoffs. If fewer than `minimumKept`
 * pass, keep the `minimumKept` closest runs and say so. Without targets every run is kept.
 */
export function historyMatch(
  compiled: CompiledScenario,
  outputs: Float64Array,
  runs: number,
  targets: readonly CalibrationTarget[],
  minimumKept = Math.max(20, Math.ceil(runs * 0.05)),
): HistoryMatch {
  const slots = validateTargets(compiled, targets);
  const implausibility = new Float64Array(runs);
  const distance = new Float64Array(runs);
  for (let run = 0; run < runs; run++) {
    let worst = 0;
    let squares = 0;
    for (const { target, offset } of slots) {
      const error = targetError(target, outputs[offset * runs + run]!);
      worst = Math.max(worst, Math.abs(error));
      squares += error * error;
    }
    implausibility[run] = worst;
    distance[run] = slots.length === 0 ? 0 : Math.sqrt(squares / slots.length);
  }
  const passing: number[] = [];
  for (let run = 0; run < runs; run++)
    if (implausibility[run]! <= IMPLAUSIBILITY_CUTOFF && distance[run]! <= DISTANCE_CUTOFF) passing.push(run);
  if (passing.length >= Math.min(minimumKept, runs))
    return { kept: Int32Array.from(passing), fallback: false, implausibility, distance };
  const closest = Array.from({ length: runs }, (_, run) => run)
    .sort((a, b) => distance[a]! - distance[b]! || a - b)
    .slice(0, Math.min(minimumKept, runs))
    .sort((a, b) => a - b);
  return { kept: Int32Array.from(closest), fallback: true, implausibility, distance };
}
