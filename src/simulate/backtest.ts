import { historyMatch, LOG_SCALE_QUANTITIES, validateTargets } from "./calibrate.js";
import type { CalibrationTarget } from "./calibrate.js";
import { NEUTRAL_LEVERS } from "./levers.js";
import { fitRandomWalk } from "./random-walk.js";
import { compileScenario, simulateRuns } from "./run.js";
import type { Scenario } from "./scenario.js";
import { percentileOfSorted } from "./summarise.js";

export interface BacktestOptions {
  /** Last year whose targets are used for fitting; later targets are held out. */
  readonly fitUntil: number;
  readonly runs: number;
  readonly seed: number;
}

export const DEFAULT_BACKTEST: BacktestOptions = { fitUntil: 2021, runs: 2000, seed: 20260101 };

export interface BandCheck {
  readonly median: number;
  /** Held-out value minus forecast median, in log10 units for compute quantities, else in the quantity's unit. */
  readonly error: number;
  readonly inside50: boolean;
  readonly inside80: boolean;
  readonly inside90: boolean;
}

export interface BacktestPoint {
  readonly target: CalibrationTarget;
  readonly model: BandCheck;
  /** Random walk with drift on the same series, or null when fewer than three fitting points exist. */
  readonly randomWalk: BandCheck | null;
}

export interface Coverage {
  readonly points: number;
  readonly band50: number;
  readonly band80: number;
  readonly band90: number;
}

export interface ErrorSummary {
  readonly points: number;
  readonly medianAbsoluteError: number;
}

export interface BacktestReport {
  readonly fitUntil: number;
  readonly runs: number;
  readonly kept: number;
  readonly fallback: boolean;
  readonly fitTargets: number;
  readonly points: readonly BacktestPoint[];
  readonly coverage: { readonly model: Coverage; readonly randomWalk: Coverage };
  /** Median absolute error of the medians, per quantity (units as in BandCheck.error). */
  readonly errors: Readonly<Record<string, { readonly model: ErrorSummary; readonly randomWalk: ErrorSummary }>>;
  /** The same comparison restricted to points where the random walk could be fitted. */
  readonly pairedErrors: Readonly<Record<string, { readonly model: ErrorSummary; readonly randomWalk: ErrorSummary }>>;
}

/**
 * Out-of-sample test: history-match on targets up to `fitUntil` with the real export-control dates switched on,
 * forecast the held-out years, and score the bands and medians against the held-out targets and against a
 * random walk with drift fitted to the same fitting targets.
 */
export function backtest(
  targets: readonly CalibrationTarget[],
  options: BacktestOptions = DEFAULT_BACKTEST,
): BacktestReport {
  const fit = targets.filter((t) => t.year <= options.fitUntil);
  const heldOut = targets.filter((t) => t.year > options.fitUntil);
  if (fit.length === 0) throw new Error(`backtest: no calibration targets in or before ${options.fitUntil}`);
  if (heldOut.length === 0) throw new Error(`backtest: no calibration targets after ${options.fitUntil} to forecast`);
  const scenario: Scenario = {
    name: `backtest-${options.fitUntil}`,
    description: "Real lever history; fitted on the early targets only",
    endYear: Math.max(...targets.map((t) => t.year)),
    runs: options.runs,
    seed: options.seed,
    levers: { ...NEUTRAL_LEVERS, from: 2100 },
    parameters: {},
  };
  const compiled = compileScenario(scenario);
  const outputs = new Float64Array(options.runs * compiled.slots);
  simulateRuns(compiled, 0, options.runs, outputs);
  const match = historyMatch(compiled, outputs, options.runs, fit);
  const values = new Float64Array(match.kept.length);

  const points = validateTargets(compiled, heldOut).map(({ target, offset }): BacktestPoint => {
    const log = LOG_SCALE_QUANTITIES.has(target.quantity);
    const scale = (x: number): number => (log ? Math.log10(x) : x);
    match.kept.forEach((run, i) => (values[i] = scale(outputs[offset * options.runs + run]!)));
    values.sort();
    const observed = scale(target.value);
    const at = (p: number): number => percentileOfSorted(values, p);
    const within = (low: number, high: number): boolean => observed >= low && observed <= high;
    const model: BandCheck = {
      median: at(50),
      error: observed - at(50),
      inside50: within(at(25), at(75)),
      inside80: within(at(10), at(90)),
      inside90: within(at(5), at(95)),
    };
    const history = fit
      .filter((t) => t.bloc === target.bloc && t.quantity === target.quantity)
      .map((t) => ({ year: t.year, value: scale(t.value) }));
    const walk = fitRandomWalk(history);
    let randomWalk: BandCheck | null = null;
    if (walk) {
      const f = walk(target.year);
      const inside = (half: number): boolean => Math.abs(observed - f.median) <= half;
      randomWalk = {
        median: f.median,
        error: observed - f.median,
        inside50: inside(f.halfWidth50),
        inside80: inside(f.halfWidth80),
        inside90: inside(f.halfWidth90),
      };
    }
    return { target, model, randomWalk };
  });

  return {
    fitUntil: options.fitUntil,
    runs: options.runs,
    kept: match.kept.length,
    fallback: match.fallback,
    fitTargets: fit.length,
    points,
    coverage: {
      model: coverage(points.map((p) => p.model)),
      randomWalk: coverage(points.flatMap((p) => (p.randomWalk ? [p.randomWalk] : []))),
    },
    errors: errorsByQuantity(points, false),
    pairedErrors: errorsByQuantity(points, true),
  };
}

function coverage(checks: readonly BandCheck[]): Coverage {
  const share = (key: "inside50" | "inside80" | "inside90"): number =>
    checks.length === 0 ? NaN : checks.filter((c) => c[key]).length / checks.length;
  return { points: checks.length, band50: share("inside50"), band80: share("inside80"), band90: share("inside90") };
}

function medianAbsolute(errors: readonly number[]): ErrorSummary {
  const sorted = Float64Array.from(errors.map(Math.abs)).sort();
  return { points: sorted.length, medianAbsoluteError: percentileOfSorted(sorted, 50) };
}

function errorsByQuantity(points: readonly BacktestPoint[], pairedOnly: boolean): BacktestReport["errors"] {
  const quantities = [...new Set(points.map((p) => p.target.quantity))];
  return Object.fromEntries(
    quantities.map((quantity) => {
      const here = points.filter((p) => p.target.quantity === quantity && (!pairedOnly || p.randomWalk !== null));
      return [
        quantity,
        {
          model: medianAbsolute(here.map((p) => p.model.error)),
          randomWalk: medianAbsolute(here.flatMap((p) => (p.randomWalk ? [p.randomWalk.error] : []))),
        },
      ];
    }),
  );
}
