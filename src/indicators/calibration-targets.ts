/**
 * Calibration targets for the scenario simulator, computed from the knowledge base with the indicators'
 * own rules: the frontier training compute per bloc (frontier-compute) and the US share of the world's
 * installed compute (installed-compute). Where the knowledge base has no series, the target is a
 * published fact with its citation (specification 3.6). The simulator takes these as data; the shape
 * matches its CalibrationTarget (this layer may not import it), plus the id of the source they come from.
 */
import type { Bloc } from "../domain/bloc.js";
import type { ClusterObservation, ModelObservation } from "../domain/observations.js";
import { frontierSteps, modelsWithCompute } from "./frontier-compute.js";
import { blocGroup } from "./groups.js";
import { installedCompute, installedComputeParams } from "./installed-compute.js";
import { recordOn } from "./running-max.js";
import { countedModels, countTargets } from "./count-targets.js";
import type { CountedModel, CountTarget } from "./count-targets.js";

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

const BLOC_ADJECTIVE: Readonly<Record<TargetBloc, string>> = {
  us: "US",
  china: "Chinese",
  eu: "EU",
  row: "rest-of-world",
};

/** The history the simulator is matched on: 2016-2025 (the levers take over in 2026). */
export const CALIBRATION_YEARS = { from: 2016, to: 2025 } as const;

/**
 * Tolerances, with reasons. US frontier 0.6 OOM: closed-model estimates carry +-0.3-0.5 OOM (spec 2.1) and
 * publication trails training by months (~0.3 OOM at 0.6 OOM/yr), in quadrature. China 0.5 OOM and EU 0.6
 * OOM likewise (China's closed estimates are fewer, its published runs nearer their estimates). US share 0.1: Epoch's cluster list covers only 10-20% of the world's compute.
 */
export const TARGET_TOLERANCE = {
  usFrontierOom: 0.6,
  chinaFrontierOom: 0.5,
  euFrontierOom: 0.6,
  usShare: 0.1,
} as const;

/** The share targets start when the cluster list holds some 200,000 H100e or more (2024). */
const SHARE_YEARS = [2024, 2025] as const;

export interface TargetInputs {
  readonly models: readonly ModelObservation[];
  readonly clusters: readonly ClusterObservation[];
  readonly blocs: readonly Bloc[];
}

const frontierModels = (models: readonly ModelObservation[]) =>
  modelsWithCompute(models, { from: 2010, to: CALIBRATION_YEARS.to });

/**
 * The largest training compute published by a bloc's organisations up to the end of each year (a running
 * maximum: what the frontier-compute indicator draws), from the bloc's first model on.
 */
export function frontierRecordTargets(inputs: TargetInputs, bloc: TargetBloc, tolerance: number): SimulationTarget[] {
  const steps = frontierSteps(frontierModels(inputs.models), blocGroup(bloc, inputs.blocs, "bloc"), "any");
  const targets: SimulationTarget[] = [];
  for (let year = CALIBRATION_YEARS.from; year <= CALIBRATION_YEARS.to; year++) {
    const record = recordOn(steps, `${year}-12-31`);
    if (!record) continue;
    targets.push({
      year,
      bloc,
      quantity: "frontierTraining",
      value: record.value,
      tolerance,
      source: `Epoch AI notable models (CC BY), indicator frontier-compute: largest training compute by ${BLOC_ADJECTIVE[bloc]} organisations published up to ${year} (${record.item.name})`,
      sourceId: record.item.provenance.sourceId,
      indicator: "frontier-compute",
    });
  }
  return targets;
}

/** US: the running maximum of the largest published training compute. */
export function usFrontierTargets(inputs: TargetInputs): SimulationTarget[] {
  return frontierRecordTargets(inputs, "us", TARGET_TOLERANCE.usFrontierOom);
}

/**
 * China and the EU: the same running maximum. Chinese estimates are sparse and the largest runs often
 * unpublished (spec 3.9), so this series moves in steps; the tolerance is the observation's uncertainty, and
 * the back-test learns how far such a series strays from the engine's smooth path (discrepancy).
 */
export function followerFrontierTargets(inputs: TargetInputs): SimulationTarget[] {
  return [
    ...frontierRecordTargets(inputs, "china", TARGET_TOLERANCE.chinaFrontierOom),
    ...frontierRecordTargets(inputs, "eu", TARGET_TOLERANCE.euFrontierOom),
  ];
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

/** Every calibration target (also what the back-test scores): the knowledge-base series first, then the facts. */
export function simulationTargets(inputs: TargetInputs): SimulationTarget[] {
  return [
    ...usFrontierTargets(inputs),
    ...followerFrontierTargets(inputs),
    ...usShareTargets(inputs),
    ...PUBLISHED_TARGETS,
  ];
}

/**
 * The rolling-origin back-test's inputs: every target is an observation to score, and at each origin history
 * matching may use the targets of that year and before (each is computed from data up to its own year: a
 * running maximum or a year-end share, so nothing later leaks in).
 */
export function backtestInputs(inputs: TargetInputs): {
  readonly fitTargets: (origin: number) => SimulationTarget[];
  readonly observations: SimulationTarget[];
  /** The counts scored and the models their population is learned from (each origin reads those up to it). */
  readonly counts: { readonly models: CountedModel[]; readonly observations: CountTarget[] };
} {
  const observations = simulationTargets(inputs);
  return {
    observations,
    fitTargets: (origin) => observations.filter((t) => t.year <= origin),
    counts: { models: countedModels(inputs), observations: countTargets(inputs, CALIBRATION_YEARS.to) },
  };
}
