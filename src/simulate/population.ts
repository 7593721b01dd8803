/**
 * The population below the largest run: the engine models one largest training run per bloc; this layer turns
 * a run's simulated largest run per bloc and year into counts of models, learned from the models published up
 * to an origin. Per bloc: the yearly number of notable models follows a damped log-linear trend with its
 * prediction spread (count-trend.ts, learned from the counts up to the origin), and each model's compute relative to its bloc's largest
 * run to date is drawn from the bloc's recent models, shrunk toward all blocs' (a pooled prior that a bloc with
 * few models leans on). A model without a compute estimate stays without one: it counts as notable, never as
 * above a threshold, as in the indicators.
 */
import type { Baseline } from "./baselines.js";
import { blocIndex } from "./blocs.js";
import type { SimBloc } from "./blocs.js";
import { countTrend, learnTrendShape, yearlyCounts } from "./count-trend.js";
import type { TrendShape } from "./count-trend.js";
import { normal } from "./distributions.js";
import { runSeed, sfc32 } from "./rng.js";
import type { Rng } from "./rng.js";

/** The counts scored, as the indicators report them: notable models per year, models above a threshold to date. */
export const COUNT_METRICS = ["notableModels", "modelsAbove1e25", "modelsAbove1e26"] as const;
export type CountMetric = (typeof COUNT_METRICS)[number];
/** The thresholds of the cumulative counts, in the order of COUNT_METRICS after notableModels. */
export const COUNT_THRESHOLDS: readonly { readonly metric: CountMetric; readonly flop: number }[] = [
  { metric: "modelsAbove1e25", flop: 1e25 },
  { metric: "modelsAbove1e26", flop: 1e26 },
];

/** One notable model as a bloc counts it (a model of several blocs appears once per bloc). */
export interface PopulationModel {
  readonly bloc: SimBloc;
  readonly year: number;
  /** Training compute estimate; null when the data has none. */
  readonly computeFlop: number | null;
}

/** An observed count (the indicators' value for a bloc and year). */
export interface CountObservation {
  readonly year: number;
  readonly bloc: SimBloc;
  readonly metric: CountMetric;
  readonly value: number;
  readonly source: string;
}

export interface PopulationPrior {
  /** Years up to the origin whose models give the compute ratios. */
  readonly ratioYears: number;
  /** Weight of the pooled ratios, in models: a bloc with n models draws its own with probability n / (n + this). */
  readonly poolWeight: number;
  /** How the count trend is carried past the origin; learned at each origin when absent (count-trend.ts). */
  readonly shape?: TrendShape;
}

/**
 * Five years of ratios follow the spread of recent runs; a pool of 30 models lets the EU (a handful of models
 * a year) borrow most of its spread from the US and China. The count trend's shape is learned.
 */
export const DEFAULT_POPULATION_PRIOR: PopulationPrior = { ratioYears: 5, poolWeight: 30 };

/** One bloc's population as learned at an origin. */
export interface BlocPopulation {
  readonly bloc: SimBloc;
  readonly origin: number;
  /** Trend of log10(count + 1) per year. */
  readonly trend: Baseline;
  /** How the count trend is carried past the origin (count-trend.ts). */
  readonly shape: TrendShape;
  /** log10(compute / the bloc's largest run to date) of its recent models; -Infinity without an estimate. */
  readonly ratios: Float64Array;
  /** The same over every bloc's recent models. */
  readonly pooled: Float64Array;
  /** Probability of drawing from the bloc's own ratios rather than the pooled ones. */
  readonly ownShare: number;
  /** Models above each threshold (COUNT_THRESHOLDS order) published up to the origin. */
  readonly aboveAtOrigin: readonly number[];
  /** Most models a year a draw may give: the lognormal's far tail would otherwise ask for millions. */
  readonly maxPerYear: number;
}

/** The cap on a year's draw, as a multiple of the most models any bloc published in a year up to the origin. */
const CAP_FACTOR = 10;

