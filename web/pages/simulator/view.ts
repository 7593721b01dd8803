/**
 * The simulator page's state in the URL: the two scenarios compared (a preset each, plus the levers moved
 * away from it), the seed and runs, the quantity of the fan charts, and the years the lag and the passing
 * chance are read in. A link reproduces the view, numbers included (same seed, same result).
 */
import type { Levers, OutputQuantity, Scenario } from "../../../src/simulate/index.js";

export type Side = "a" | "b";
export const SIDES: readonly Side[] = ["a", "b"];

/** A lever the page lets the reader move; `key` is its name in the URL ("a.ec=4"). */
export interface LeverControl {
  readonly key: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly get: (levers: Levers) => number;
  readonly set: (levers: Levers, value: number) => Levers;
}

const perBloc = (field: "investment" | "regulation", bloc: "us" | "china" | "eu") => ({
  get: (levers: Levers) => levers[field][bloc],
  set: (levers: Levers, value: number): Levers => ({ ...levers, [field]: { ...levers[field], [bloc]: value } }),
});

export const LEVERS: readonly LeverControl[] = [
  {
    key: "ec",
    min: 0,
    max: 4,
    step: 0.5,
    get: (l) => l.exportControlStrictness,
    set: (l, v) => ({ ...l, exportControlStrictness: v }),
  },
  { key: "inv.us", min: 0, max: 5, step: 0.25, ...perBloc("investment", "us") },
  { key: "inv.china", min: 0, max: 5, step: 0.25, ...perBloc("investment", "china") },
  { key: "inv.eu", min: 0, max: 5, step: 0.25, ...perBloc("investment", "eu") },
  { key: "reg.eu", min: 0, max: 1, step: 0.1, ...perBloc("regulation", "eu") },
  { key: "ow", min: 0, max: 1, step: 0.1, get: (l) => l.openWeights, set: (l, v) => ({ ...l, openWeights: v }) },
  { key: "talent", min: 0, max: 3, step: 0.25, get: (l) => l.talentToUs, set: (l, v) => ({ ...l, talentToUs: v }) },
  { key: "race", min: 0, max: 2, step: 0.1, get: (l) => l.raceIntensity, set: (l, v) => ({ ...l, raceIntensity: v }) },
  {
    key: "taiwan",
    min: 0,
    max: 0.2,
    step: 0.01,
    get: (l) => l.taiwan.probabilityPerYear,
    set: (l, v) => ({ ...l, taiwan: { ...l.taiwan, probabilityPerYear: v } }),
  },
];

export const FAN_QUANTITIES: readonly OutputQuantity[] = [
  "frontierTraining",
  "computeStock",
  "effectiveCompute",
  "worldShare",
  "lagMonths",
  "frontierLagMonths",
];

export interface SimulatorView {
  readonly presets: Readonly<Record<Side, string>>;
  /** Lever values moved away from the preset, by lever key. */
  readonly overrides: Readonly<Record<Side, Readonly<Record<string, number>>>>;
  /** null: the presets' own seed. */
  readonly seed: number | null;
  readonly runs: number;
  readonly quantity: OutputQuantity;
  readonly lagYear: number;
  readonly passYear: number;
}

export const DEFAULT_VIEW: SimulatorView = {
  presets: { a: "baseline", b: "strict-controls" },
  overrides: { a: {}, b: {} },
  seed: null,
  runs: 1000,
  quantity: "frontierTraining",
  lagYear: 2030,
  passYear: 2035,
};

/** Runs in the browser: enough for stable medians, few enough to stay well under a second. */
export const RUNS_RANGE = { min: 100, max: 5000 } as const;
export const YEAR_RANGE = { min: 2026, max: 2040 } as const;

function integerIn(text: string | null, min: number, max: number): number | null {
  if (text === null || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** Reads the view from the query string; anything missing or out of range falls back to the default. */
export function parseSimulatorView(query: URLSearchParams, presetNames: readonly string[]): SimulatorView {
  const preset = (side: Side) => {
    const name = query.get(side);
    return name !== null && presetNames.includes(name) ? name : DEFAULT_VIEW.presets[side];
  };
  const overrides = (side: Side) => {
    const values: Record<string, number> = {};
    for (const lever of LEVERS) {
      const text = query.get(`${side}.${lever.key}`);
      const value = text === null || text.trim() === "" ? NaN : Number(text);
      if (Number.isFinite(value) && value >= lever.min && value <= lever.max) values[lever.key] = value;
    }
    return values;
  };
  const quantity = query.get("q");
  return {
    presets: { a: preset("a"), b: preset("b") },
    overrides: { a: overrides("a"), b: overrides("b") },
    seed: integerIn(query.get("seed"), 0, 4_294_967_295),
    runs: integerIn(query.get("runs"), RUNS_RANGE.min, RUNS_RANGE.max) ?? DEFAULT_VIEW.runs,
    quantity: FAN_QUANTITIES.includes(quantity as OutputQuantity)
      ? (quantity as OutputQuantity)
      : DEFAULT_VIEW.quantity,
    lagYear: integerIn(query.get("year"), YEAR_RANGE.min, YEAR_RANGE.max) ?? DEFAULT_VIEW.lagYear,
    passYear: integerIn(query.get("by"), YEAR_RANGE.min, YEAR_RANGE.max) ?? DEFAULT_VIEW.passYear,
  };
}

/** The query parameters of a view (defaults left out), the inverse of parseSimulatorView. */
export function simulatorQuery(view: SimulatorView): Record<string, string> {
  const query: Record<string, string> = {};
  for (const side of SIDES) {
    if (view.presets[side] !== DEFAULT_VIEW.presets[side]) query[side] = view.presets[side];
    for (const [key, value] of Object.entries(view.overrides[side])) query[`${side}.${key}`] = String(value);
  }
  if (view.seed !== null) query.seed = String(view.seed);
  if (view.runs !== DEFAULT_VIEW.runs) query.runs = String(view.runs);
  if (view.quantity !== DEFAULT_VIEW.quantity) query.q = view.quantity;
  if (view.lagYear !== DEFAULT_VIEW.lagYear) query.year = String(view.lagYear);
  if (view.passYear !== DEFAULT_VIEW.passYear) query.by = String(view.passYear);
  return query;
}

/** The scenario one side runs: its preset with the moved levers, the view's seed and runs. */
export function sideScenario(
  preset: Scenario,
  overrides: Readonly<Record<string, number>>,
  view: Pick<SimulatorView, "seed" | "runs">,
): Scenario {
  let levers = preset.levers;
  for (const lever of LEVERS) if (overrides[lever.key] !== undefined) levers = lever.set(levers, overrides[lever.key]!);
  const moved = Object.keys(overrides).length > 0;
  return {
    ...preset,
    name: moved ? `${preset.name} (changed)` : preset.name,
    levers,
    seed: view.seed ?? preset.seed,
    runs: view.runs,
  };
}
