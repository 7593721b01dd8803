import { BLOC_COUNT, BLOCS } from "./blocs.js";
import type { SimBloc } from "./blocs.js";
import { controlEffects, historicalStrictness } from "./export-controls.js";

export const START_YEAR = 2015;
export const QUARTER = 0.25;

export interface TaiwanShock {
  /** Chance per year of a disruption starting (after `from`). */
  readonly probabilityPerYear: number;
  /** A disruption that certainly starts in this decimal year, or null. */
  readonly year: number | null;
  /** Range of the remaining share of supply during a disruption. */
  readonly supplyFactor: readonly [number, number];
  readonly durationYears: readonly [number, number];
}

/** Policy levers of a scenario, normalised (every field present). They replace history from `from` on. */
export interface Levers {
  readonly from: number;
  /** 0 none ... 4 strict with equipment and cloud restrictions (see export-controls.ts). */
  readonly exportControlStrictness: number;
  /** Multiplier on each bloc's AI capex relative to its baseline path. */
  readonly investment: Readonly<Record<SimBloc, number>>;
  /** Regulation stringency per bloc, 0 to 1. */
  readonly regulation: Readonly<Record<SimBloc, number>>;
  /** 0 closed everywhere, 0.5 today's openness, 1 frontier weights open. */
  readonly openWeights: number;
  /** Multiplier on talent migration into the US (1 today, 0 closed borders). */
  readonly talentToUs: number;
  /** Richardson-style reaction: extra log capex growth per year per year of capability lag. */
  readonly raceIntensity: number;
  /** Cap on any single training run in FLOP (e.g. an international agreement), or null. */
  readonly computeCapFlop: number | null;
  readonly taiwan: TaiwanShock;
  /** Chance per year that China steals frontier weights (a one-time algorithmic catch-up). */
  readonly theftProbabilityPerYear: number;
}

/** Lever values per quarter, computed once per scenario and shared by all runs (typed arrays, no lookups in the loop). */
export interface LeverSchedule {
  readonly quarters: number;
  readonly licensedShare: Float64Array;
  readonly accessLagYears: Float64Array;
  readonly smugglingMultiplier: Float64Array;
  readonly domesticGrowthMultiplier: Float64Array;
  readonly remoteAccessMultiplier: Float64Array;
  /** quarter * BLOC_COUNT + bloc */
  readonly investment: Float64Array;
  readonly regulation: Float64Array;
  readonly openness: Float64Array;
  readonly talentToUs: Float64Array;
  readonly raceIntensity: Float64Array;
  readonly computeCap: Float64Array;
  readonly taiwanProbability: Float64Array;
  /** Quarter in which a scheduled disruption starts, or -1. */
  readonly taiwanScheduledQuarter: number;
  readonly taiwanSupplyFactor: readonly [number, number];
  readonly taiwanDurationYears: readonly [number, number];
  readonly theftProbability: Float64Array;
}

/** Today's openness: Llama, DeepSeek and Qwen open, the very frontier closed. */
export const HISTORICAL_OPENNESS = 0.5;

export const NEUTRAL_LEVERS: Levers = {
  from: 2026,
  exportControlStrictness: 3,
  investment: { us: 1, china: 1, eu: 1, row: 1 },
  regulation: { us: 0, china: 0, eu: 0, row: 0 },
  openWeights: HISTORICAL_OPENNESS,
  talentToUs: 1,
  raceIntensity: 0,
  computeCapFlop: null,
  taiwan: { probabilityPerYear: 0, year: null, supplyFactor: [0.1, 0.5], durationYears: [1, 3] },
  theftProbabilityPerYear: 0,
};

/** Decimal year at the start of quarter q. */
export function quarterYear(q: number): number {
  return START_YEAR + q * QUARTER;
}

/** Before `levers.from` the real history applies (export controls on their real dates, no shocks); after it, the levers. */
export function compileLevers(levers: Levers, quarters: number): LeverSchedule {
  const perQuarter = (): Float64Array => new Float64Array(quarters);
  const schedule = {
    quarters,
    licensedShare: perQuarter(),
    accessLagYears: perQuarter(),
    smugglingMultiplier: perQuarter(),
    domesticGrowthMultiplier: perQuarter(),
    remoteAccessMultiplier: perQuarter(),
    investment: new Float64Array(quarters * BLOC_COUNT),
    regulation: new Float64Array(quarters * BLOC_COUNT),
    openness: perQuarter(),
    talentToUs: perQuarter(),
    raceIntensity: perQuarter(),
    computeCap: perQuarter(),
    taiwanProbability: perQuarter(),
    taiwanScheduledQuarter: levers.taiwan.year === null ? -1 : Math.round((levers.taiwan.year - START_YEAR) / QUARTER),
    taiwanSupplyFactor: levers.taiwan.supplyFactor,
    taiwanDurationYears: levers.taiwan.durationYears,
    theftProbability: perQuarter(),
  };
  const perQuarterChance = (perYear: number): number => 1 - Math.pow(1 - perYear, QUARTER);
  for (let q = 0; q < quarters; q++) {
    const year = quarterYear(q);
    const scenario = year >= levers.from;
    const effects = controlEffects(scenario ? levers.exportControlStrictness : historicalStrictness(year));
    schedule.licensedShare[q] = effects.licensedShare;
    schedule.accessLagYears[q] = effects.accessLagYears;
    schedule.smugglingMultiplier[q] = effects.smugglingMultiplier;
    schedule.domesticGrowthMultiplier[q] = effects.domesticGrowthMultiplier;
    schedule.remoteAccessMultiplier[q] = effects.remoteAccessMultiplier;
    BLOCS.forEach((bloc, b) => {
      schedule.investment[q * BLOC_COUNT + b] = scenario ? levers.investment[bloc] : 1;
      schedule.regulation[q * BLOC_COUNT + b] = scenario ? levers.regulation[bloc] : 0;
    });
    schedule.openness[q] = scenario ? levers.openWeights : HISTORICAL_OPENNESS;
    schedule.talentToUs[q] = scenario ? levers.talentToUs : 1;
    schedule.raceIntensity[q] = scenario ? levers.raceIntensity : 0;
    schedule.computeCap[q] = scenario && levers.computeCapFlop !== null ? levers.computeCapFlop : Infinity;
    schedule.taiwanProbability[q] = scenario ? perQuarterChance(levers.taiwan.probabilityPerYear) : 0;
    schedule.theftProbability[q] = scenario ? perQuarterChance(levers.theftProbabilityPerYear) : 0;
  }
  return schedule;
}
