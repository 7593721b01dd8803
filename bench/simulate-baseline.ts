/**
 * The first, straightforward implementation of the simulator, kept as the benchmark's baseline: plain
 * objects keyed by bloc and parameter id, levers evaluated every quarter, results as arrays of objects and
 * percentiles by sorting. Same model and random stream as src/simulate, so the medians must agree.
 */
import { BLOCS } from "../src/simulate/blocs.js";
import type { SimBloc } from "../src/simulate/blocs.js";
import { controlEffects, historicalStrictness } from "../src/simulate/export-controls.js";
import { HISTORICAL_OPENNESS, QUARTER, START_YEAR } from "../src/simulate/levers.js";
import { PARAMETERS, PARAMETER_COUNT } from "../src/simulate/params/index.js";
import { runSeed, sfc32 } from "../src/simulate/rng.js";
import { createParameterSampler } from "../src/simulate/sample-params.js";
import type { Scenario } from "../src/simulate/scenario.js";
import { drawQuarterShocks, SHOCK_COUNT } from "../src/simulate/shocks.js";

type Params = Record<string, number>;
interface BlocState {
  capex: number;
  stock: number;
  received: number;
  lnAlgorithms: number;
  talent: number;
  frontierTraining: number;
  effectiveCompute: number;
  lagMonths: number;
  share: number;
}
interface RunState {
  blocs: Record<SimBloc, BlocState>;
  domesticCapacity: number;
  disruptionQuarters: number;
  disruptionFactor: number;
  leaderHistory: number[];
}
export interface YearRecord {
  year: number;
  blocs: Record<
    SimBloc,
    { computeStock: number; frontierTraining: number; effectiveCompute: number; lagMonths: number; worldShare: number }
  >;
  chinaAboveUs: boolean;
}

function initialState(p: Params): RunState {
  const blocs = {} as Record<SimBloc, BlocState>;
  for (const bloc of BLOCS) {
    const capex = p[`capex2015.${bloc}`]!;
    blocs[bloc] = {
      capex,
      stock: capex * p.chipShareOfCapex! * p.pricePerformance2015! * p.initialStockYears!,
      received: 0,
      lnAlgorithms: 0,
      talent: p[`talent2015.${bloc}`]!,
      frontierTraining: 0,
      effectiveCompute: 0,
      lagMonths: 0,
      share: 0,
    };
  }
  return {
    blocs,
    domesticCapacity: p.domesticCapacity2025! * Math.pow(p.domesticGrowth!, -10),
    disruptionQuarters: 0,
    disruptionFactor: 0,
    leaderHistory: [],
  };
}

