/**
 * Rolling-origin back-test: for every origin, history-match on the targets known by then (real export-control
 * dates switched on), forecast the next one to four years and score the forecasts against what was observed,
 * next to two baselines fitted to the same history. The model discrepancy (discrepancy.ts) is learned here:
 * the scale whose forecasts score best over all origins; the leave-one-origin-out coverage shows how much that
 * learning flatters the result.
 */
import { blocIndex, BLOCS } from "./blocs.js";
import { backtestCounts } from "./backtest-counts.js";
import type { CountBacktest, CountInputs, CountOrigin } from "./backtest-counts.js";
import type { PopulationPrior } from "./population.js";
import type { SimBloc } from "./blocs.js";
import { fitRandomWalk, fitTrend } from "./baselines.js";
import type { Baseline } from "./baselines.js";
import { historyMatch, LOG_SCALE_QUANTITIES, validateTargets } from "./calibrate.js";
import type { CalibrationTarget } from "./calibrate.js";
import { applyDiscrepancy } from "./discrepancy.js";
import type { DiscrepancyScale } from "./discrepancy.js";
import { NEUTRAL_LEVERS } from "./levers.js";
import { applyRecalibration, learnRecalibration, NO_RECALIBRATION, originGaps, recordFloors } from "./recalibrate.js";
import type { Recalibration, RecalibrationOptions, Residual } from "./recalibrate.js";
import { compileScenario, outputOffset, simulateRuns } from "./run.js";
import { OUTPUT_QUANTITIES } from "./scenario.js";
import type { OutputQuantity, Scenario } from "./scenario.js";
import { BANDS, checkEnsemble, checkNormal, coverageOf } from "./scoring.js";
import type { Band, Coverage, ForecastCheck } from "./scoring.js";
import { percentileOfSorted } from "./summarise.js";

export interface BacktestOptions {
  /** Last fitted year of each back-test; the years after it are forecast. */
  readonly origins: readonly number[];
  /** Years ahead scored from each origin. */
  readonly maxHorizon: number;
  readonly runs: number;
  readonly seed: number;
  /** A discrepancy scale to score as given; without it the best on the grid is learned. */
  readonly scale?: DiscrepancyScale;
  /** With a given scale: also learn one on the grid and report its coverage next to the given one's. */
  readonly compareLearned?: boolean;
  readonly recalibration?: RecalibrationOptions;
  /** How the counts' population is learned (population.ts); the default otherwise. */
  readonly population?: PopulationPrior;
}

export const DEFAULT_BACKTEST: BacktestOptions = {
  origins: [2017, 2018, 2019, 2020, 2021, 2022, 2023],
  maxHorizon: 4,
  runs: 2000,
  seed: 20260101,
};

/** The discrepancy scales tried when learning (log10 per square root of a year). */
export const FRONTIER_SCALE_GRID = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8];
export const STOCK_SCALE_GRID = [0, 0.05, 0.1, 0.15, 0.2];
const NO_DISCREPANCY: DiscrepancyScale = { frontierOom: 0, followerFrontierOom: 0, stockOom: 0 };

type PointGroup = "stock" | "leader" | "followers" | "other";
/** Which discrepancy term a point informs: the stock walk moves stocks and shares, the run walks the runs. */
function groupOf(target: CalibrationTarget): PointGroup {
  if (target.quantity === "computeStock" || target.quantity === "worldShare") return "stock";
  if (target.quantity === "frontierTraining") return target.bloc === "us" ? "leader" : "followers";
  return "other";
}

/** Nominal coverage of each central band. */
const NOMINAL: Readonly<Record<Band, number>> = { band50: 0.5, band80: 0.8, band90: 0.9 };

/**
 * How far a group's checks are from calibrated: the summed distance of the 50/80/90% coverage from nominal, with
 * the mean CRPS / tolerance as a tie-breaker (the coverage aims of issue 13, learned one group at a time).
 */
function miscalibration(here: readonly { target: CalibrationTarget; check: ForecastCheck }[]): number {
  const coverage = coverageOf(here.map(({ check }) => check));
  const distance = BANDS.reduce((sum, band) => sum + Math.abs(coverage.bands[band].share - NOMINAL[band]), 0);
  return distance + 1e-3 * mean(here.map(({ target, check }) => check.crps / target.tolerance));
}

/**
 * The scale whose forecasts are best calibrated (miscalibration) on the given origins, one term at a time: the
 * stock walk on the stock and share points (the run walks do not move them), then each run walk on its runs.
 */
