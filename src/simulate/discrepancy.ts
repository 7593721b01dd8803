/**
 * Model discrepancy: the structural error the back-test measures and the engine cannot see. After the last
 * observed year each run's largest training run and compute stock drift from the engine's path by a random
 * walk in log10 space (one per bloc), so the bands widen with the horizon as the held-out errors did. Shares
 * are recomputed from the perturbed stocks, the frontier flags and the training-compute lag from the
 * perturbed runs, so every output stays consistent with the others. Before `fromYear` nothing changes: history
 * matching sees the engine's own path.
 */
import { BLOC_COUNT, BLOCS, CHINA, US } from "./blocs.js";
import { normal } from "./distributions.js";
import { runSeed, sfc32 } from "./rng.js";
import { chinaAboveUsOffset, outputOffset } from "./run.js";
import { OUTPUT_QUANTITIES } from "./scenario.js";

export interface DiscrepancyScale {
  /** Random-walk step of the US's largest training run beyond the stock's, in log10 per square root of a year. */
  readonly frontierOom: number;
  /**
   * The same for China, the EU and the rest of the world, whose frontier estimates are sparse (spec 3.9) and
   * whose history the engine matches less closely: learned separately.
   */
  readonly followerFrontierOom: number;
  /** Random-walk step of the compute stock, in log10 per square root of a year (carries into the run). */
  readonly stockOom: number;
}

/** A stream of its own, so the discrepancy draws never overlap a run's engine draws. */
const DISCREPANCY_STREAM = 0x5d1c3e7a;
/** Frontier growth assumed before the first simulated year when a lag reaches back past 2015 (Epoch: ~4x/yr). */
const EARLY_FRONTIER_OOM_PER_YEAR = 0.6;

const STOCK = OUTPUT_QUANTITIES.indexOf("computeStock");
const FRONTIER = OUTPUT_QUANTITIES.indexOf("frontierTraining");
const EFFECTIVE = OUTPUT_QUANTITIES.indexOf("effectiveCompute");
const SHARE = OUTPUT_QUANTITIES.indexOf("worldShare");
const FRONTIER_LAG = OUTPUT_QUANTITIES.indexOf("frontierLagMonths");

/**
 * Perturbs the slot-major outputs of `runs` runs in place for the years after `fromYear` and recomputes the
 * training-compute lag of every year, for the runs [firstRun, endRun) (by default all). Run i draws from its
 * own seeded stream, so the result does not depend on how the runs were split between threads.
 */
export function applyDiscrepancy(
  years: readonly number[],
  outputs: Float64Array,
  runs: number,
  fromYear: number,
  scale: DiscrepancyScale,
  seed: number,
  firstRun = 0,
  endRun = runs,
): void {
  const yearCount = years.length;
  const first = Math.max(0, Math.min(yearCount, Math.floor(fromYear) - years[0]! + 1));
  // Slot-major layout: the value of (quantity, bloc, year) for a run sits at base(quantity, bloc) + year * runs + run.
  const base = (quantity: number, bloc: number): number => outputOffset(quantity, bloc, 0, yearCount) * runs;
  const stockAt = BLOCS.map((_, b) => base(STOCK, b));
  const frontierAt = BLOCS.map((_, b) => base(FRONTIER, b));
  const effectiveAt = BLOCS.map((_, b) => base(EFFECTIVE, b));
  const shareAt = BLOCS.map((_, b) => base(SHARE, b));
  const aboveAt = chinaAboveUsOffset(0, yearCount) * runs;
  const active = first < yearCount && (scale.frontierOom > 0 || scale.followerFrontierOom > 0 || scale.stockOom > 0);
  const stockWalk = new Float64Array(BLOC_COUNT);
  const frontierWalk = new Float64Array(BLOC_COUNT);
  for (let run = firstRun; run < endRun && active; run++) {
    const rng = sfc32(runSeed((DISCREPANCY_STREAM ^ seed) >>> 0, run));
    stockWalk.fill(0);
    frontierWalk.fill(0);
    for (let y = first; y < yearCount; y++) {
      const cell = y * runs + run;
      let world = 0;
      for (let b = 0; b < BLOC_COUNT; b++) {
        stockWalk[b] = stockWalk[b]! + scale.stockOom * normal(rng);
        frontierWalk[b] = frontierWalk[b]! + (b === US ? scale.frontierOom : scale.followerFrontierOom) * normal(rng);
        // 10^walk as e^(walk ln 10): Math.pow costs about three times Math.exp in V8.
        const stockFactor = Math.exp(stockWalk[b]! * Math.LN10);
        const runFactor = stockFactor * Math.exp(frontierWalk[b]! * Math.LN10);
        outputs[stockAt[b]! + cell] = outputs[stockAt[b]! + cell]! * stockFactor;
        outputs[frontierAt[b]! + cell] = outputs[frontierAt[b]! + cell]! * runFactor;
        outputs[effectiveAt[b]! + cell] = outputs[effectiveAt[b]! + cell]! * runFactor;
        world += outputs[stockAt[b]! + cell]!;
      }
      for (let b = 0; b < BLOC_COUNT; b++) outputs[shareAt[b]! + cell] = outputs[stockAt[b]! + cell]! / world;
      outputs[aboveAt + cell] = outputs[frontierAt[CHINA]! + cell]! > outputs[frontierAt[US]! + cell]! ? 1 : 0;
    }
  }
  computeFrontierLags(years, outputs, runs, firstRun, endRun);
}