function quarterStep(s: RunState, p: Params, scenario: Scenario, q: number, shock: Float64Array): void {
  const levers = scenario.levers;
  const t = START_YEAR + q * QUARTER;
  const inScenario = t >= levers.from;
  const controls = controlEffects(inScenario ? levers.exportControlStrictness : historicalStrictness(t));
  const openness = inScenario ? levers.openWeights : HISTORICAL_OPENNESS;
  const lnP = Math.log(p.pricePerformanceGrowth!);
  const pricePerformance = p.pricePerformance2015! * Math.exp(lnP * (t - 2015));
  const lnSupply =
    t <= 2028
      ? Math.log(p.supplyGrowthNear!) * (t - 2024)
      : Math.log(p.supplyGrowthNear!) * 4 + Math.log(p.supplyGrowthLate!) * (t - 2028);
  if (s.disruptionQuarters <= 0) {
    const scheduled = levers.taiwan.year !== null && Math.round((levers.taiwan.year - START_YEAR) / QUARTER) === q;
    const chance = inScenario ? 1 - Math.pow(1 - levers.taiwan.probabilityPerYear, QUARTER) : 0;
    if (scheduled || shock[6]! < chance) {
      s.disruptionFactor =
        levers.taiwan.supplyFactor[0] + (levers.taiwan.supplyFactor[1] - levers.taiwan.supplyFactor[0]) * shock[7]!;
      s.disruptionQuarters = Math.max(
        1,
        Math.round(
          (levers.taiwan.durationYears[0] +
            (levers.taiwan.durationYears[1] - levers.taiwan.durationYears[0]) * shock[8]!) /
            QUARTER,
        ),
      );
    }
  }
  const disruption = s.disruptionQuarters > 0 ? s.disruptionFactor : 1;
  const supplyTrend = p.supply2024! * Math.exp(lnSupply);
  const pool = supplyTrend * Math.exp(p.supplyNoise! * 0.5 * shock[5]!) * disruption * QUARTER;
  if (s.disruptionQuarters > 0) s.disruptionQuarters -= 1;

  const demand: Record<string, number> = {};
  let chinaBudget = 0;
  BLOCS.forEach((bloc, b) => {
    const st = s.blocs[bloc];
    const ceiling =
      p[`gdp2024.${bloc}`]! *
      1000 *
      p.capexCeilingShareOfGdp! *
      (bloc === "us" ? 1 : p[`capexCeilingRelative.${bloc}`]!) *
      Math.pow(p.gdpGrowth!, t - 2024);
    const race = inScenario ? levers.raceIntensity : 0;
    let dLog =
      (Math.log(p[`capexGrowth.${bloc}`]!) * (1 - st.capex / ceiling) + race * (st.lagMonths / 12)) * QUARTER +
      p.capexNoise! * 0.5 * shock[b]!;
    dLog = Math.max(-Math.log(1.5), Math.min(Math.log(1.5), dLog));
    st.capex *= Math.exp(dLog);
    const lever =
      (inScenario ? levers.investment[bloc] : 1) *
      (1 - p.regulationCapexEffect! * (inScenario ? levers.regulation[bloc] : 0));
    const budget = st.capex * lever * p.chipShareOfCapex! * QUARTER;
    if (bloc === "china") chinaBudget = budget;
    demand[bloc] = budget * pricePerformance;
  });
  const accessible = pricePerformance * Math.exp(-lnP * controls.accessLagYears);
  demand.china = controls.licensedShare * chinaBudget * accessible;
  const totalDemand = BLOCS.reduce((sum, bloc) => sum + demand[bloc]!, 0);
  const filled = totalDemand > pool ? pool / totalDemand : 1;
  for (const bloc of BLOCS) s.blocs[bloc].received = demand[bloc]! * filled;

  const licensed = s.blocs.china.received;
  const blocked = Math.max(0, chinaBudget - licensed / accessible);
  const intent = Math.min(1, p.smugglingShare! * controls.smugglingMultiplier) * blocked;
  const smuggled = Math.min(intent * pricePerformance, p.smugglingMaxDiversion! * s.blocs.row.received);
  s.blocs.row.received -= smuggled;
  const domesticPP = pricePerformance * Math.exp(-lnP * p.domesticChipLagYears!);
  const domestic = Math.min(s.domesticCapacity * QUARTER, (blocked - smuggled / pricePerformance) * domesticPP);
  s.blocs.china.received = licensed + smuggled + domestic;
  s.domesticCapacity = Math.min(
    s.domesticCapacity * Math.exp(Math.log(p.domesticGrowth!) * controls.domesticGrowthMultiplier * QUARTER),
    p.domesticMaxShareOfSupply! * supplyTrend,
  );

  let world = 0;
  for (const bloc of BLOCS) {
    const st = s.blocs[bloc];
    st.stock = st.stock * (1 - p.depreciation! * QUARTER) + st.received;
    world += st.stock;
  }
  const concentration =
    p.concentrationMax! / (1 + Math.exp(-p.concentrationGrowth! * (t + QUARTER - p.concentrationMidpoint!)));
  const flopPerRun = 1e15 * p.utilisation! * p.runDurationYears! * 3.15576e7;
  const remote = p.remoteAccessShare! * controls.remoteAccessMultiplier * s.blocs.row.stock;

  const maxTalent = Math.max(...BLOCS.map((bloc) => s.blocs[bloc].talent));
  const maxLnA = Math.max(...BLOCS.map((bloc) => s.blocs[bloc].lnAlgorithms));
  const catchUp = 1 - Math.exp(-p.catchUpRate! * (0.25 + 1.5 * openness) * QUARTER);
  for (const bloc of BLOCS) {
    const st = s.blocs[bloc];
    const own = Math.log(p.algorithmicGrowth!) * Math.pow(st.talent / maxTalent, p.talentElasticity!);
    st.lnAlgorithms =
      st.lnAlgorithms + own * QUARTER + catchUp * (maxLnA - st.lnAlgorithms) + p.algorithmicNoise! * 0.5 * shock[4]!;
  }
  const theftChance = inScenario ? 1 - Math.pow(1 - levers.theftProbabilityPerYear, QUARTER) : 0;
  if (shock[9]! < theftChance)
    s.blocs.china.lnAlgorithms += p.theftCatchUpFraction! * Math.max(0, maxLnA - s.blocs.china.lnAlgorithms);
  const migration = p.migrationToUs! * (inScenario ? levers.talentToUs : 1) * QUARTER;
  for (const bloc of BLOCS) {
    const st = s.blocs[bloc];
    st.talent *= Math.pow(p[`talentGrowth.${bloc}`]!, 0.25);
    if (bloc !== "us") {
      const moving = st.talent * migration;
      st.talent -= moving;
      s.blocs.us.talent += moving;
    }
  }

  const cap = inScenario && levers.computeCapFlop !== null ? levers.computeCapFlop : Infinity;
  let leader: SimBloc = "us";
  for (const bloc of BLOCS) {
    const st = s.blocs[bloc];
    const share = Math.min(
      p.concentrationMax!,
      concentration * (bloc === "us" ? 1 : p[`concentrationMultiplier.${bloc}`]!),
    );
    st.frontierTraining = Math.min(share * (bloc === "china" ? st.stock + remote : st.stock) * flopPerRun, cap);
    st.effectiveCompute = st.frontierTraining * Math.exp(st.lnAlgorithms);
    st.share = st.stock / world;
    if (Math.log10(st.effectiveCompute) > Math.log10(s.blocs[leader].effectiveCompute)) leader = bloc;
  }
  s.leaderHistory.push(Math.log10(s.blocs[leader].effectiveCompute));
  const floor = p.openWeightLagMonths! + (1 - openness) * p.openFloorSlopeMonths!;
  for (const bloc of BLOCS) {
    const level = Math.log10(s.blocs[bloc].effectiveCompute);
    let months = q * 3 + ((s.leaderHistory[0]! - level) / 1.1) * 12;
    if (bloc === leader) months = 0;
    else
      for (let k = q - 1; k >= 0; k--) {
        if (s.leaderHistory[k]! <= level) {
          const later = s.leaderHistory[k + 1]!;
          months =
            (q -
              k -
              (later > s.leaderHistory[k]! ? (level - s.leaderHistory[k]!) / (later - s.leaderHistory[k]!) : 0)) *
            3;
          break;
        }
      }
    s.blocs[bloc].lagMonths = Math.min(months, floor);
  }
}

