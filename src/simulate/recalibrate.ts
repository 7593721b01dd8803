/**
 * Anchoring to the present (issue 13), in the manner of ensemble model output statistics (Gneiting et al.
 * 2005). History matching keeps runs within tolerances, so the kept runs' median of a bloc's largest run can
 * sit 0.3-0.9 orders of magnitude off the last observation for years; after the last observed year each bloc's
 * log10 largest run is shifted toward the data by a share (`anchor`) of that gap, capped at `gapCap` (a larger
 * gap means the bloc trained far below what its compute allowed, as China before 2021, and need not persist),
 * decaying by `decay` per year. Then the shape of the spread is remapped around the median: each run's distance
 * from it is scaled by `coreSpread` within the kept runs' quartiles and by `tailSpread` beyond them, so the
 * ensemble can have a narrower core and wider tails than the engine's (records move in steps: most years close
 * to the trend, some far off). Anchors and decay are learned first, then the spread's shape, from the
 * back-test's residuals observed by the origin they are applied at (no look-ahead), weighted toward recent
 * years: the values whose forecasts score best (mean CRPS).
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
  /** Factor on each run's log10 distance from the kept runs' median, within their quartiles. */
  readonly coreSpread: number;
  /** Factor on the distance beyond the quartiles (added to the core's share at the quartile). */
  readonly tailSpread: number;
  /** Largest gap anchored, in orders of magnitude (a larger gap counts as this much). */
  readonly gapCap: number;
}

export const NO_RECALIBRATION: Recalibration = {
  anchor: BLOCS.map(() => 0),
  decay: 1,
  coreSpread: 1,
  tailSpread: 1,
  gapCap: 0,
};

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
  /** The bloc's record at the origin (log10; -Infinity when none was observed): a later record cannot be lower. */
  readonly floor: number;
}

export interface RecalibrationOptions {
  /** Weight of the pooled residuals in each bloc's anchor, in residuals. */
  readonly priorWeight: number;
  /** A residual observed this many years before the origin weighs half as much (regimes change). */
  readonly halfLifeYears: number;
  readonly anchorGrid: readonly number[];
  readonly decayGrid: readonly number[];
  readonly coreSpreadGrid: readonly number[];
  readonly tailSpreadGrid: readonly number[];
  /** Fewer residuals than this leave the spread as the engine's: two shape factors need more than a handful. */
  readonly minResidualsForSpread: number;
  readonly gapCap: number;
}

export const DEFAULT_RECALIBRATION_OPTIONS: RecalibrationOptions = {
  priorWeight: 3,
  halfLifeYears: 4,
  anchorGrid: [0, 0.25, 0.5, 0.75, 1],
  decayGrid: [1, 0.75, 0.5, 0.25],
  coreSpreadGrid: [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2],
  tailSpreadGrid: [0.8, 1, 1.25, 1.5, 1.75, 2, 2.5],
  minResidualsForSpread: 10,
  gapCap: 0.5,
};
const capped = (gap: number, cap: number): number => Math.max(-cap, Math.min(cap, gap));

const medianOf = (sorted: Float64Array): number => percentileOfSorted(sorted, 50);

