import { BLOC_COUNT, BLOCS, CHINA, ROW, US } from "./blocs.js";
import { QUARTER, quarterYear } from "./levers.js";
import type { LeverSchedule } from "./levers.js";
import { paramIndex } from "./params/index.js";
import type { ParameterVector } from "./sample-params.js";
import {
  SHOCK_ALGORITHMS,
  SHOCK_CAPEX,
  SHOCK_SUPPLY,
  SHOCK_TAIWAN_DURATION,
  SHOCK_TAIWAN_EVENT,
  SHOCK_TAIWAN_SEVERITY,
  SHOCK_THEFT,
} from "./shocks.js";
import {
  D_CAPEX_CEILING_2024,
  D_FLOP_PER_H100E_RUN,
  D_LN_ALGORITHMIC_GROWTH,
  D_LN_CAPEX_GROWTH,
  D_LN_DOMESTIC_GROWTH,
  D_LN_PRICE_PERFORMANCE_GROWTH,
  D_CONCENTRATION_QUARTERLY,
  D_DOMESTIC_PRICE_FACTOR,
  D_GDP_QUARTERLY,
  D_PRICE_PERFORMANCE_QUARTERLY,
  D_SUPPLY_LATE_QUARTERLY,
  D_SUPPLY_NEAR_QUARTERLY,
  D_TALENT_QUARTERLY_FACTOR,
  G_ACCESS_FACTOR,
  G_ACCESS_LAG_KEY,
  G_ALLOCATED,
  G_CATCH_UP,
  G_CONCENTRATION_DECAY,
  G_GDP_SCALE,
  G_PRICE_PERFORMANCE,
  G_SUPPLY_TREND,
  G_DISRUPTION_FACTOR,
  G_DISRUPTION_QUARTERS,
  G_DOMESTIC_CAPACITY,
  G_DOMESTIC_CHINA,
  G_DOMESTIC_FACTOR,
  G_DOMESTIC_MULTIPLIER_KEY,
  G_LEADER,
  G_LICENSED_CHINA,
  G_MIGRATION_KEY,
  G_OPENNESS_KEY,
  G_SMUGGLED_CHINA,
  G_SUPPLY,
  G_TALENT_POWER_FACTOR,
} from "./state.js";
import type { SimState } from "./state.js";

const MAX_QUARTERLY_LOG_CAPEX_CHANGE = Math.log(1.5); // adjustment cost (GATE idea): capex cannot jump
/**
 * Leader's effective-compute growth, natural log per year, assumed before four quarters of history exist
 * (spec 2.6: ~1.1 OOM/yr).
 */
const EARLY_LEADER_LN_PER_YEAR = 1.1 * Math.LN10;

const p = (id: string): number => paramIndex(id);
const CHIP_SHARE = p("chipShareOfCapex");
const SUPPLY_NOISE = p("supplyNoise");
const DEPRECIATION = p("depreciation");
const CAPEX_NOISE = p("capexNoise");
const REGULATION_EFFECT = p("regulationCapexEffect");
const SMUGGLING = p("smugglingShare");
const SMUGGLING_MAX_DIVERSION = p("smugglingMaxDiversion");
const DOMESTIC_MAX_SHARE = p("domesticMaxShareOfSupply");
const REMOTE_ACCESS = p("remoteAccessShare");
const CONCENTRATION_MAX = p("concentrationMax");
const CONCENTRATION_MULTIPLIER = BLOCS.map((bloc) => (bloc === "us" ? -1 : p(`concentrationMultiplier.${bloc}`)));
const TALENT_ELASTICITY = p("talentElasticity");
const CATCH_UP = p("catchUpRate");
const ALGORITHMIC_NOISE = p("algorithmicNoise");
const OPEN_LAG = p("openWeightLagMonths");
const OPEN_FLOOR_SLOPE = p("openFloorSlopeMonths");
const THEFT_FRACTION = p("theftCatchUpFraction");
const MIGRATION = p("migrationToUs");

