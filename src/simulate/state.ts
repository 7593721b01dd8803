import { BLOC_COUNT, BLOCS } from "./blocs.js";
import { paramIndex } from "./params/index.js";
import type { ParameterVector } from "./sample-params.js";

/** Global (not per-bloc) state slots. */
export const G_DOMESTIC_CAPACITY = 0; // China's domestic AI-chip output, H100e per year
export const G_DISRUPTION_QUARTERS = 1; // quarters of Taiwan disruption still to run
export const G_DISRUPTION_FACTOR = 2; // share of supply left during the disruption
export const G_SUPPLY = 3; // pool of advanced chips this quarter, H100e
export const G_ALLOCATED = 4; // pool chips allocated this quarter, H100e
export const G_LICENSED_CHINA = 5; // China's licensed imports this quarter, H100e
export const G_SMUGGLED_CHINA = 6;
export const G_DOMESTIC_CHINA = 7;
export const G_LEADER = 8; // index of the bloc with the most effective compute
// Exponential trends carried forward by one multiplication per quarter instead of an exp() each.
export const G_PRICE_PERFORMANCE = 9; // H100e per $B at the start of the current quarter
export const G_SUPPLY_TREND = 10; // supply cap trend, H100e per year, at the start of the current quarter
export const G_GDP_SCALE = 11; // GDP relative to 2024 at the start of the current quarter
export const G_CONCENTRATION_DECAY = 12; // exp(-growth x (end of current quarter - midpoint)) of the largest-run share
// Factors that depend on a run's parameters and on a lever value that changes only a few times per run: kept
// with the lever value they were computed for and recomputed only when it changes (NaN: not computed yet).
export const G_ACCESS_LAG_KEY = 13; // access lag (years) of G_ACCESS_FACTOR
export const G_ACCESS_FACTOR = 14; // price-performance of legally exportable chips relative to the frontier
export const G_DOMESTIC_MULTIPLIER_KEY = 15; // domestic growth multiplier of G_DOMESTIC_FACTOR
export const G_DOMESTIC_FACTOR = 16; // quarterly growth factor of China's domestic chip output
export const G_OPENNESS_KEY = 17; // openness of G_CATCH_UP
export const G_CATCH_UP = 18; // share of the algorithmic gap followers close per quarter
export const G_MIGRATION_KEY = 19; // talent-to-US lever value of G_TALENT_POWER_FACTOR
export const G_TALENT_POWER_FACTOR = 20; // + bloc: quarterly factor of talentPower outside the US (after migration)
export const GLOBAL_SLOTS = 24;

/**
 * Per-run constants derived from the parameter vector once (logs of growth rates, quarterly factors), so the
 * quarterly step does not recompute them. Slots per bloc start at the given offset.
 */
export const D_LN_PRICE_PERFORMANCE_GROWTH = 0;
export const D_LN_SUPPLY_GROWTH_NEAR = 1;
export const D_LN_SUPPLY_GROWTH_LATE = 2;
export const D_LN_DOMESTIC_GROWTH = 3;
export const D_LN_ALGORITHMIC_GROWTH = 4;
export const D_FLOP_PER_H100E_RUN = 5;
export const D_LN_CAPEX_GROWTH = 6; // + bloc
export const D_TALENT_QUARTERLY_FACTOR = 10; // + bloc
export const D_CAPEX_CEILING_2024 = 14; // + bloc, $B
export const D_PRICE_PERFORMANCE_QUARTERLY = 18; // quarterly growth factors of the trends above
export const D_SUPPLY_NEAR_QUARTERLY = 19;
export const D_SUPPLY_LATE_QUARTERLY = 20;
export const D_GDP_QUARTERLY = 21;
export const D_CONCENTRATION_QUARTERLY = 22;
export const D_DOMESTIC_PRICE_FACTOR = 23; // domestic chips' price-performance relative to the frontier
export const DERIVED_SLOTS = 24;

const SECONDS_PER_YEAR = 3.15576e7;
const H100E_FLOP_PER_SECOND = 1e15; // dense BF16, the H100e convention of Epoch and AI 2027

/**
 * One run's state: a Float64Array per quantity, indexed by bloc (BLOCS order). Derived quantities
 * (frontier run, effective compute, lag, share) are those of the last completed quarter.
 */
