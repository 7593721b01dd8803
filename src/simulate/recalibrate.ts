/**
 * Anchoring to the present (issue 13), in the manner of ensemble model output statistics (Gneiting et al.
 * 2005). History matching keeps runs within tolerances, so the kept runs' median of a bloc's largest run can
 * sit 0.3-0.9 orders of magnitude off the last observation for years; after the last observed year each bloc's
 * log10 largest run is shifted toward the data by a share (`anchor`) of that gap, capped at `gapCap` (a larger
 * gap means the bloc trained far below what its compute allowed, as China before 2021, and need not persist),
 * decaying by `decay` per year, and its spread around the median is scaled by `spread`. All are learned from
 * the back-test's residuals observed by the origin they are applied at (no look-ahead), weighted toward recent
 * years: the combination whose forecasts score best (mean CRPS).
 */
import { BLOC_COUNT, BLOCS, CHINA, US } from "./blocs.js";
import type { SimBloc } from "./blocs.js";
import type { CalibrationTarget } from "./calibrate.js";
import { computeFrontierLags } from "./discrepancy.js";
import { chinaAboveUsOffset, outputOffset } from "./run.js";
import { OUTPUT_QUANTITIES } from "./scenario.js";
import { ensembleCrps } from "./scoring.js";
import { percentileOfSorted } from "./summarise.js";

export interface Recalibration {
  /** Per bloc (BLOCS order): share of the gap between observation and median at the last observed year added to every later year. */
  readonly anchor: readonly number[];
  /** Share of the anchored gap kept per year after the origin (1: it persists; 0.5: it halves every year). */
  readonly decay: number;
  /** Factor on each run's log10 distance from the kept runs' median. */
  readonly spread: number;
  /** Largest gap anchored, in orders of magnitude (a larger gap counts as this much). */
  readonly gapCap: number;
}

export const NO_RECALIBRATION: Recalibration = { anchor: BLOCS.map(() => 0), decay: 1, spread: 1, gapCap: 0 };

/** A past forecast of a bloc's largest run and what was then observed (log10 FLOP). */
export interface Residual {
  readonly bloc: SimBloc;
  /** The year observed. */
  readonly year: number;
  /** Years from the forecast's origin to `year`. */
  readonly horizon: number;
  /** The forecast ensemble before recalibration, sorted ascending (log10). */
  readonly sorted: Float64Array;
  readonly observed: number;
  /** Observed minus the kept runs' median at the forecast's origin (0 when the bloc had no observation then). */
  readonly originGap: number;
}

export interface RecalibrationOptions {
  /** Weight of the pooled residuals in each bloc's anchor, in residuals. */
  readonly priorWeight: number;
  /** A residual observed this many years before the origin weighs half as much (regimes change). */
  readonly halfLifeYears: number;
  readonly anchorGrid: readonly number[];
  readonly decayGrid: readonly number[];
  readonly spreadGrid: readonly number[];
  readonly gapCap: number;
}

export const DEFAULT_RECALIBRATION_OPTIONS: RecalibrationOptions = {
  priorWeight: 3,
  halfLifeYears: 4,
  anchorGrid: [0, 0.25, 0.5, 0.75, 1],
  decayGrid: [1, 0.75, 0.5, 0.25],
  spreadGrid: [1, 1.2],
  gapCap: 0.5,
};
const capped = (gap: number, cap: number): number => Math.max(-cap, Math.min(cap, gap));

const medianOf = (sorted: Float64Array): number => percentileOfSorted(sorted, 50);

/**
 * The recalibration learned at `origin` from the residuals observed by then; none without residuals. One spread
 * for all blocs; an anchor per bloc, chosen on the bloc's own residuals plus the pooled ones weighted as
 * `priorWeight` residuals (a hierarchical prior: a bloc with few residuals borrows from the others).
 */
export function learnRecalibration(
  residuals: readonly Residual[],
  origin: number,
  options: RecalibrationOptions = DEFAULT_RECALIBRATION_OPTIONS,
): Recalibration {
  const known = residuals.filter((r) => r.year <= origin);
  if (known.length === 0) return NO_RECALIBRATION;
  const weights = known.map((r) => 0.5 ** ((origin - r.year) / options.halfLifeYears));
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  // score[spread][anchor][bloc]: weighted CRPS sums; the pooled score is the sum over blocs.
  let best = NO_RECALIBRATION;
  let bestScore = Infinity;
  for (const decay of options.decayGrid)
    for (const spread of options.spreadGrid) {
      const sums = options.anchorGrid.map(() => BLOCS.map(() => 0));
      const blocWeights = BLOCS.map(() => 0);
      known.forEach((r, i) => {
        const b = BLOCS.indexOf(r.bloc);
        blocWeights[b]! += weights[i]!;
        options.anchorGrid.forEach((anchor, a) => {
          sums[a]![b]! +=
            weights[i]! *
            ensembleCrps(
              recalibrated(r.sorted, anchor * capped(r.originGap, options.gapCap) * decay ** r.horizon, spread),
              r.observed,
            );
        });
      });
      const pooled = sums.map((perBloc) => perBloc.reduce((sum, x) => sum + x, 0) / totalWeight);
      let score = 0;
      const anchors = BLOCS.map((_, b) => {
        let chosen = 0;
        let chosenScore = Infinity;
        options.anchorGrid.forEach((anchor, a) => {
          const here = (sums[a]![b]! + options.priorWeight * pooled[a]!) / (blocWeights[b]! + options.priorWeight);
          if (here < chosenScore - 1e-12) [chosen, chosenScore] = [anchor, here];
        });
        const a = options.anchorGrid.indexOf(chosen);
        score += sums[a]![b]!;
        return chosen;
      });
      if (score < bestScore - 1e-12)
        [best, bestScore] = [{ anchor: anchors, decay, spread, gapCap: options.gapCap }, score];
    }
  return best;
}