/** log10(compute / bloc's largest run up to the end of the model's year) for every model, in input order. */
function relativeCompute(models: readonly PopulationModel[]): number[] {
  const record = new Map<string, number>();
  for (const m of models)
    if (m.computeFlop !== null && m.computeFlop > 0) {
      const key = `${m.bloc} ${m.year}`;
      record.set(key, Math.max(record.get(key) ?? 0, m.computeFlop));
    }
  const toDate = (bloc: SimBloc, year: number): number => {
    let largest = 0;
    for (const [key, value] of record) {
      const [b, y] = key.split(" ");
      if (b === bloc && Number(y) <= year) largest = Math.max(largest, value);
    }
    return largest;
  };
  return models.map((m) =>
    m.computeFlop !== null && m.computeFlop > 0 ? Math.log10(m.computeFlop / toDate(m.bloc, m.year)) : -Infinity,
  );
}

/** Learns every bloc's population from the models published in or before the origin (nothing later is read). */
export function learnPopulations(
  models: readonly PopulationModel[],
  blocs: readonly SimBloc[],
  origin: number,
  prior: PopulationPrior = DEFAULT_POPULATION_PRIOR,
): BlocPopulation[] {
  const known = models.filter((m) => m.year <= origin);
  const ratios = relativeCompute(known);
  const recent = (m: PopulationModel): boolean => m.year > origin - prior.ratioYears;
  const pooled = Float64Array.from(known.flatMap((m, i) => (recent(m) ? [ratios[i]!] : [])));
  const counts = yearlyCounts(known);
  const shape = prior.shape ?? learnTrendShape(counts, blocs, origin);
  const maxPerYear = CAP_FACTOR * known.reduce((most, m) => Math.max(most, counts(m.bloc, m.year)), 1);
  return blocs.map((bloc) => {
    const own = Float64Array.from(known.flatMap((m, i) => (m.bloc === bloc && recent(m) ? [ratios[i]!] : [])));
    const trend = countTrend(counts, bloc, origin, shape);
    return {
      bloc,
      origin,
      trend,
      shape,
      ratios: own,
      pooled,
      ownShare: own.length / (own.length + prior.poolWeight),
      aboveAtOrigin: COUNT_THRESHOLDS.map(
        ({ flop }) => known.filter((m) => m.bloc === bloc && m.computeFlop !== null && m.computeFlop > flop).length,
      ),
      maxPerYear,
    };
  });
}

/** A bloc's counts in one simulated year. */
export interface YearCounts {
  readonly year: number;
  /** Notable models published that year. */
  readonly notable: number;
  /** Models above each threshold (COUNT_THRESHOLDS order) published up to the end of the year. */
  readonly above: readonly number[];
}

/**
 * Draws one run's counts for the years after the origin, given its largest run to date (log10 FLOP) in each
 * of them. The draws do not depend on the largest run, so for one stream the counts above a threshold only grow
 * with it; the count is rounded from the trend's lognormal, whose spread already holds the year-to-year noise.
 */
export function drawCounts(population: BlocPopulation, largestLog10: readonly number[], rng: Rng): YearCounts[] {
  const above = [...population.aboveAtOrigin];
  const { ratios, pooled, ownShare } = population;
  return largestLog10.map((largest, k) => {
    const year = population.origin + 1 + k;
    const { median, sd } = population.trend(year);
    const notable = Math.min(population.maxPerYear, Math.max(0, Math.round(10 ** (median + sd * normal(rng)) - 1)));
    for (let i = 0; i < notable; i++) {
      const fromOwn = rng.next() < ownShare;
      const source = fromOwn || pooled.length === 0 ? ratios : pooled;
      const u = rng.next();
      if (source.length === 0) continue;
      const log10Compute = largest + source[Math.floor(u * source.length)]!;
      COUNT_THRESHOLDS.forEach(({ flop }, t) => {
        if (log10Compute > Math.log10(flop)) above[t]!++;
      });
    }
    return { year, notable, above: [...above] };
  });
}

/** Salt that keeps the count streams apart from the engine's (same seed, other numbers). */
const COUNT_STREAM = 0x5eed_c017;

/**
 * Every kept run's counts for one bloc: `largestLog10[y][i]` is kept run i's largest run to date in the y-th
 * year after the origin. Each run draws from its own stream (its index and bloc), whichever thread ran it.
 */
export function drawKeptCounts(
  population: BlocPopulation,
  kept: Int32Array,
  largestLog10: readonly Float64Array[],
  seed: number,
): YearCounts[][] {
  return Array.from(kept, (run, i) =>
    drawCounts(
      population,
      largestLog10.map((values) => values[i]!),
      sfc32(runSeed(seed ^ COUNT_STREAM, run * 4 + blocIndex(population.bloc))),
    ),
  );
}