export interface SimState {
  /** Quarters completed since 2015Q1. */
  quarter: number;
  /** Baseline AI capex path, $B per year (lever multipliers apply on top when spending). */
  readonly capex: Float64Array;
  /** Installed compute owned, H100e. */
  readonly stock: Float64Array;
  /** Chips received in the last quarter, H100e. */
  readonly received: Float64Array;
  /** Log algorithmic efficiency relative to the 2015 frontier. */
  readonly lnAlgorithms: Float64Array;
  /** Top-tier research talent, in shares of the 2015 world total. */
  readonly talent: Float64Array;
  /**
   * talent ^ talentElasticity, carried forward by one multiplication per quarter outside the US (whose talent
   * grows by its own factor less a migration share that changes only with a lever), so the step needs one
   * power per quarter (the US's) instead of one per bloc.
   */
  readonly talentPower: Float64Array;
  /** Largest training run, FLOP. */
  readonly frontierTraining: Float64Array;
  /** Largest run times algorithmic efficiency, 2015-equivalent FLOP. */
  readonly effectiveCompute: Float64Array;
  /** Months behind the leader in effective compute (with the open-weights floor). */
  readonly lagMonths: Float64Array;
  /** Share of the world's compute stock. */
  readonly share: Float64Array;
  readonly global: Float64Array;
  /** Natural log of the leader's effective compute at the end of every quarter so far. */
  readonly leaderHistory: Float64Array;
  /** Per-run constants (D_* slots), filled from the parameters by resetState. */
  readonly derived: Float64Array;
}

const CAPEX_2015 = BLOCS.map((bloc) => paramIndex(`capex2015.${bloc}`));
const TALENT_2015 = BLOCS.map((bloc) => paramIndex(`talent2015.${bloc}`));
const CHIP_SHARE = paramIndex("chipShareOfCapex");
const PRICE_PERFORMANCE_2015 = paramIndex("pricePerformance2015");
const INITIAL_STOCK_YEARS = paramIndex("initialStockYears");
const DOMESTIC_2025 = paramIndex("domesticCapacity2025");
const DOMESTIC_GROWTH = paramIndex("domesticGrowth");
const PRICE_PERFORMANCE_GROWTH = paramIndex("pricePerformanceGrowth");
const SUPPLY_GROWTH_NEAR = paramIndex("supplyGrowthNear");
const SUPPLY_GROWTH_LATE = paramIndex("supplyGrowthLate");
const ALGORITHMIC_GROWTH = paramIndex("algorithmicGrowth");
const SUPPLY_2024 = paramIndex("supply2024");
const GDP_GROWTH = paramIndex("gdpGrowth");
const CONCENTRATION_GROWTH = paramIndex("concentrationGrowth");
const CONCENTRATION_MIDPOINT = paramIndex("concentrationMidpoint");
const DOMESTIC_LAG = paramIndex("domesticChipLagYears");
const UTILISATION = paramIndex("utilisation");
const RUN_DURATION = paramIndex("runDurationYears");
const CAPEX_GROWTH = BLOCS.map((bloc) => paramIndex(`capexGrowth.${bloc}`));
const TALENT_GROWTH = BLOCS.map((bloc) => paramIndex(`talentGrowth.${bloc}`));
const GDP_2024 = BLOCS.map((bloc) => paramIndex(`gdp2024.${bloc}`));
const CAPEX_CEILING = paramIndex("capexCeilingShareOfGdp");
const TALENT_ELASTICITY = paramIndex("talentElasticity");
const CEILING_RELATIVE = BLOCS.map((bloc) => (bloc === "us" ? -1 : paramIndex(`capexCeilingRelative.${bloc}`)));

export function createState(params: ParameterVector, quarters: number): SimState {
  const perBloc = (): Float64Array => new Float64Array(BLOC_COUNT);
  const state: SimState = {
    quarter: 0,
    capex: perBloc(),
    stock: perBloc(),
    received: perBloc(),
    lnAlgorithms: perBloc(),
    talent: perBloc(),
    talentPower: perBloc(),
    frontierTraining: perBloc(),
    effectiveCompute: perBloc(),
    lagMonths: perBloc(),
    share: perBloc(),
    global: new Float64Array(GLOBAL_SLOTS),
    leaderHistory: new Float64Array(quarters),
    derived: new Float64Array(DERIVED_SLOTS),
  };
  resetState(state, params);
  return state;
}