/** A sorted ensemble shifted and spread around its median (stays sorted: the map is increasing). */
export function recalibrated(sorted: Float64Array, shift: number, spread: number): Float64Array {
  const median = medianOf(sorted);
  return sorted.map((x) => median + shift + spread * (x - median));
}

const FRONTIER = OUTPUT_QUANTITIES.indexOf("frontierTraining");
const EFFECTIVE = OUTPUT_QUANTITIES.indexOf("effectiveCompute");

/**
 * Applies a recalibration in place to the slot-major outputs after `fromYear`: each bloc's largest run (and
 * its effective compute, by the same factor) around the median of the kept runs; then China-above-US and the
 * training-compute lags are recomputed from the new runs.
 */
export function applyRecalibration(
  years: readonly number[],
  outputs: Float64Array,
  runs: number,
  kept: Int32Array,
  fromYear: number,
  recalibration: Recalibration,
  /** Observed minus the kept runs' median of each bloc's log10 largest run at `fromYear` (0: none observed). */
  originGaps: readonly number[],
): void {
  const yearCount = years.length;
  const first = Math.max(0, Math.min(yearCount, Math.floor(fromYear) - years[0]! + 1));
  const identity = recalibration.spread === 1 && originGaps.every((g, b) => g === 0 || recalibration.anchor[b] === 0);
  if (identity || first >= yearCount || kept.length === 0) return;
  const logs = new Float64Array(kept.length);
  const aboveAt = chinaAboveUsOffset(0, yearCount) * runs;
  for (let b = 0; b < BLOC_COUNT; b++) {
    const frontierAt = outputOffset(FRONTIER, b, 0, yearCount) * runs;
    const effectiveAt = outputOffset(EFFECTIVE, b, 0, yearCount) * runs;
    for (let y = first; y < yearCount; y++) {
      const shift =
        recalibration.anchor[b]! *
        capped(originGaps[b]!, recalibration.gapCap) *
        recalibration.decay ** (years[y]! - fromYear);
      const row = frontierAt + y * runs;
      for (let k = 0; k < kept.length; k++) logs[k] = Math.log10(outputs[row + kept[k]!]!);
      logs.sort();
      const median = medianOf(logs);
      for (let run = 0; run < runs; run++) {
        const log = Math.log10(outputs[row + run]!);
        const factor = 10 ** (shift + (recalibration.spread - 1) * (log - median));
        outputs[row + run] = outputs[row + run]! * factor;
        outputs[effectiveAt + y * runs + run] = outputs[effectiveAt + y * runs + run]! * factor;
      }
    }
  }
  const usAt = outputOffset(FRONTIER, US, 0, yearCount) * runs;
  const chinaAt = outputOffset(FRONTIER, CHINA, 0, yearCount) * runs;
  for (let y = first; y < yearCount; y++)
    for (let run = 0; run < runs; run++) {
      const cell = y * runs + run;
      outputs[aboveAt + cell] = outputs[chinaAt + cell]! > outputs[usAt + cell]! ? 1 : 0;
    }
  computeFrontierLags(years, outputs, runs);
}

/** Observed minus the kept runs' median log10 largest run of each bloc in `year` (0 for a bloc not observed). */
export function originGaps(
  years: readonly number[],
  outputs: Float64Array,
  runs: number,
  kept: Int32Array,
  year: number,
  observed: readonly { readonly bloc: SimBloc; readonly log10: number }[],
): number[] {
  const y = Math.floor(year) - years[0]!;
  const logs = new Float64Array(kept.length);
  return BLOCS.map((bloc, b) => {
    const observation = observed.find((o) => o.bloc === bloc);
    if (!observation || y < 0 || y >= years.length || kept.length === 0) return 0;
    const row = outputOffset(FRONTIER, b, 0, years.length) * runs + y * runs;
    kept.forEach((run, k) => (logs[k] = Math.log10(outputs[row + run]!)));
    logs.sort();
    return observation.log10 - medianOf(logs);
  });
}

/**
 * The product's anchoring: the kept runs' largest runs after `lastObservedYear` anchored to the targets of
 * that year (the running maxima the indicators show), as the back-test learned it.
 */
export function anchorToPresent(
  years: readonly number[],
  outputs: Float64Array,
  runs: number,
  kept: Int32Array,
  lastObservedYear: number,
  targets: readonly CalibrationTarget[],
  recalibration: Recalibration,
): void {
  const observed = targets
    .filter((t) => t.year === lastObservedYear && t.quantity === "frontierTraining")
    .map((t) => ({ bloc: t.bloc, log10: Math.log10(t.value) }));
  const gaps = originGaps(years, outputs, runs, kept, lastObservedYear, observed);
  applyRecalibration(years, outputs, runs, kept, lastObservedYear, recalibration, gaps);
}
