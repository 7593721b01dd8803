/**
 * One-at-a-time sensitivity (a tornado, as in the Davidson takeoff model's sensitivity script): hold each drawn
 * parameter at the low and high end of its 90% interval, and move each lever to a low and a high setting, with
 * everything else as in the scenario (drawn, history-matched); report how far China's lag, China's share of
 * the world's compute and the chance that China's largest run passes the US's move in one year.
 */
import type { CalibrationTarget } from "./calibrate.js";
import type { Levers } from "./levers.js";
import { runScenario } from "./monte-carlo.js";
import type { SimulationResult } from "./monte-carlo.js";
import { PARAMETERS } from "./params/index.js";
import type { Scenario } from "./scenario.js";

export interface SensitivityOutcome {
  /** China's median months behind the US in largest training run (the frontier-lag indicator's metric). */
  readonly lagMonths: number;
  /** China's median months behind the leader in effective compute. */
  readonly effectiveLagMonths: number;
  /** China's median share of the world's compute. */
  readonly chinaShare: number;
  /** Kept runs in which China's largest run has passed the US's by the year, and the runs kept. */
  readonly passed: number;
  readonly kept: number;
}

export interface SensitivityRow {
  readonly kind: "parameter" | "lever";
  readonly id: string;
  readonly lowSetting: number;
  readonly highSetting: number;
  readonly low: SensitivityOutcome;
  readonly high: SensitivityOutcome;
}

export interface SensitivityReport {
  readonly year: number;
  readonly runs: number;
  readonly base: SensitivityOutcome;
  /** Largest swing of the training-compute lag first. */
  readonly rows: readonly SensitivityRow[];
}

/** Lever settings tried: a low and a high value each, within the levers' documented ranges. */
export const LEVER_SETTINGS: readonly {
  readonly id: string;
  readonly low: number;
  readonly high: number;
  readonly apply: (levers: Levers, value: number) => Levers;
}[] = [
  { id: "exportControls", low: 0, high: 4, apply: (l, v) => ({ ...l, exportControlStrictness: v }) },
  { id: "investment.china", low: 0.5, high: 3, apply: (l, v) => ({ ...l, investment: { ...l.investment, china: v } }) },
  { id: "investment.us", low: 0.5, high: 3, apply: (l, v) => ({ ...l, investment: { ...l.investment, us: v } }) },
  { id: "openWeights", low: 0, high: 1, apply: (l, v) => ({ ...l, openWeights: v }) },
  { id: "talentToUs", low: 0, high: 2, apply: (l, v) => ({ ...l, talentToUs: v }) },
  { id: "raceIntensity", low: 0, high: 0.5, apply: (l, v) => ({ ...l, raceIntensity: v }) },
];

function outcome(result: SimulationResult, year: number): SensitivityOutcome {
  const y = result.years.indexOf(year);
  const kept = result.calibration.kept;
  return {
    lagMonths: result.series.frontierLagMonths.china.p50[y]!,
    effectiveLagMonths: result.series.lagMonths.china.p50[y]!,
    chinaShare: result.series.worldShare.china.p50[y]!,
    passed: Math.round(result.chinaFrontierPassedUsBy[y]! * kept),
    kept,
  };
}

export function sensitivity(
  scenario: Scenario,
  targets: readonly CalibrationTarget[],
  options: { readonly year: number; readonly runs: number },
): SensitivityReport {
  if (options.year <= scenario.levers.from || options.year > scenario.endYear)
    throw new Error(
      `sensitivity: year ${options.year} must lie after ${scenario.levers.from} and by ${scenario.endYear}`,
    );
  const base: Scenario = { ...scenario, runs: options.runs, endYear: options.year };
  const run = (changed: Scenario): SensitivityOutcome => outcome(runScenario(changed, targets), options.year);
  const drawn = PARAMETERS.filter((spec) => spec.distribution.kind !== "fixed" && !(spec.id in scenario.parameters));
  const rows: SensitivityRow[] = [
    ...drawn.map((spec): SensitivityRow => {
      const [low, high] = spec.interval90;
      const held = (value: number): Scenario => ({ ...base, parameters: { ...base.parameters, [spec.id]: value } });
      return {
        kind: "parameter",
        id: spec.id,
        lowSetting: low,
        highSetting: high,
        low: run(held(low)),
        high: run(held(high)),
      };
    }),
    ...LEVER_SETTINGS.map((lever): SensitivityRow => {
      const moved = (value: number): Scenario => ({ ...base, levers: lever.apply(base.levers, value) });
      return {
        kind: "lever",
        id: lever.id,
        lowSetting: lever.low,
        highSetting: lever.high,
        low: run(moved(lever.low)),
        high: run(moved(lever.high)),
      };
    }),
  ];
  const swing = (row: SensitivityRow): number => Math.abs(row.high.lagMonths - row.low.lagMonths);
  return { year: options.year, runs: options.runs, base: run(base), rows: rows.sort((a, b) => swing(b) - swing(a)) };
}