/** Puts a state back at 2015Q1 for a new parameter vector, reusing its buffers. */
export function resetState(state: SimState, params: ParameterVector): void {
  state.quarter = 0;
  let stockTotal = 0;
  for (let b = 0; b < BLOC_COUNT; b++) {
    const capex = params[CAPEX_2015[b]!]!;
    state.capex[b] = capex;
    state.stock[b] = capex * params[CHIP_SHARE]! * params[PRICE_PERFORMANCE_2015]! * params[INITIAL_STOCK_YEARS]!;
    stockTotal += state.stock[b]!;
    state.talent[b] = params[TALENT_2015[b]!]!;
    state.talentPower[b] = Math.pow(state.talent[b]!, params[TALENT_ELASTICITY]!);
  }
  for (let b = 0; b < BLOC_COUNT; b++) state.share[b] = state.stock[b]! / stockTotal;
  state.received.fill(0);
  state.lnAlgorithms.fill(0);
  state.frontierTraining.fill(0);
  state.effectiveCompute.fill(0);
  state.lagMonths.fill(0);
  state.global.fill(0);
  state.global[G_ACCESS_LAG_KEY] = NaN;
  state.global[G_DOMESTIC_MULTIPLIER_KEY] = NaN;
  state.global[G_OPENNESS_KEY] = NaN;
  state.global[G_MIGRATION_KEY] = NaN;
  state.global[G_DOMESTIC_CAPACITY] = params[DOMESTIC_2025]! * Math.pow(params[DOMESTIC_GROWTH]!, -10);
  state.leaderHistory.fill(0);
  const d = state.derived;
  d[D_LN_PRICE_PERFORMANCE_GROWTH] = Math.log(params[PRICE_PERFORMANCE_GROWTH]!);
  d[D_LN_SUPPLY_GROWTH_NEAR] = Math.log(params[SUPPLY_GROWTH_NEAR]!);
  d[D_LN_SUPPLY_GROWTH_LATE] = Math.log(params[SUPPLY_GROWTH_LATE]!);
  d[D_LN_DOMESTIC_GROWTH] = Math.log(params[DOMESTIC_GROWTH]!);
  d[D_LN_ALGORITHMIC_GROWTH] = Math.log(params[ALGORITHMIC_GROWTH]!);
  d[D_FLOP_PER_H100E_RUN] = H100E_FLOP_PER_SECOND * params[UTILISATION]! * params[RUN_DURATION]! * SECONDS_PER_YEAR;
  d[D_PRICE_PERFORMANCE_QUARTERLY] = Math.exp(d[D_LN_PRICE_PERFORMANCE_GROWTH]! * 0.25);
  d[D_SUPPLY_NEAR_QUARTERLY] = Math.exp(d[D_LN_SUPPLY_GROWTH_NEAR]! * 0.25);
  d[D_SUPPLY_LATE_QUARTERLY] = Math.exp(d[D_LN_SUPPLY_GROWTH_LATE]! * 0.25);
  d[D_GDP_QUARTERLY] = Math.pow(params[GDP_GROWTH]!, 0.25);
  d[D_CONCENTRATION_QUARTERLY] = Math.exp(-params[CONCENTRATION_GROWTH]! * 0.25);
  d[D_DOMESTIC_PRICE_FACTOR] = Math.exp(-d[D_LN_PRICE_PERFORMANCE_GROWTH]! * params[DOMESTIC_LAG]!);
  const g = state.global;
  g[G_PRICE_PERFORMANCE] = params[PRICE_PERFORMANCE_2015]!;
  g[G_SUPPLY_TREND] = params[SUPPLY_2024]! * Math.exp(d[D_LN_SUPPLY_GROWTH_NEAR]! * (2015 - 2024));
  g[G_GDP_SCALE] = Math.pow(params[GDP_GROWTH]!, 2015 - 2024);
  g[G_CONCENTRATION_DECAY] = Math.exp(-params[CONCENTRATION_GROWTH]! * (2015.25 - params[CONCENTRATION_MIDPOINT]!));
  for (let b = 0; b < BLOC_COUNT; b++) {
    d[D_LN_CAPEX_GROWTH + b] = Math.log(params[CAPEX_GROWTH[b]!]!);
    d[D_TALENT_QUARTERLY_FACTOR + b] = Math.pow(params[TALENT_GROWTH[b]!]!, 0.25);
    const relative = b === 0 ? 1 : params[CEILING_RELATIVE[b]!]!;
    d[D_CAPEX_CEILING_2024 + b] = params[GDP_2024[b]!]! * 1000 * params[CAPEX_CEILING]! * relative;
  }
}