/** All runs of a scenario as arrays of yearly records (no history matching). */
export function simulateBaseline(scenario: Scenario): YearRecord[][] {
  const sampler = createParameterSampler(scenario.parameters);
  const vector = new Float64Array(PARAMETER_COUNT);
  const shock = new Float64Array(SHOCK_COUNT);
  const runs: YearRecord[][] = [];
  for (let run = 0; run < scenario.runs; run++) {
    const rng = sfc32(runSeed(scenario.seed, run));
    sampler.draw(rng, vector);
    const p: Params = Object.fromEntries(PARAMETERS.map((spec, i) => [spec.id, vector[i]!]));
    const state = initialState(p);
    const records: YearRecord[] = [];
    for (let q = 0; q < (scenario.endYear - START_YEAR + 1) * 4; q++) {
      drawQuarterShocks(rng, shock);
      quarterStep(state, p, scenario, q, shock);
      if (q % 4 === 3) {
        const blocs = {} as YearRecord["blocs"];
        for (const bloc of BLOCS) {
          const st = state.blocs[bloc];
          blocs[bloc] = {
            computeStock: st.stock,
            frontierTraining: st.frontierTraining,
            effectiveCompute: st.effectiveCompute,
            lagMonths: st.lagMonths,
            worldShare: st.share,
          };
        }
        records.push({
          year: START_YEAR + (q - 3) / 4,
          blocs,
          chinaAboveUs: blocs.china.frontierTraining > blocs.us.frontierTraining,
        });
      }
    }
    runs.push(records);
  }
  return runs;
}

/** Median per bloc, quantity and year, by sorting. */
export function baselineMedians(runs: YearRecord[][]): Record<string, number> {
  const medians: Record<string, number> = {};
  const first = runs[0]!;
  first.forEach((record, y) => {
    for (const bloc of BLOCS)
      for (const quantity of Object.keys(record.blocs[bloc]) as (keyof YearRecord["blocs"][SimBloc])[]) {
        const values = runs.map((run) => run[y]!.blocs[bloc][quantity]).sort((a, b) => a - b);
        const position = 0.5 * (values.length - 1);
        const low = Math.floor(position);
        medians[`${quantity}.${bloc}.${record.year}`] =
          values[low]! + (values[Math.min(values.length - 1, low + 1)]! - values[low]!) * (position - low);
      }
  });
  return medians;
}