function learnScale(
  origins: readonly OriginRun[],
  originIndexes: readonly number[],
  checksUnder: (scale: DiscrepancyScale) => ForecastCheck[][],
): DiscrepancyScale {
  const best = (grid: readonly number[], group: PointGroup, scaleOf: (value: number) => DiscrepancyScale): number => {
    let bestValue = grid[0]!;
    let bestScore = Infinity;
    for (const value of grid) {
      const checks = checksUnder(scaleOf(value));
      const here = originIndexes.flatMap((o) =>
        origins[o]!.heldOut.flatMap(({ target }, i) =>
          groupOf(target) === group ? [{ target, check: checks[o]![i]! }] : [],
        ),
      );
      if (here.length === 0) return bestValue;
      const score = miscalibration(here);
      if (score < bestScore - 1e-12) [bestValue, bestScore] = [value, score];
    }
    return bestValue;
  };
  const stockOom = best(STOCK_SCALE_GRID, "stock", (stock) => ({ ...NO_DISCREPANCY, stockOom: stock }));
  const frontierOom = best(FRONTIER_SCALE_GRID, "leader", (run) => ({ ...NO_DISCREPANCY, stockOom, frontierOom: run }));
  const followerFrontierOom = best(FRONTIER_SCALE_GRID, "followers", (run) => ({
    ...NO_DISCREPANCY,
    stockOom,
    followerFrontierOom: run,
  }));
  return { frontierOom, followerFrontierOom, stockOom };
}

export interface BacktestInputs {
  /** The targets history matching may use at an origin: computed from data up to it, none later. */
  readonly fitTargets: (origin: number) => readonly CalibrationTarget[];
  /** The observed values scored (tolerance: the observation's own standard error). */
  readonly observations: readonly CalibrationTarget[];
  /** The notable models and the counts observed of them; without them no count is scored. */
  readonly counts?: CountInputs;
}

export interface BacktestPoint {
  readonly origin: number;
  readonly horizon: number;
  readonly target: CalibrationTarget;
  /** Observed value on the compared scale (log10 for compute quantities). */
  readonly observed: number;
  /** The forecast as shipped: engine anchored to the present, with the model discrepancy. */
  readonly model: ForecastCheck;
  /** The engine anchored to the present as learned before the origin (recalibrate.ts), without discrepancy. */
  readonly recalibrated: ForecastCheck;
  /** The engine's own ensemble, neither anchored nor with discrepancy (the model before issue 13's anchoring). */
  readonly engineOnly: ForecastCheck;
  /** Null when the series has fewer than three observations up to the origin. */
  readonly randomWalk: ForecastCheck | null;
  readonly trend: ForecastCheck | null;
}

export interface OriginFit {
  readonly origin: number;
  readonly fitTargets: number;
  readonly kept: number;
  readonly fallback: boolean;
}

/** Mean CRPS of the model against a baseline on the points both forecast. */
export interface PairedScore {
  readonly points: number;
  readonly model: number;
  readonly baseline: number;
}

export interface SeriesScore {
  readonly bloc: SimBloc;
  readonly quantity: OutputQuantity;
  readonly points: number;
  /** Mean CRPS on the compared scale (log10 for compute quantities). */
  readonly model: number;
  readonly recalibrated: number;
  readonly engineOnly: number;
  readonly randomWalk: PairedScore;
  readonly trend: PairedScore;
}

export interface BlocBias {
  readonly bloc: SimBloc;
  readonly points: number;
  /** Median of observed minus forecast median over the bloc's compute points, in orders of magnitude. */
  readonly medianErrorOom: number;
  readonly recalibratedOom: number;
  readonly engineOnlyOom: number;
}

export interface HorizonWidth {
  readonly horizon: number;
  readonly points: number;
  /** Median width of the 90% band of the largest-run forecasts, in orders of magnitude. */
  readonly model: number;
  readonly recalibrated: number;
  readonly engineOnly: number;
}

