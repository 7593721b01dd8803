/**
 * Counts of models in a scenario's answer (issue 13): the population layer (population.ts), learned from the
 * models published up to the last observed year, turns each kept run's anchored largest run per bloc (the
 * values the fan shows) into notable models per year and models above 10²⁵ and 10²⁶ FLOP to date, as the
 * back-test scores them (backtest-counts.ts). Drawn after anchoring, on the thread that anchors, so one thread
 * and the worker pool give the same counts.
 */
import { blocIndex } from "./blocs.js";
import { COUNT_METRICS, COUNT_THRESHOLDS, drawKeptCounts, learnPopulations } from "./population.js";
import type { CountMetric, PopulationModel, YearCounts } from "./population.js";
import { outputOffset } from "./run.js";
import type { CompiledScenario } from "./run.js";
import { OUTPUT_QUANTITIES } from "./scenario.js";
import { percentileOfSorted } from "./summarise.js";

/** The blocs whose models the population is learned from (Epoch's notable models of the rest are too few). */
export const COUNTED_BLOCS = ["us", "china", "eu"] as const;
export type CountedBloc = (typeof COUNTED_BLOCS)[number];

/** A count's 5th, 50th and 95th percentile over the kept runs, per year, in whole models. */
export interface CountBand {
  readonly p5: number[];
  readonly p50: number[];
  readonly p95: number[];
}

export interface ModelCounts {
  /** The last observed year: the population is learned from the models published in or before it. */
  readonly origin: number;
  /** The years counted: every year after the origin up to the scenario's end. */
  readonly years: number[];
  /**
   * Per metric, each counted bloc's band and that of the sum of the three per run ("total"; a model of two
   * blocs counts for both, as in the indicators). notableModels: published that year; modelsAbove1e25/1e26:
   * published up to the end of that year.
   */
  readonly series: Readonly<Record<CountMetric, Readonly<Record<CountedBloc | "total", CountBand>>>>;
}

const valueOf = (metric: CountMetric, counts: YearCounts): number =>
  metric === "notableModels" ? counts.notable : counts.above[COUNT_THRESHOLDS.findIndex((t) => t.metric === metric)]!;

/** Percentiles rounded to whole models (rounding keeps their order, so 10²⁶ counts stay at or below 10²⁵'s). */
function band(values: readonly Float64Array[]): CountBand {
  const sorted = values.map((v) => Float64Array.from(v).sort());
  const at = (percentile: number) => sorted.map((v) => Math.round(percentileOfSorted(v, percentile)));
  return { p5: at(5), p50: at(50), p95: at(95) };
}

/**
 * The kept runs' counts, from anchored outputs; null without models (the engine then has nothing to learn
 * the population from) or without a year after the last observed one.
 */
export function modelCounts(
  compiled: CompiledScenario,
  outputs: Float64Array,
  kept: Int32Array,
  models: readonly PopulationModel[],
): ModelCounts | null {
  const { scenario, years: simulated } = compiled;
  const origin = Math.ceil(scenario.levers.from) - 1;
  const years = simulated.filter((year) => year > origin);
  if (models.length === 0 || years.length === 0) return null;
  const frontier = OUTPUT_QUANTITIES.indexOf("frontierTraining");
  const populations = learnPopulations(models, COUNTED_BLOCS, origin);
  // draws[bloc][keptIndex][yearIndex]
  const draws = populations.map((population) =>
    drawKeptCounts(
      population,
      kept,
      years.map((year) => {
        const offset = outputOffset(frontier, blocIndex(population.bloc), year - simulated[0]!, simulated.length);
        return Float64Array.from(kept, (run) => Math.log10(outputs[offset * scenario.runs + run]!));
      }),
      scenario.seed,
    ),
  );
  const perRun = (metric: CountMetric, blocs: readonly number[]): Float64Array[] =>
    years.map((_, y) =>
      Float64Array.from(kept, (_run, i) => blocs.reduce((sum, b) => sum + valueOf(metric, draws[b]![i]![y]!), 0)),
    );
  const all = COUNTED_BLOCS.map((_, b) => b);
  const series = Object.fromEntries(
    COUNT_METRICS.map((metric) => [
      metric,
      {
        ...Object.fromEntries(COUNTED_BLOCS.map((bloc, b) => [bloc, band(perRun(metric, [b]))])),
        total: band(perRun(metric, all)),
      },
    ]),
  ) as unknown as ModelCounts["series"];
  return { origin, years, series };
}