// Local copies: imported bindings can be slower to read in the hot loop under some loaders.
const N = BLOC_COUNT;
const CN = CHINA;
const RW = ROW;
const LEAD_US = US;

/** Scratch buffers shared by every step call: the step allocates nothing. */
const demand = new Float64Array(N);
const lnEffectives = new Float64Array(N);

/**
 * Advances a run by one quarter. The state's buffers are updated in place (and the state returned) so
 * that 10^4 runs x 104 quarters allocate nothing; given equal inputs the result is always equal.
 * `shocks` holds this quarter's random draws (see shocks.ts).
 *
 * With `lags` false the months behind and the effective compute are not computed (lagMonths and
 * effectiveCompute keep the last computed values): a caller that reads them only some quarters saves four exp,
 * three logs and three history scans per quarter. Every other quantity, and the lags and effective compute of
 * later quarters, are exactly what they would have been.
 */
export function step(
  state: SimState,
  params: ParameterVector,
  levers: LeverSchedule,
  shocks: Float64Array,
  lags = true,
): SimState {
  const q = state.quarter;
  const { capex, stock, received, lnAlgorithms, talent, talentPower, frontierTraining, effectiveCompute, lagMonths } =
    state;
  const worldShare = state.share;
  const t = quarterYear(q);
  const sqrtDt = 0.5; // sqrt(QUARTER)
  const g = state.global;
  const d = state.derived;

  // Hardware: price-performance of frontier chips, and the supply pool (CoWoS/HBM limited, Taiwan risk).
  const lnPricePerformanceGrowth = d[D_LN_PRICE_PERFORMANCE_GROWTH]!;
  const pricePerformance = g[G_PRICE_PERFORMANCE]!;
  if (g[G_DISRUPTION_QUARTERS]! <= 0) {
    const scheduled = levers.taiwanScheduledQuarter === q;
    if (scheduled || shocks[SHOCK_TAIWAN_EVENT]! < levers.taiwanProbability[q]!) {
      const [lowFactor, highFactor] = levers.taiwanSupplyFactor;
      const [shortest, longest] = levers.taiwanDurationYears;
      g[G_DISRUPTION_FACTOR] = lowFactor + (highFactor - lowFactor) * shocks[SHOCK_TAIWAN_SEVERITY]!;
      g[G_DISRUPTION_QUARTERS] = Math.max(
        1,
        Math.round((shortest + (longest - shortest) * shocks[SHOCK_TAIWAN_DURATION]!) / QUARTER),
      );
    }
  }
  const disruption = g[G_DISRUPTION_QUARTERS]! > 0 ? g[G_DISRUPTION_FACTOR]! : 1;
  const supplyTrend = g[G_SUPPLY_TREND]!; // H100e per year, before noise and disruption
  const pool = supplyTrend * Math.exp(params[SUPPLY_NOISE]! * sqrtDt * shocks[SHOCK_SUPPLY]!) * disruption * QUARTER;
  if (g[G_DISRUPTION_QUARTERS]! > 0) g[G_DISRUPTION_QUARTERS] = g[G_DISRUPTION_QUARTERS]! - 1;

  // Capex: logistic growth toward a GDP-share ceiling, plus the race reaction and noise; levers scale spending.
  const gdpScale = g[G_GDP_SCALE]!;
  const chipShare = params[CHIP_SHARE]!;
  let chinaBudget = 0;
  for (let b = 0; b < N; b++) {
    const ceiling = d[D_CAPEX_CEILING_2024 + b]! * gdpScale;
    const lagYears = lagMonths[b]! / 12;
    let dLog =
      (d[D_LN_CAPEX_GROWTH + b]! * (1 - capex[b]! / ceiling) + levers.raceIntensity[q]! * lagYears) * QUARTER +
      params[CAPEX_NOISE]! * sqrtDt * shocks[SHOCK_CAPEX + b]!;
    if (dLog > MAX_QUARTERLY_LOG_CAPEX_CHANGE) dLog = MAX_QUARTERLY_LOG_CAPEX_CHANGE;
    else if (dLog < -MAX_QUARTERLY_LOG_CAPEX_CHANGE) dLog = -MAX_QUARTERLY_LOG_CAPEX_CHANGE;
    capex[b] = capex[b]! * Math.exp(dLog);
    const lever = levers.investment[q * N + b]! * (1 - params[REGULATION_EFFECT]! * levers.regulation[q * N + b]!);
    const budget = capex[b]! * lever * chipShare * QUARTER; // $B of chips this quarter
    if (b === CN) chinaBudget = budget;
    demand[b] = budget * pricePerformance;
  }

  // Allocation: the pool goes pro rata to demand; China may only demand its licensed share, of older chips.
  const accessLagYears = levers.accessLagYears[q]!;
  if (accessLagYears !== g[G_ACCESS_LAG_KEY]) {
    g[G_ACCESS_LAG_KEY] = accessLagYears;
    g[G_ACCESS_FACTOR] = Math.exp(-lnPricePerformanceGrowth * accessLagYears);
  }
  const accessiblePricePerformance = pricePerformance * g[G_ACCESS_FACTOR]!;
  demand[CN] = levers.licensedShare[q]! * chinaBudget * accessiblePricePerformance;
  let totalDemand = 0;
  for (let b = 0; b < N; b++) totalDemand += demand[b]!;
  const filled = totalDemand > pool ? pool / totalDemand : 1;
  g[G_SUPPLY] = pool;
  g[G_ALLOCATED] = 0;
  for (let b = 0; b < N; b++) {
    received[b] = demand[b]! * filled;
    g[G_ALLOCATED] = g[G_ALLOCATED]! + received[b]!;
  }

  // China: blocked money partly buys smuggled frontier chips, diverted from the rest of the world's receipts
  // (so the pool is never over-allocated), and the rest buys domestic chips up to capacity.
  const licensed = received[CN]!;
  const blockedBudget = Math.max(0, chinaBudget - licensed / accessiblePricePerformance);
  const smugglingIntent = Math.min(1, params[SMUGGLING]! * levers.smugglingMultiplier[q]!) * blockedBudget;
  const smuggled = Math.min(smugglingIntent * pricePerformance, params[SMUGGLING_MAX_DIVERSION]! * received[RW]!);
  received[RW] = received[RW]! - smuggled;
  const domesticPricePerformance = pricePerformance * d[D_DOMESTIC_PRICE_FACTOR]!;
  const domesticBudget = blockedBudget - smuggled / pricePerformance;
  const domestic = Math.min(g[G_DOMESTIC_CAPACITY]! * QUARTER, domesticBudget * domesticPricePerformance);
  received[CN] = licensed + smuggled + domestic;
  g[G_LICENSED_CHINA] = licensed;
  g[G_SMUGGLED_CHINA] = smuggled;
  g[G_DOMESTIC_CHINA] = domestic;
  const domesticGrowthMultiplier = levers.domesticGrowthMultiplier[q]!;
  if (domesticGrowthMultiplier !== g[G_DOMESTIC_MULTIPLIER_KEY]) {
    g[G_DOMESTIC_MULTIPLIER_KEY] = domesticGrowthMultiplier;
    g[G_DOMESTIC_FACTOR] = Math.exp(d[D_LN_DOMESTIC_GROWTH]! * domesticGrowthMultiplier * QUARTER);
  }
  g[G_DOMESTIC_CAPACITY] = Math.min(
    g[G_DOMESTIC_CAPACITY]! * g[G_DOMESTIC_FACTOR]!,
    params[DOMESTIC_MAX_SHARE]! * supplyTrend,
  );

  // Stocks, and the largest training run each bloc can field from them.
  const keep = 1 - params[DEPRECIATION]! * QUARTER;
  let worldStock = 0;
  for (let b = 0; b < N; b++) {
    stock[b] = stock[b]! * keep + received[b]!;
    worldStock += stock[b]!;
  }
  const concentrationMax = params[CONCENTRATION_MAX]!;
  const concentration = concentrationMax / (1 + g[G_CONCENTRATION_DECAY]!);
  const flopPerH100eRun = d[D_FLOP_PER_H100E_RUN]!;
  const remote = params[REMOTE_ACCESS]! * levers.remoteAccessMultiplier[q]! * stock[RW]!;

  // Algorithms: own progress scales with talent relative to the best-staffed bloc; followers catch up.
  let topTalent = 0;
  let maxLnAlgorithms = -Infinity;
  for (let b = 0; b < N; b++) {
    if (talent[b]! > talent[topTalent]!) topTalent = b;
    if (lnAlgorithms[b]! > maxLnAlgorithms) maxLnAlgorithms = lnAlgorithms[b]!;
  }
  const maxTalent = talent[topTalent]!;
  const lnAlgorithmicGrowth = d[D_LN_ALGORITHMIC_GROWTH]!;
  // Share of the gap closed this quarter: exact exponential decay, stable for any catch-up rate.
  const openness = levers.openness[q]!;
  if (openness !== g[G_OPENNESS_KEY]) {
    g[G_OPENNESS_KEY] = openness;
    g[G_CATCH_UP] = 1 - Math.exp(-params[CATCH_UP]! * (0.25 + 1.5 * openness) * QUARTER);
  }
  const catchUp = g[G_CATCH_UP]!;
  const commonNoise = params[ALGORITHMIC_NOISE]! * sqrtDt * shocks[SHOCK_ALGORITHMS]!;
  const elasticity = params[TALENT_ELASTICITY]!;
  for (let b = 0; b < N; b++) {
    // (talent / max)^elasticity, from the powers carried in the state (no exp or log here).
    const own =
      talent[b] === maxTalent ? lnAlgorithmicGrowth : lnAlgorithmicGrowth * (talentPower[b]! / talentPower[topTalent]!);
    lnAlgorithms[b] = lnAlgorithms[b]! + own * QUARTER + catchUp * (maxLnAlgorithms - lnAlgorithms[b]!) + commonNoise;
  }
  if (shocks[SHOCK_THEFT]! < levers.theftProbability[q]!) {
    lnAlgorithms[CN] = lnAlgorithms[CN]! + params[THEFT_FRACTION]! * Math.max(0, maxLnAlgorithms - lnAlgorithms[CN]!);
  }

  // Talent: home growth, then migration into the US. Outside the US talent changes by a factor that moves only
  // with the lever, so its power does too; the US's power is recomputed (Math.pow is slower than exp and log).
  const talentToUs = levers.talentToUs[q]!;
  const migration = params[MIGRATION]! * talentToUs * QUARTER;
  if (talentToUs !== g[G_MIGRATION_KEY]) {
    g[G_MIGRATION_KEY] = talentToUs;
    for (let b = 0; b < N; b++)
      g[G_TALENT_POWER_FACTOR + b] = Math.exp(
        elasticity * Math.log(d[D_TALENT_QUARTERLY_FACTOR + b]! * (1 - migration)),
      );
  }
  for (let b = 0; b < N; b++) {
    talent[b] = talent[b]! * d[D_TALENT_QUARTERLY_FACTOR + b]!;
    if (b !== LEAD_US) {
      const moving = talent[b]! * migration;
      talent[b] = talent[b]! - moving;
      talent[LEAD_US] = talent[LEAD_US]! + moving;
      talentPower[b] = talentPower[b]! * g[G_TALENT_POWER_FACTOR + b]!;
    }
  }
  talentPower[LEAD_US] = Math.exp(elasticity * Math.log(talent[LEAD_US]!));

  // Frontier run and the leader in effective compute (run x e^lnAlgorithms), compared in natural logs. Effective
  // compute itself is needed only with the lags (the quarters that are recorded).
  for (let b = 0; b < N; b++) {
    const multiplier = b === LEAD_US ? 1 : params[CONCENTRATION_MULTIPLIER[b]!]!;
    const share = Math.min(concentrationMax, concentration * multiplier);
    const trainingStock = b === CN ? stock[b]! + remote : stock[b]!;
    frontierTraining[b] = Math.min(share * trainingStock * flopPerH100eRun, levers.computeCap[q]!);
    worldShare[b] = stock[b]! / worldStock;
  }
  let leader = g[G_LEADER]!;
  if (!lags && dominates(frontierTraining, lnAlgorithms, leader)) {
    // Last quarter's leader still has the largest run and the best algorithms: its log is the largest.
    state.leaderHistory[q] = lnEffective(frontierTraining[leader]!, lnAlgorithms[leader]!);
  } else {
    leader = 0;
    for (let b = 0; b < N; b++) {
      if (lags) effectiveCompute[b] = frontierTraining[b]! * Math.exp(lnAlgorithms[b]!);
      lnEffectives[b] = lnEffective(frontierTraining[b]!, lnAlgorithms[b]!);
      if (lnEffectives[b]! > lnEffectives[leader]!) leader = b;
    }
    state.leaderHistory[q] = lnEffectives[leader]!;
  }
  g[G_LEADER] = leader;

  // Months behind: how long ago the leader stood where this bloc stands now, floored by open weights.
  if (lags) {
    const openFloorMonths = params[OPEN_LAG]! + (1 - openness) * params[OPEN_FLOOR_SLOPE]!;
    for (let b = 0; b < N; b++) {
      const months = b === leader ? 0 : monthsBehind(state.leaderHistory, q, lnEffectives[b]!);
      lagMonths[b] = Math.min(months, openFloorMonths);
    }
  }

  // Carry the exponential trends to the next quarter (the supply trend switches rate after 2028).
  g[G_PRICE_PERFORMANCE] = pricePerformance * d[D_PRICE_PERFORMANCE_QUARTERLY]!;
  g[G_SUPPLY_TREND] = supplyTrend * (t + QUARTER <= 2028 ? d[D_SUPPLY_NEAR_QUARTERLY]! : d[D_SUPPLY_LATE_QUARTERLY]!);
  g[G_GDP_SCALE] = gdpScale * d[D_GDP_QUARTERLY]!;
  g[G_CONCENTRATION_DECAY] = g[G_CONCENTRATION_DECAY]! * d[D_CONCENTRATION_QUARTERLY]!;
  state.quarter = q + 1;
  return state;
}