export interface BacktestReport {
  readonly origins: readonly number[];
  readonly maxHorizon: number;
  readonly runs: number;
  readonly seed: number;
  readonly fits: readonly OriginFit[];
  readonly scale: DiscrepancyScale;
  /** True when the scale was learned on the grid (then `coverage.model` is in-sample for two constants). */
  readonly learned: boolean;
  /** The scale learned on the grid (null when a given scale was scored without comparison). */
  readonly learnedScale: DiscrepancyScale | null;
  /** The anchoring the product ships: learned at the last observed year from every residual observed by then. */
  readonly shipped: Recalibration & { readonly year: number; readonly residuals: number };
  /** The anchoring at each origin, learned from the residuals observed by then. */
  readonly recalibrations: readonly (Recalibration & {
    readonly origin: number;
    readonly residuals: number;
    /** Observed minus median log10 largest run per bloc (BLOCS order) at the origin; 0 when not observed. */
    readonly gaps: readonly number[];
  })[];
  readonly points: readonly BacktestPoint[];
  readonly coverage: {
    readonly model: Coverage;
    /** The model on the largest-run points alone, the series the anchoring and the spread's shape act on. */
    readonly modelLargestRuns: Coverage;
    readonly recalibrated: Coverage;
    /** The forecasts with the learned scale (null when none was learned). */
    readonly learnedScale: Coverage | null;
    /** Each origin scored with the scale learned on the other origins (null when none was learned). */
    readonly leaveOneOriginOut: Coverage | null;
    readonly engineOnly: Coverage;
    readonly randomWalk: Coverage;
    readonly trend: Coverage;
  };
  readonly series: readonly SeriesScore[];
  readonly bias: readonly BlocBias[];
  readonly width90: readonly HorizonWidth[];
  /** The counts of models per bloc scored on the forecasts as shipped (null without count inputs). */
  readonly counts: CountBacktest | null;
}

const compared = (target: CalibrationTarget, value: number): number =>
  LOG_SCALE_QUANTITIES.has(target.quantity) ? Math.log10(value) : value;
const sameSeries = (a: CalibrationTarget, b: CalibrationTarget): boolean =>
  a.bloc === b.bloc && a.quantity === b.quantity;
const mean = (values: readonly number[]): number =>
  values.length === 0 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
const median = (values: readonly number[]): number => percentileOfSorted(Float64Array.from(values).sort(), 50);

interface OriginRun {
  readonly fit: OriginFit;
  readonly kept: Int32Array;
  readonly heldOut: readonly { readonly target: CalibrationTarget; readonly offset: number }[];
  /** Observed minus the kept runs' median log10 largest run per bloc at the origin (0: not observed). */
  readonly gaps: readonly number[];
  /** Each bloc's record at the origin (log10; -Infinity: not observed), the floor of its later largest runs. */
  readonly floors: readonly number[];
}

/** Every run's outputs for one origin, anchored to the present and with the discrepancy. */
function anchoredOutputs(
  raw: Float64Array,
  years: readonly number[],
  options: BacktestOptions,
  origin: OriginRun,
  scale: DiscrepancyScale,
  recalibration: Recalibration,
  floored: boolean,
): Float64Array {
  const outputs = raw.slice();
  applyDiscrepancy(years, outputs, options.runs, origin.fit.origin, scale, options.seed);
  const { kept, gaps } = origin;
  const floors = floored ? origin.floors : undefined;
  applyRecalibration(years, outputs, options.runs, kept, origin.fit.origin, recalibration, gaps, floors);
  return outputs;
}

/** The kept runs' largest run to date as shipped (log10 FLOP), the input of the count back-test. */
function countOrigin(outputs: Float64Array, years: readonly number[], runs: number, origin: OriginRun): CountOrigin {
  const frontier = OUTPUT_QUANTITIES.indexOf("frontierTraining");
  return {
    origin: origin.fit.origin,
    kept: origin.kept,
    largestLog10: (bloc, year) => {
      if (year > years.at(-1)!) throw new Error(`backtest: count observed in ${year}, after the last simulated year`);
      const offset = outputOffset(frontier, blocIndex(bloc), year - years[0]!, years.length);
      return Float64Array.from(origin.kept, (run) => Math.log10(outputs[offset * runs + run]!));
    },
  };
}

/**
 * The kept runs' forecast of every held-out point of one origin (sorted, compared scale). Without a
 * recalibration it is the engine's own forecast, not raised to the records (what the residuals learn from).
 */
function ensembles(
  raw: Float64Array,
  years: readonly number[],
  options: BacktestOptions,
  origin: OriginRun,
  scale: DiscrepancyScale,
  recalibration?: Recalibration,
): Float64Array[] {
  const floored = recalibration !== undefined;
  const outputs = anchoredOutputs(raw, years, options, origin, scale, recalibration ?? NO_RECALIBRATION, floored);
  return origin.heldOut.map(({ target, offset }) => {
    const values = new Float64Array(origin.kept.length);
    origin.kept.forEach((run, i) => (values[i] = compared(target, outputs[offset * options.runs + run]!)));
    return values.sort();
  });
}

const checksOf = (origin: OriginRun, sorted: readonly Float64Array[]): ForecastCheck[] =>
  origin.heldOut.map(({ target }, i) => checkEnsemble(sorted[i]!, compared(target, target.value)));

