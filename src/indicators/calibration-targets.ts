/**
 * Calibration targets for the scenario simulator, computed from the knowledge base with the indicators'
 * own rules: the frontier training compute per bloc (frontier-compute) and the US share of the world's
 * installed compute (installed-compute). Where the knowledge base has no series, the target is a
 * published fact with its citation (specification 3.6). The simulator takes these as data; the shape
 * matches its CalibrationTarget (this layer may not import it), plus the id of the source they come from.
 */
import type { Bloc } from "../domain/bloc.js";
import type { ClusterObservation, ModelObservation } from "../domain/observations.js";
import { belongsTo } from "./attribution.js";
import { frontierSteps, modelsWithCompute, type ComputeModel } from "./frontier-compute.js";
import { blocGroup } from "./groups.js";
import { installedCompute, installedComputeParams } from "./installed-compute.js";
import { linearFit } from "./log-linear-fit.js";
import { yearOf } from "./params.js";
import { recordOn } from "./running-max.js";

export type TargetBloc = "us" | "china" | "eu" | "row";
export type TargetQuantity = "computeStock" | "frontierTraining" | "worldShare" | "lagMonths";

export interface SimulationTarget {
  readonly year: number;
  readonly bloc: TargetBloc;
  readonly quantity: TargetQuantity;
  readonly value: number;
  /** One standard error: in orders of magnitude for compute quantities, else in the quantity's unit. */
  readonly tolerance: number;
  /** Human-readable: where the number comes from and how it was computed. */
  readonly source: string;
  /** The store's source id (GET /api/v1/sources) for targets computed from the knowledge base; null for published facts. */
  readonly sourceId: string | null;
  /** The indicator that computes the series, or null for a published fact. */
  readonly indicator: string | null;
}

/** The history the simulator is matched on: 2016-2025 (the levers take over in 2026). */
export const CALIBRATION_YEARS = { from: 2016, to: 2025 } as const;

/**
 * Tolerances, with reasons. US frontier 0.6 OOM: closed-model estimates carry +-0.3-0.5 OOM (spec 2.1) and
 * publication trails training by months (~0.3 OOM at 0.6 OOM/yr), in quadrature. China 0.5 OOM around a
 * trend. US share 0.1: Epoch's cluster list covers only 10-20% of the world's compute.
 */
export const TARGET_TOLERANCE = { usFrontierOom: 0.6, chinaFrontierOom: 0.5, usShare: 0.1 } as const;

/** The China trend is fitted on the yearly maxima from this year (Epoch: "~3x/yr since late 2021"). */
const CHINA_TREND_FROM = 2021;
/** The share targets start when the cluster list holds some 200,000 H100e or more (2024). */
const SHARE_YEARS = [2024, 2025] as const;

export interface TargetInputs {
  readonly models: readonly ModelObservation[];
  readonly clusters: readonly ClusterObservation[];
  readonly blocs: readonly Bloc[];
}

const frontierModels = (models: readonly ModelObservation[]) =>
  modelsWithCompute(models, { from: 2010, to: CALIBRATION_YEARS.to });

/** US: the largest training compute published by US organisations up to the end of each year (running maximum). */
export function usFrontierTargets(inputs: TargetInputs): SimulationTarget[] {
  const steps = frontierSteps(frontierModels(inputs.models), blocGroup("us", inputs.blocs, "bloc"), "any");
  const targets: SimulationTarget[] = [];
  for (let year = CALIBRATION_YEARS.from; year <= CALIBRATION_YEARS.to; year++) {
    const record = recordOn(steps, `${year}-12-31`);
    if (!record) continue;
    targets.push({
      year,
      bloc: "us",
      quantity: "frontierTraining",
      value: record.value,
      tolerance: TARGET_TOLERANCE.usFrontierOom,
      source: `Epoch AI notable models (CC BY), indicator frontier-compute: largest training compute by US organisations published up to ${year} (${record.item.name})`,
      sourceId: record.item.provenance.sourceId,
      indicator: "frontier-compute",
    });
  }
  return targets;
}

/**
 * China: estimates are sparse and the largest runs often unpublished (spec 3.9), so the yearly maximum jumps
 * by an order of magnitude between years. As Epoch does for its China trend, the target is a log-linear fit to
 * the yearly maxima from 2021 to `fitUntil`, evaluated at each of those years; with fewer than three years,
 * the yearly maxima themselves.
 */
