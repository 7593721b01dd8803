import { BLOC_COUNT, BLOCS } from "./blocs.js";
import type { SimBloc } from "./blocs.js";
import { chinaAboveUsOffset, outputOffset } from "./run.js";
import type { CompiledScenario } from "./run.js";
import { OUTPUT_QUANTITIES, PERCENTILES } from "./scenario.js";
import type { OutputQuantity } from "./scenario.js";

/** One value per year for each reported percentile. */
export interface PercentileBand {
  readonly p5: number[];
  readonly p25: number[];
  readonly p50: number[];
  readonly p75: number[];
  readonly p95: number[];
}

export type SeriesByBloc = Record<SimBloc, PercentileBand>;

export interface EnsembleSummary {
  readonly years: number[];
  readonly series: Record<OutputQuantity, SeriesByBloc>;
  /** Share of kept runs in which China's largest training run exceeds the US's, by year. */
  readonly chinaFrontierAboveUs: number[];
  /**
   * Share of kept runs in which it has done so in that year or any earlier year of the scenario (from
   * levers.from; cumulative, never falls). NaN for the years of history before it: not a forecast.
   */
  readonly chinaFrontierPassedUsBy: number[];
}

/** Percentile of sorted values with linear interpolation between order statistics (Hyndman-Fan type 7). */
export function percentileOfSorted(sorted: Float64Array, percentile: number): number {
  if (sorted.length === 0) return NaN;
  const position = (percentile / 100) * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

function swap(values: Float64Array, i: number, j: number): void {
  const value = values[i]!;
  values[i] = values[j]!;
  values[j] = value;
}

/** Ranges longer than this are first narrowed on a sample (Floyd-Rivest); shorter ones are partitioned directly. */
const SAMPLED_RANGE = 600;

/**
 * Rearranges values[from..to] so that values[k] holds the k-th smallest of that range, with nothing larger
 * before it and nothing smaller after it: Floyd and Rivest's SELECT (CACM 18(3), 1975), which recursively
 * selects in a small sample around the expected position first, so each element is compared about once
 * rather than two or three times as in quickselect. O(n), no allocation.
 */
function selectInPlace(values: Float64Array, k: number, from: number, to: number): void {
  let left = from;
  let right = to;
  while (right > left) {
    if (right - left > SAMPLED_RANGE) {
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i < n / 2 ? -1 : 1);
      const sampleLeft = Math.max(left, Math.floor(k - (i * s) / n + sd));
      const sampleRight = Math.min(right, Math.floor(k + ((n - i) * s) / n + sd));
      selectInPlace(values, k, sampleLeft, sampleRight);
    }
    const pivot = values[k]!;
    let i = left;
    let j = right;
    swap(values, left, k);
    if (values[right]! > pivot) swap(values, right, left);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
    }
    if (values[left] === pivot) swap(values, left, j);
    else {
      j++;
      swap(values, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

/** Swaps the smallest of values[from..to] into values[from]. */
function moveSmallestTo(values: Float64Array, from: number, to: number): void {
  let smallest = from;
  for (let i = from + 1; i <= to; i++) if (values[i]! < values[smallest]!) smallest = i;
  swap(values, from, smallest);
}

/** Swaps the largest of values[from..to] into values[to]. */
function moveLargestTo(values: Float64Array, from: number, to: number): void {
  let largest = to;
  for (let i = from; i < to; i++) if (values[i]! > values[largest]!) largest = i;
  swap(values, to, largest);
}

/**
 * Puts the order statistics `ranks[first..last)` (ascending, distinct, within [from, to]) in place: the middle
 * one first, then each half within its side, so every later selection works on a shorter range; a rank at
 * either end of its range is a single scan.
 */
function selectRanks(
  values: Float64Array,
  ranks: Int32Array,
  first: number,
  last: number,
  from: number,
  to: number,
): void {
  if (first >= last) return;
  const middle = (first + last) >>> 1;
  const rank = ranks[middle]!;
  if (rank === from) moveSmallestTo(values, from, to);
  else if (rank === to) moveLargestTo(values, from, to);
  else selectInPlace(values, rank, from, to);
  selectRanks(values, ranks, first, middle, from, rank - 1);
  selectRanks(values, ranks, middle + 1, last, rank + 1, to);
}

/** The two order statistics each percentile interpolates between (type 7), as distinct ascending ranks. */
const ranks = new Int32Array(2 * PERCENTILES.length);

/**
 * The PERCENTILES of `values` (type 7, like percentileOfSorted) without a full sort: the order statistics
 * they need are selected in place (selectRanks), each exactly, so the result is a sort's.
 */
export function percentilesInPlace(values: Float64Array, out: Float64Array): void {
  const n = values.length;
  let count = 0;
  for (const percentile of PERCENTILES) {
    const low = Math.floor((percentile / 100) * (n - 1));
    const high = Math.min(n - 1, low + 1);
    if (count === 0 || ranks[count - 1]! < low) ranks[count++] = low;
    if (ranks[count - 1]! < high) ranks[count++] = high;
  }
  selectRanks(values, ranks, 0, count, 0, n - 1);
  PERCENTILES.forEach((percentile, i) => {
    const position = (percentile / 100) * (n - 1);
    const low = Math.floor(position);
    const high = Math.min(n - 1, low + 1);
    out[i] = values[low]! + (values[high]! - values[low]!) * (position - low);
  });
}

/** Number of percentile series: one per (quantity, bloc, year), numbered as their output slots. */
export function seriesCount(compiled: CompiledScenario): number {
  return OUTPUT_QUANTITIES.length * BLOC_COUNT * compiled.years.length;
}

/**
 * PERCENTILES over the kept runs of the series [from, to) of slot-major outputs holding `runs` runs, into
 * `out[(series - from) * PERCENTILES.length + i]`. Series are independent, so threads may split them.
 */
export function seriesPercentiles(
  outputs: Float64Array,
  runs: number,
  kept: Int32Array,
  from: number,
  to: number,
  out: Float64Array,
): void {
  const values = new Float64Array(kept.length);
  for (let series = from; series < to; series++) {
    const base = series * runs;
    const row = out.subarray((series - from) * PERCENTILES.length, (series - from + 1) * PERCENTILES.length);
    if (kept.length === 0) {
      row.fill(NaN);
      continue;
    }
    if (kept.length === runs) values.set(outputs.subarray(base, base + runs));
    else for (let i = 0; i < kept.length; i++) values[i] = outputs[base + kept[i]!]!;
    percentilesInPlace(values, row);
  }
}

/**
 * The summary of the kept runs, given the percentiles of every series (a table as seriesPercentiles writes
 * it for all series) and the slot-major outputs for the yearly flags.
 */
export function summaryFromPercentiles(
  compiled: CompiledScenario,
  table: Float64Array,
  outputs: Float64Array,
  runs: number,
  kept: Int32Array,
): EnsembleSummary {
  const yearCount = compiled.years.length;
  const series = {} as Record<OutputQuantity, SeriesByBloc>;
  OUTPUT_QUANTITIES.forEach((quantity, k) => {
    const byBloc = {} as SeriesByBloc;
    for (let b = 0; b < BLOC_COUNT; b++) {
      const band: PercentileBand = { p5: [], p25: [], p50: [], p75: [], p95: [] };
      for (let y = 0; y < yearCount; y++) {
        const row = outputOffset(k, b, y, yearCount) * PERCENTILES.length;
        PERCENTILES.forEach((p, i) => band[`p${p}`].push(table[row + i]!));
      }
      byBloc[BLOCS[b]!] = band;
    }
    series[quantity] = byBloc;
  });
  const passed = new Uint8Array(kept.length);
  const firstScenarioYear = Math.ceil(compiled.scenario.levers.from);
  const chinaFrontierAboveUs: number[] = [];
  const chinaFrontierPassedUsBy: number[] = [];
  for (let y = 0; y < yearCount; y++) {
    let above = 0;
    let passedBy = 0;
    const base = chinaAboveUsOffset(y, yearCount) * runs;
    for (let i = 0; i < kept.length; i++) {
      const isAbove = outputs[base + kept[i]!]!;
      above += isAbove;
      if (isAbove > 0 && compiled.years[y]! >= firstScenarioYear) passed[i] = 1;
      passedBy += passed[i]!;
    }
    chinaFrontierAboveUs.push(kept.length === 0 ? NaN : above / kept.length);
    chinaFrontierPassedUsBy.push(
      kept.length === 0 || compiled.years[y]! < firstScenarioYear ? NaN : passedBy / kept.length,
    );
  }
  return { years: [...compiled.years], series, chinaFrontierAboveUs, chinaFrontierPassedUsBy };
}

/** Percentiles over the kept runs of slot-major outputs holding `runs` runs, in this thread. */
export function summariseRuns(
  compiled: CompiledScenario,
  outputs: Float64Array,
  runs: number,
  kept: Int32Array,
): EnsembleSummary {
  const count = seriesCount(compiled);
  const table = new Float64Array(count * PERCENTILES.length);
  seriesPercentiles(outputs, runs, kept, 0, count, table);
  return summaryFromPercentiles(compiled, table, outputs, runs, kept);
}