export function backtest(inputs: BacktestInputs, options: BacktestOptions = DEFAULT_BACKTEST): BacktestReport {
  const lastYear = Math.max(...inputs.observations.map((t) => t.year));
  const scenario: Scenario = {
    name: "backtest",
    description: "Real lever history; fitted on the targets known at each origin",
    endYear: lastYear,
    runs: options.runs,
    seed: options.seed,
    levers: { ...NEUTRAL_LEVERS, from: 2100 },
    parameters: {},
  };
  const compiled = compileScenario(scenario);
  const raw = new Float64Array(options.runs * compiled.slots);
  simulateRuns(compiled, 0, options.runs, raw);

  const origins: OriginRun[] = options.origins.map((origin) => {
    const fit = inputs.fitTargets(origin);
    const late = fit.find((t) => t.year > origin);
    if (late)
      throw new Error(`backtest origin ${origin}: fitting target ${late.bloc} ${late.quantity} ${late.year} is later`);
    if (fit.length === 0) throw new Error(`backtest origin ${origin}: no calibration targets in or before ${origin}`);
    const match = historyMatch(compiled, raw, options.runs, fit);
    const scored = inputs.observations.filter((t) => t.year > origin && t.year <= origin + options.maxHorizon);
    const records = inputs.observations
      .filter((t) => t.year === origin && t.quantity === "frontierTraining")
      .map((t) => ({ bloc: t.bloc, log10: Math.log10(t.value) }));
    return {
      fit: { origin, fitTargets: fit.length, kept: match.kept.length, fallback: match.fallback },
      kept: match.kept,
      heldOut: validateTargets(compiled, scored),
      gaps: originGaps(compiled.years, raw, options.runs, match.kept, origin, records),
      floors: recordFloors(records),
    };
  });
  if (origins.every((o) => o.heldOut.length === 0))
    throw new Error(`backtest: no observations within ${options.maxHorizon} years after any origin`);

  // Anchoring to the present: at each origin, learned from the engine's largest-run forecasts of earlier origins
  // observed by then (forward-chained, no look-ahead).
  const residuals: (Residual & { readonly origin: number })[] = origins.flatMap((origin) => {
    const sorted = ensembles(raw, compiled.years, options, origin, NO_DISCREPANCY);
    return origin.heldOut.flatMap(({ target }, i) =>
      target.quantity === "frontierTraining"
        ? [
            {
              origin: origin.fit.origin,
              bloc: target.bloc,
              year: target.year,
              horizon: target.year - origin.fit.origin,
              sorted: sorted[i]!,
              observed: compared(target, target.value),
              originGap: origin.gaps[BLOCS.indexOf(target.bloc)]!,
              floor: origin.floors[BLOCS.indexOf(target.bloc)]!,
            },
          ]
        : [],
    );
  });
  const observedBy = (origin: number): Residual[] => residuals.filter((r) => r.origin < origin && r.year <= origin);
  const learnAt = (origin: number): Recalibration =>
    learnRecalibration(observedBy(origin), origin, options.recalibration);
  const recalibrations = origins.map((origin) => ({
    ...learnAt(origin.fit.origin),
    origin: origin.fit.origin,
    residuals: observedBy(origin.fit.origin).length,
    gaps: origin.gaps,
  }));

  // Checks of every origin's anchored points under a discrepancy scale, computed once per scale tried.
  const cache = new Map<string, ForecastCheck[][]>();
  const checksUnder = (scale: DiscrepancyScale): ForecastCheck[][] => {
    const key = `${scale.frontierOom} ${scale.followerFrontierOom} ${scale.stockOom}`;
    let checks = cache.get(key);
    if (!checks) {
      checks = origins.map((origin, o) =>
        checksOf(origin, ensembles(raw, compiled.years, options, origin, scale, recalibrations[o])),
      );
      cache.set(key, checks);
    }
    return checks;
  };
  const engineOnly = origins.map((origin) =>
    checksOf(origin, ensembles(raw, compiled.years, options, origin, NO_DISCREPANCY)),
  );
  const recalibrated = checksUnder(NO_DISCREPANCY);
  const learning = options.scale === undefined || options.compareLearned === true;
  const learn = (originIndexes: readonly number[]): DiscrepancyScale => learnScale(origins, originIndexes, checksUnder);
  const everyOrigin = origins.map((_, o) => o);
  const learnedScale = learning ? learn(everyOrigin) : null;
  const scale = options.scale ?? learnedScale!;
  const chosen = checksUnder(scale);
  const leaveOneOut = learning
    ? coverageOf(origins.flatMap((_, o) => checksUnder(learn(everyOrigin.filter((other) => other !== o)))[o]!))
    : null;

  const points: BacktestPoint[] = origins.flatMap((origin, o) =>
    origin.heldOut.map(({ target }, i): BacktestPoint => {
      const history = inputs.observations
        .filter((t) => sameSeries(t, target) && t.year <= origin.fit.origin)
        .map((t) => ({ year: t.year, value: compared(t, t.value) }));
      const observed = compared(target, target.value);
      const baseline = (fitted: Baseline | null): ForecastCheck | null => {
        if (!fitted) return null;
        const forecast = fitted(target.year);
        return checkNormal(forecast.median, forecast.sd, observed);
      };
      return {
        origin: origin.fit.origin,
        horizon: target.year - origin.fit.origin,
        target,
        observed,
        model: chosen[o]![i]!,
        recalibrated: recalibrated[o]![i]!,
        engineOnly: engineOnly[o]![i]!,
        randomWalk: baseline(fitRandomWalk(history)),
        trend: baseline(fitTrend(history)),
      };
    }),
  );

  return {
    origins: options.origins,
    maxHorizon: options.maxHorizon,
    runs: options.runs,
    seed: options.seed,
    fits: origins.map((o) => o.fit),
    scale,
    learned: options.scale === undefined,
    learnedScale,
    shipped: {
      ...learnAt(lastYear),
      year: lastYear,
      residuals: observedBy(lastYear).length,
    },
    recalibrations,
    points,
    coverage: {
      model: coverageOf(points.map((p) => p.model)),
      modelLargestRuns: coverageOf(points.flatMap((p) => (p.target.quantity === "frontierTraining" ? [p.model] : []))),
      recalibrated: coverageOf(points.map((p) => p.recalibrated)),
      learnedScale: learnedScale && coverageOf(checksUnder(learnedScale).flat()),
      leaveOneOriginOut: leaveOneOut,
      engineOnly: coverageOf(points.map((p) => p.engineOnly)),
      randomWalk: coverageOf(points.flatMap((p) => (p.randomWalk ? [p.randomWalk] : []))),
      trend: coverageOf(points.flatMap((p) => (p.trend ? [p.trend] : []))),
    },
    series: seriesScores(points),
    bias: BLOCS.flatMap((bloc): BlocBias[] => {
      const here = points.filter((p) => p.target.bloc === bloc && LOG_SCALE_QUANTITIES.has(p.target.quantity));
      return here.length === 0
        ? []
        : [
            {
              bloc,
              points: here.length,
              medianErrorOom: median(here.map((p) => p.model.error)),
              recalibratedOom: median(here.map((p) => p.recalibrated.error)),
              engineOnlyOom: median(here.map((p) => p.engineOnly.error)),
            },
          ];
    }),
    width90: Array.from({ length: options.maxHorizon }, (_, i): HorizonWidth => {
      const here = points.filter((p) => p.horizon === i + 1 && p.target.quantity === "frontierTraining");
      return {
        horizon: i + 1,
        points: here.length,
        model: median(here.map((p) => p.model.width90)),
        recalibrated: median(here.map((p) => p.recalibrated.width90)),
        engineOnly: median(here.map((p) => p.engineOnly.width90)),
      };
    }),
    counts:
      inputs.counts === undefined
        ? null
        : backtestCounts(
            inputs.counts,
            origins.map((origin, o) =>
              countOrigin(
                anchoredOutputs(raw, compiled.years, options, origin, scale, recalibrations[o]!, true),
                compiled.years,
                options.runs,
                origin,
              ),
            ),
            options.maxHorizon,
            options.seed,
            options.population,
          ),
  };
}

function paired(points: readonly BacktestPoint[], key: "randomWalk" | "trend"): PairedScore {
  const both = points.filter((p) => p[key] !== null);
  return {
    points: both.length,
    model: mean(both.map((p) => p.model.crps)),
    baseline: mean(both.map((p) => p[key]!.crps)),
  };
}

function seriesScores(points: readonly BacktestPoint[]): SeriesScore[] {
  const keys = [...new Set(points.map((p) => `${p.target.bloc} ${p.target.quantity}`))];
  return keys.map((key) => {
    const here = points.filter((p) => `${p.target.bloc} ${p.target.quantity}` === key);
    const { bloc, quantity } = here[0]!.target;
    return {
      bloc,
      quantity,
      points: here.length,
      model: mean(here.map((p) => p.model.crps)),
      recalibrated: mean(here.map((p) => p.recalibrated.crps)),
      engineOnly: mean(here.map((p) => p.engineOnly.crps)),
      randomWalk: paired(here, "randomWalk"),
      trend: paired(here, "trend"),
    };
  });
}