/** The anchors and decay whose shifted forecasts score best, the spread left as the engine's. */
function learnAnchors(
  known: readonly Residual[],
  weights: readonly number[],
  options: RecalibrationOptions,
): Pick<Recalibration, "anchor" | "decay"> {
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  let best: Pick<Recalibration, "anchor" | "decay"> = NO_RECALIBRATION;
  let bestScore = Infinity;
  for (const decay of options.decayGrid) {
    // sums[anchor][bloc]: weighted CRPS sums; the pooled score is the sum over blocs.
    const sums = options.anchorGrid.map(() => BLOCS.map(() => 0));
    const blocWeights = BLOCS.map(() => 0);
    known.forEach((r, i) => {
      const b = BLOCS.indexOf(r.bloc);
      blocWeights[b]! += weights[i]!;
      options.anchorGrid.forEach((anchor, a) => {
        const shift = anchor * capped(r.originGap, options.gapCap) * decay ** r.horizon;
        const forecast = recalibrated(r.sorted, shift, NO_RECALIBRATION, r.floor);
        sums[a]![b]! += weights[i]! * ensembleCrps(forecast, r.observed);
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
      score += sums[options.anchorGrid.indexOf(chosen)]![b]!;
      return chosen;
    });
    if (score < bestScore - 1e-12) [best, bestScore] = [{ anchor: anchors, decay }, score];
  }
  return best;
}

/**
 * The recalibration learned at `origin` from the residuals observed by then; none without residuals. First an
 * anchor per bloc and one decay, each bloc's anchor chosen on its own residuals plus the pooled ones weighted as
 * `priorWeight` residuals (a hierarchical prior: a bloc with few residuals borrows from the others); then, on the
 * anchored residuals, one shape of the spread for all blocs (core and tail factors).
 */
export function learnRecalibration(
  residuals: readonly Residual[],
  origin: number,
  options: RecalibrationOptions = DEFAULT_RECALIBRATION_OPTIONS,
): Recalibration {
  const known = residuals.filter((r) => r.year <= origin);
  if (known.length === 0) return NO_RECALIBRATION;
  const weights = known.map((r) => 0.5 ** ((origin - r.year) / options.halfLifeYears));
  const { anchor, decay } = learnAnchors(known, weights, options);
  let best: Recalibration = { ...NO_RECALIBRATION, anchor, decay, gapCap: options.gapCap };
  if (known.length < options.minResidualsForSpread) return best;
  const shifts = known.map(
    (r) => anchor[BLOCS.indexOf(r.bloc)]! * capped(r.originGap, options.gapCap) * decay ** r.horizon,
  );
  let bestScore = Infinity;
  for (const coreSpread of options.coreSpreadGrid)
    for (const tailSpread of options.tailSpreadGrid) {
      const candidate = { ...best, coreSpread, tailSpread };
      const score = known.reduce(
        (sum, r, i) =>
          sum + weights[i]! * ensembleCrps(recalibrated(r.sorted, shifts[i]!, candidate, r.floor), r.observed),
        0,
      );
      if (score < bestScore - 1e-12) [best, bestScore] = [candidate, score];
    }
  return best;
}

/**
 * Where a log10 value lands after the shift and the spread's remapping around the kept runs' median: its distance
 * from the median scaled by the core factor up to the quartile on its side, by the tail factor beyond it.
 * Increasing in `log`, so the order of the runs (and every percentile's run) is kept.
 */
function remapped(
  log: number,
  quartiles: { readonly low: number; readonly median: number; readonly high: number },
  shift: number,
  shape: Pick<Recalibration, "coreSpread" | "tailSpread">,
): number {
  const distance = log - quartiles.median;
  const knot = distance < 0 ? quartiles.median - quartiles.low : quartiles.high - quartiles.median;
  const far = Math.abs(distance);
  const moved = far <= knot ? shape.coreSpread * far : shape.coreSpread * knot + shape.tailSpread * (far - knot);
  return quartiles.median + shift + Math.sign(distance) * moved;
}

const quartilesOf = (sorted: Float64Array) => ({
  low: percentileOfSorted(sorted, 25),
  median: medianOf(sorted),
  high: percentileOfSorted(sorted, 75),
});

/**
 * A sorted ensemble shifted, its spread remapped around its median and raised to `floor` where below it (stays
 * sorted: both maps are non-decreasing).
 */
export function recalibrated(
  sorted: Float64Array,
  shift: number,
  shape: Pick<Recalibration, "coreSpread" | "tailSpread">,
  floor = -Infinity,
): Float64Array {
  const quartiles = quartilesOf(sorted);
  return sorted.map((x) => Math.max(floor, remapped(x, quartiles, shift, shape)));
}

/** Each bloc's observed record (log10), -Infinity for a bloc without one. */
export const recordFloors = (observed: readonly { readonly bloc: SimBloc; readonly log10: number }[]): number[] =>
  BLOCS.map((bloc) => observed.find((o) => o.bloc === bloc)?.log10 ?? -Infinity);

const FRONTIER = OUTPUT_QUANTITIES.indexOf("frontierTraining");
const EFFECTIVE = OUTPUT_QUANTITIES.indexOf("effectiveCompute");

/**
 * Applies a recalibration in place to the slot-major outputs from `fromYear`, the last observed year: each
 * bloc's largest run (and its effective compute, by the same factor) around the median of the kept runs; then
 * China-above-US and the training-compute lags are recomputed from the new runs.
 *
 * In `fromYear` itself each bloc's runs move by the whole gap, uncapped, and keep the engine's spread: that year
 * is observed, not forecast, so the fan starts at the observation (the kept runs' median equals it, the spread
 * is what history matching leaves open, about the observation's tolerance) and the chart's observed line runs
 * into it. In every later year a run's largest run is at least the bloc's record (`floors`): the series is a
 * running maximum, so no later value can fall below what was already observed. Anchoring only the later years made the US fan step up between the two (2025: the kept runs' median
 * 0.37 OOM below the record; 2026: 0.28 above the engine's path). The anchor, decay and spread shape, learned on
 * forecasts, apply from the next year.
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
  /** Each bloc's observed record at `fromYear` (log10; -Infinity: none). */
  floors: readonly number[] = BLOCS.map(() => -Infinity),
): void {
  const yearCount = years.length;
  const present = Math.floor(fromYear) - years[0]!;
  const first = Math.max(0, Math.min(yearCount, present));
  const sameShape = recalibration.coreSpread === 1 && recalibration.tailSpread === 1;
  const identity = sameShape && originGaps.every((gap) => gap === 0);
  if (identity || first >= yearCount || kept.length === 0) return;
  const logs = new Float64Array(kept.length);
  const aboveAt = chinaAboveUsOffset(0, yearCount) * runs;
  for (let b = 0; b < BLOC_COUNT; b++) {
    const frontierAt = outputOffset(FRONTIER, b, 0, yearCount) * runs;
    const effectiveAt = outputOffset(EFFECTIVE, b, 0, yearCount) * runs;
    for (let y = first; y < yearCount; y++) {
      const observed = y === present;
      const shift = observed
        ? originGaps[b]!
        : recalibration.anchor[b]! *
          capped(originGaps[b]!, recalibration.gapCap) *
          recalibration.decay ** (years[y]! - fromYear);
      const shape = observed ? NO_RECALIBRATION : recalibration;
      const floor = observed ? -Infinity : floors[b]!;
      const row = frontierAt + y * runs;
      for (let k = 0; k < kept.length; k++) logs[k] = Math.log10(outputs[row + kept[k]!]!);
      logs.sort();
      const quartiles = quartilesOf(logs);
      for (let run = 0; run < runs; run++) {
        const log = Math.log10(outputs[row + run]!);
        const factor = 10 ** (Math.max(floor, remapped(log, quartiles, shift, shape)) - log);
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
 * The product's anchoring: the kept runs' largest runs from `lastObservedYear` on anchored to the targets of
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
  // Nothing observed that year (no calibration, or a scenario starting elsewhere): the runs stay the engine's.
  if (observed.length === 0) return;
  const gaps = originGaps(years, outputs, runs, kept, lastObservedYear, observed);
  applyRecalibration(years, outputs, runs, kept, lastObservedYear, recalibration, gaps, recordFloors(observed));
}