export function chinaFrontierTargets(
  inputs: TargetInputs,
  fitUntil: number = CALIBRATION_YEARS.to,
): SimulationTarget[] {
  const china = blocGroup("china", inputs.blocs, "bloc");
  const largest = new Map<number, ComputeModel>();
  for (const model of frontierModels(inputs.models)) {
    if (!belongsTo(model.developerCountries, china.members, "any")) continue;
    const year = yearOf(model.date);
    if (model.trainingComputeFlop > (largest.get(year)?.trainingComputeFlop ?? 0)) largest.set(year, model);
  }
  const years = [...largest.keys()]
    .filter((year) => year >= CHINA_TREND_FROM && year <= Math.min(fitUntil, CALIBRATION_YEARS.to))
    .sort();
  const fit = linearFit(
    years,
    years.map((year) => Math.log10(largest.get(year)!.trainingComputeFlop)),
  );
  return years.map((year) => {
    const model = largest.get(year)!;
    const base = {
      year,
      bloc: "china" as const,
      quantity: "frontierTraining" as const,
      tolerance: TARGET_TOLERANCE.chinaFrontierOom,
      sourceId: model.provenance.sourceId,
      indicator: "frontier-compute",
    };
    if (!fit)
      return {
        ...base,
        value: model.trainingComputeFlop,
        source: `Epoch AI notable models (CC BY): largest training compute by Chinese organisations in ${year} (${model.name})`,
      };
    return {
      ...base,
      value: 10 ** (fit.intercept + fit.slope * year),
      source: `Epoch AI notable models (CC BY): log-linear fit (${(10 ** fit.slope).toFixed(1)}x/yr) to the yearly largest Chinese training compute, ${years[0]}-${years.at(-1)}`,
    };
  });
}

/**
 * The US share of the world's installed H100-equivalents at the end of 2024 and 2025 (installed-compute,
 * by where clusters stand). The model counts ownership; for the US the two are close (US hyperscalers' foreign
 * sites roughly offset foreign-owned capacity in the US; Epoch's Chip Owners puts US owners at ~70%).
 * China's location share in the cluster list (12-16%) is not used: Epoch anonymises Chinese systems and its
 * chip-sales estimate of Chinese ownership (~5%) is the better measure (a published fact below).
 */
export function usShareTargets(inputs: TargetInputs): SimulationTarget[] {
  const series = installedCompute(
    inputs,
    installedComputeParams.parse({ blocs: ["us"], from: SHARE_YEARS[0], to: SHARE_YEARS.at(-1) }),
  );
  return SHARE_YEARS.flatMap((year) => {
    const row = series.rows.find(
      (candidate) =>
        candidate.date === `${year}-12-31` && candidate.group === "us" && candidate.status === "operational",
    );
    const share = row?.shareOfWorldH100e;
    if (typeof share !== "number") return [];
    const sourceId = inputs.clusters.find((cluster) => cluster.provenance.sourceId)?.provenance.sourceId ?? null;
    return [
      {
        year,
        bloc: "us" as const,
        quantity: "worldShare" as const,
        value: share,
        tolerance: TARGET_TOLERANCE.usShare,
        source: `Epoch AI GPU clusters (CC BY), indicator installed-compute: US share of the world's operational H100-equivalents at the end of ${year}`,
        sourceId,
        indicator: "installed-compute",
      },
    ];
  });
}

/** Sourced facts for what the knowledge base holds no series of (spec 3.6, T3, T4 and T7). */
export const PUBLISHED_TARGETS: readonly SimulationTarget[] = [
  {
    year: 2025,
    bloc: "us",
    quantity: "computeStock",
    value: 1e7,
    tolerance: 0.3,
    source: "Epoch AI Chip Sales: ~15M H100e all designers (Jan 2026), of which US owners ~70% (AI Chip Owners)",
    sourceId: null,
    indicator: null,
  },
  {
    year: 2025,
    bloc: "china",
    quantity: "worldShare",
    value: 0.05,
    tolerance: 0.03,
    source: "Epoch AI Chip Owners: Chinese-owned share just over 5% and falling (2025-26)",
    sourceId: null,
    indicator: null,
  },
  {
    year: 2024,
    bloc: "china",
    quantity: "lagMonths",
    value: 7,
    tolerance: 4,
    source: "Epoch Capabilities Index: Chinese frontier models lag the US by 7 months on average (4-14) since 2023",
    sourceId: null,
    indicator: null,
  },
];

/** Every calibration target: the knowledge-base series first, then the published facts. */
export function simulationTargets(inputs: TargetInputs): SimulationTarget[] {
  return [
    ...usFrontierTargets(inputs),
    ...chinaFrontierTargets(inputs),
    ...usShareTargets(inputs),
    ...PUBLISHED_TARGETS,
  ];
}

/**
 * Targets for a back-test fitted up to `fitUntil`: fitting targets computed only from data up to then (the
 * China trend included), held-out targets as in simulationTargets.
 */
export function backtestTargets(inputs: TargetInputs, fitUntil: number): SimulationTarget[] {
  const fitting = [
    ...usFrontierTargets(inputs),
    ...chinaFrontierTargets(inputs, fitUntil),
    ...usShareTargets(inputs),
    ...PUBLISHED_TARGETS,
  ].filter((t) => t.year <= fitUntil);
  const heldOut = simulationTargets(inputs).filter((t) => t.year > fitUntil);
  return [...fitting, ...heldOut];
}