/**
 * The training-compute lag of every bloc, run and year, as the frontier-lag indicator measures it: on running
 * maxima of the largest run, the US as the leader. Written into the slot-major outputs in place, for the runs
 * [firstRun, endRun).
 */
export function computeFrontierLags(
  years: readonly number[],
  outputs: Float64Array,
  runs: number,
  firstRun = 0,
  endRun = runs,
): void {
  const yearCount = years.length;
  const base = (quantity: number, bloc: number): number => outputOffset(quantity, bloc, 0, yearCount) * runs;
  const frontierAt = BLOCS.map((_, b) => base(FRONTIER, b));
  const lagAt = BLOCS.map((_, b) => base(FRONTIER_LAG, b));
  const log10Frontier = new Float64Array(BLOC_COUNT * yearCount);
  for (let run = firstRun; run < endRun; run++) {
    for (let b = 0; b < BLOC_COUNT; b++) {
      let best = -Infinity;
      for (let y = 0; y < yearCount; y++) {
        best = Math.max(best, Math.log10(outputs[frontierAt[b]! + y * runs + run]!));
        log10Frontier[b * yearCount + y] = best;
      }
    }
    for (let b = 0; b < BLOC_COUNT; b++)
      for (let y = 0; y < yearCount; y++)
        outputs[lagAt[b]! + y * runs + run] = b === US ? 0 : frontierLagMonths(log10Frontier, yearCount, b, y);
  }
}

/**
 * Months the US is ahead of bloc b at the end of year index y, both on their running maxima (log10 FLOP by
 * year end): how long ago the US first reached b's level, interpolated log-linearly within the year; negative
 * when b is ahead (how long ago b first reached the US's level).
 */
export function frontierLagMonths(log10Frontier: Float64Array, yearCount: number, b: number, y: number): number {
  const usRow = US * yearCount;
  const otherRow = b * yearCount;
  const ahead = log10Frontier[usRow + y]! >= log10Frontier[otherRow + y]!;
  const leaderRow = ahead ? usRow : otherRow;
  const level = ahead ? log10Frontier[otherRow + y]! : log10Frontier[usRow + y]!;
  let k = y;
  while (k > 0 && log10Frontier[leaderRow + k - 1]! >= level) k--;
  let reached: number;
  if (k === 0) reached = -(log10Frontier[leaderRow]! - level) / EARLY_FRONTIER_OOM_PER_YEAR;
  else {
    const before = log10Frontier[leaderRow + k - 1]!;
    const after = log10Frontier[leaderRow + k]!;
    reached = k - 1 + (after > before ? (level - before) / (after - before) : 1);
  }
  const months = (y - reached) * 12;
  return ahead ? months : -months;
}
