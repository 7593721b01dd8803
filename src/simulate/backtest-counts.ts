/**
 * The back-test of the counts (issue 13): at each origin the population (population.ts) is learned from the
 * models published up to it, each kept run's largest run per bloc (as shipped: anchored, with discrepancy) is
 * turned into counts of models, and the next one to four years are scored against the indicators' counts, next
 * to the two baselines fitted on log10(count + 1) of the same series up to the origin. Counts have a table of
 * their own: they are discrete and scored by randomised PIT, so they do not join the pooled compute table.
 */
import { fitRandomWalk, fitTrend } from "./baselines.js";
import type { Baseline } from "./baselines.js";
import type { PairedScore } from "./backtest.js";
import type { SimBloc } from "./blocs.js";
import { checkCounts, countScale } from "./count-scoring.js";
import type { TrendShape } from "./count-trend.js";
import { normal } from "./distributions.js";
import {
  COUNT_METRICS,
  COUNT_THRESHOLDS,
  DEFAULT_POPULATION_PRIOR,
  drawKeptCounts,
  learnPopulations,
} from "./population.js";
import type { CountMetric, CountObservation, PopulationModel, PopulationPrior, YearCounts } from "./population.js";
import { runSeed, sfc32 } from "./rng.js";
import { coverageOf } from "./scoring.js";
import type { Coverage, ForecastCheck } from "./scoring.js";

export interface CountInputs {
  /** Every notable model per bloc with its year and compute (the population is learned from those up to an origin). */
  readonly models: readonly PopulationModel[];
  /** The observed counts scored. */
  readonly observations: readonly CountObservation[];
}

/** One origin's kept runs: their indexes (for the random streams) and their largest run to date. */
export interface CountOrigin {
  readonly origin: number;
  readonly kept: Int32Array;
  /** log10 largest run to date of each kept run (kept order) for a bloc at the end of a year. */
  readonly largestLog10: (bloc: SimBloc, year: number) => Float64Array;
}

export interface CountPoint {
  readonly origin: number;
  readonly horizon: number;
  readonly observation: CountObservation;
  /** log10(observed + 1). */
  readonly observed: number;
  readonly model: ForecastCheck;
  /** Null when the series has fewer than three observations up to the origin. */
  readonly randomWalk: ForecastCheck | null;
  readonly trend: ForecastCheck | null;
}

export interface CountSeriesScore {
  readonly bloc: SimBloc;
  readonly metric: CountMetric;
  readonly points: number;
  /** Mean CRPS on log10(count + 1). */
  readonly model: number;
  readonly randomWalk: PairedScore;
  readonly trend: PairedScore;
}

export interface CountBacktest {
  readonly prior: PopulationPrior;
  /** The count trend's shape learned at each origin (count-trend.ts). */
  readonly shapes: readonly (TrendShape & { readonly origin: number })[];
  readonly points: readonly CountPoint[];
  readonly coverage: { readonly model: Coverage; readonly randomWalk: Coverage; readonly trend: Coverage };
  readonly series: readonly CountSeriesScore[];
}

/** Salts that keep the scoring streams apart from the engine's and the counts' (same seed, other numbers). */
const PIT_STREAM = 0x0d15_c12e;
const BASELINE_STREAM = 0x0ba5_e11e;
/** Draws of a baseline's normal turned into counts, so it is scored on the same discrete support as the model. */
const BASELINE_DRAWS = 2000;

const valueOf = (metric: CountMetric, counts: YearCounts): number =>
  metric === "notableModels" ? counts.notable : counts.above[COUNT_THRESHOLDS.findIndex((t) => t.metric === metric)]!;

const mean = (values: readonly number[]): number =>
  values.length === 0 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length;

/** A normal forecast of log10(count + 1), drawn and rounded to counts (the model's rounding). */
function baselineCounts(fitted: Baseline, year: number, seed: number): Int32Array {
  const { median, sd } = fitted(year);
  const rng = sfc32(seed);
  return Int32Array.from({ length: BASELINE_DRAWS }, () =>
    Math.max(0, Math.round(10 ** (median + sd * normal(rng)) - 1)),
  );
}

export function backtestCounts(
  inputs: CountInputs,
  origins: readonly CountOrigin[],
  maxHorizon: number,
  seed: number,
  prior: PopulationPrior = DEFAULT_POPULATION_PRIOR,
): CountBacktest {
  const blocs = [...new Set(inputs.observations.map((o) => o.bloc))];
  const points: CountPoint[] = [];
  const shapes: (TrendShape & { readonly origin: number })[] = [];
  for (const { origin, kept, largestLog10 } of origins) {
    const scored = inputs.observations.filter((o) => o.year > origin && o.year <= origin + maxHorizon);
    if (scored.length === 0) continue;
    const lastYear = Math.max(...scored.map((o) => o.year));
    const years = Array.from({ length: lastYear - origin }, (_, k) => origin + 1 + k);
    const populations = learnPopulations(inputs.models, blocs, origin, prior);
    shapes.push({ ...populations[0]!.shape, origin });
    // draws[bloc][keptIndex][yearIndex]: each kept run draws from its own stream, whichever worker ran it.
    const draws = populations.map((population) =>
      drawKeptCounts(
        population,
        kept,
        years.map((year) => largestLog10(population.bloc, year)),
        seed,
      ),
    );
    for (const observation of scored) {
      const b = blocs.indexOf(observation.bloc);
      const y = observation.year - origin - 1;
      const ensemble = draws[b]!.map((run) => valueOf(observation.metric, run[y]!));
      const index = points.length;
      const v = sfc32(runSeed(seed ^ PIT_STREAM, index)).next();
      const history = inputs.observations
        .filter((o) => o.bloc === observation.bloc && o.metric === observation.metric && o.year <= origin)
        .map((o) => ({ year: o.year, value: countScale(o.value) }));
      const baseline = (fitted: Baseline | null, salt: number): ForecastCheck | null =>
        fitted &&
        checkCounts(
          baselineCounts(fitted, observation.year, runSeed(seed ^ BASELINE_STREAM, index * 2 + salt)),
          observation.value,
          v,
        );
      points.push({
        origin,
        horizon: observation.year - origin,
        observation,
        observed: countScale(observation.value),
        model: checkCounts(ensemble, observation.value, v),
        randomWalk: baseline(fitRandomWalk(history), 0),
        trend: baseline(fitTrend(history), 1),
      });
    }
  }
  const present = (key: "randomWalk" | "trend"): ForecastCheck[] => points.flatMap((p) => (p[key] ? [p[key]] : []));
  return {
    prior,
    shapes,
    points,
    coverage: {
      model: coverageOf(points.map((p) => p.model)),
      randomWalk: coverageOf(present("randomWalk")),
      trend: coverageOf(present("trend")),
    },
    series: blocs.flatMap((bloc) =>
      COUNT_METRICS.flatMap((metric): CountSeriesScore[] => {
        const here = points.filter((p) => p.observation.bloc === bloc && p.observation.metric === metric);
        const paired = (key: "randomWalk" | "trend"): PairedScore => {
          const both = here.filter((p) => p[key] !== null);
          return {
            points: both.length,
            model: mean(both.map((p) => p.model.crps)),
            baseline: mean(both.map((p) => p[key]!.crps)),
          };
        };
        return here.length === 0
          ? []
          : [
              {
                bloc,
                metric,
                points: here.length,
                model: mean(here.map((p) => p.model.crps)),
                randomWalk: paired("randomWalk"),
                trend: paired("trend"),
              },
            ];
      }),
    ),
  };
}