/** Natural log of a run's effective compute, run x e^lnAlgorithms (Math.log is cheaper than Math.log10). */
function lnEffective(run: number, lnAlgorithms: number): number {
  return Math.log(run) + lnAlgorithms;
}

/**
 * True when bloc `leader` has at least every other bloc's largest run and algorithms, and more of one of
 * them, so its log effective compute is the largest (rounding is monotone). False for exact ties and NaN,
 * where the caller compares the logs themselves.
 */
function dominates(run: Float64Array, lnAlgorithms: Float64Array, leader: number): boolean {
  const topRun = run[leader]!;
  const topAlgorithms = lnAlgorithms[leader]!;
  for (let b = 0; b < N; b++) {
    if (b === leader) continue;
    const r = run[b]!;
    const a = lnAlgorithms[b]!;
    if (!((r < topRun && a <= topAlgorithms) || (r <= topRun && a < topAlgorithms))) return false;
  }
  return true;
}

/** Months since the leader's log effective compute (history up to quarter q) was at `level`. */
function monthsBehind(history: Float64Array, q: number, level: number): number {
  for (let k = q - 1; k >= 0; k--) {
    const earlier = history[k]!;
    if (earlier <= level) {
      const later = history[k + 1]!;
      const fraction = later > earlier ? (level - earlier) / (later - earlier) : 0;
      return (q - k - fraction) * 3;
    }
  }
  return q * 3 + ((history[0]! - level) / EARLY_LEADER_LN_PER_YEAR) * 12;
}
