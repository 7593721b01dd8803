/**
 * The yearly number of models of a bloc after an origin: a log-linear trend of log10(count + 1) over the last
 * years up to the origin, its yearly growth damped after the origin (counts grew exponentially and then
 * flattened: the straight trend over-forecast every bloc from most origins), with the trend's prediction spread
 * times a factor. The damping and the spread factor are learned, forward-chained, from the counts known at the
 * origin: scored on the forecasts from the eight origins before it of the years observed by then, all blocs
 * pooled (one shape: the blocs' counts flattened together).
 */
import { fitTrend } from "./baselines.js";
import type { Baseline } from "./baselines.js";
import type { SimBloc } from "./blocs.js";
import { BAND_Z, BANDS, normalCrps } from "./scoring.js";

/** Shares of the trend's growth kept per further year that the learning tries (1: the straight trend). */
export const DAMPING_GRID = [0, 0.2, 0.4, 0.6, 0.8, 1];
/**
 * Years of counts up to the origin the trend is fitted on: eight reach back to the start of the deep-learning
 * boom without its pre-2012 trickle (learning the length on 5/8/12 too chose 12 and a straight line from most
 * origins, and scored worse on the back-test: it is fixed).
 */
export const TREND_YEARS = 8;
/** Factors on the trend's prediction spread that the learning tries: a straight line's residuals miss its breaks. */
export const SPREAD_GRID = [1, 1.25, 1.5, 2, 2.5, 3];
/** Years ahead the learning scores, as the back-test, from this many earlier origins (recent ones: counts change). */
const LEARNING_HORIZON = 4;
const LEARNING_ORIGINS = 8;

/** Models of a bloc per year, in any order (one entry per model and bloc). */
export type YearlyCounts = (bloc: SimBloc, year: number) => number;

/** Counts one entry per model and bloc. */
export function yearlyCounts(models: readonly { readonly bloc: SimBloc; readonly year: number }[]): YearlyCounts {
  const counts = new Map<string, number>();
  for (const m of models) counts.set(`${m.bloc} ${m.year}`, (counts.get(`${m.bloc} ${m.year}`) ?? 0) + 1);
  return (bloc, year) => counts.get(`${bloc} ${year}`) ?? 0;
}

/** How the trend is carried past the origin. */
export interface TrendShape {
  /** Years up to the origin the trend is fitted on (zero-filled). */
  readonly years: number;
  /** Share of the trend's yearly growth kept per further year (1: the straight trend). */
  readonly damping: number;
  /** Factor on the trend's prediction spread. */
  readonly spread: number;
}

export const STRAIGHT_TREND: TrendShape = { years: TREND_YEARS, damping: 1, spread: 1 };

/** The trend of log10(count + 1) fitted on the shape's years up to the origin, carried on in that shape. */
export function countTrend(counts: YearlyCounts, bloc: SimBloc, origin: number, shape: TrendShape): Baseline {
  const { years, damping, spread } = shape;
  const points = Array.from({ length: years }, (_, k) => {
    const year = origin - years + 1 + k;
    return { year, value: Math.log10(counts(bloc, year) + 1) };
  });
  const fitted = fitTrend(points);
  if (!fitted) throw new Error(`population: the count trend needs three years, got ${years}`);
  const level = fitted(origin).median;
  const slope = fitted(origin + 1).median - level;
  return (year) => {
    const h = Math.max(0, year - origin);
    const growth = damping === 1 ? h : (damping * (1 - damping ** h)) / (1 - damping);
    return { median: level + slope * growth, sd: spread * fitted(year).sd };
  };
}

const NOMINAL = { band50: 0.5, band80: 0.8, band90: 0.9 } as const;
const mean = (values: readonly number[]): number =>
  values.length === 0 ? Infinity : values.reduce((sum, v) => sum + v, 0) / values.length;

/** The first value on the grid with the lowest score. */
function argmin<T>(grid: readonly T[], score: (value: T) => number): T {
  let best = grid[0] as T;
  let bestScore = Infinity;
  for (const value of grid) {
    const s = score(value);
    if (s < bestScore - 1e-12) [best, bestScore] = [value, s];
  }
  return best;
}

/** Forecasts of log10(count + 1) from the earlier origins against the years observed by `origin`. */
function pastForecasts(
  counts: YearlyCounts,
  blocs: readonly SimBloc[],
  origin: number,
  shape: TrendShape,
): { readonly median: number; readonly sd: number; readonly observed: number }[] {
  const out: { median: number; sd: number; observed: number }[] = [];
  for (let earlier = origin - LEARNING_ORIGINS; earlier < origin; earlier++)
    for (const bloc of blocs) {
      const trend = countTrend(counts, bloc, earlier, shape);
      for (let year = earlier + 1; year <= Math.min(origin, earlier + LEARNING_HORIZON); year++)
        out.push({ ...trend(year), observed: Math.log10(counts(bloc, year) + 1) });
    }
  return out;
}

/**
 * The shape learned from the forecasts of earlier origins (the counts passed in must hold nothing after
 * `origin`): the damping by mean CRPS, then the spread factor whose 50/80/90% bands come closest to nominal
 * (CRPS alone keeps the bands narrow: it rewards a sharp centre more than it punishes a missed tail).
 */
export function learnTrendShape(counts: YearlyCounts, blocs: readonly SimBloc[], origin: number): TrendShape {
  const crps = (shape: TrendShape): number =>
    mean(pastForecasts(counts, blocs, origin, shape).map((f) => normalCrps(f.median, f.sd, f.observed)));
  const years = TREND_YEARS;
  const damping = argmin(DAMPING_GRID, (d) => crps({ years, damping: d, spread: 1 }));
  const spread = argmin(SPREAD_GRID, (factor) => {
    const forecasts = pastForecasts(counts, blocs, origin, { years, damping, spread: factor });
    return BANDS.reduce((sum, band) => {
      const inside = forecasts.filter((f) => Math.abs(f.observed - f.median) <= BAND_Z[band] * f.sd).length;
      return sum + Math.abs(inside / forecasts.length - NOMINAL[band]);
    }, 0);
  });
  return { years, damping, spread };
}
