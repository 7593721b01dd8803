/**
 * The counts the simulator's back-test scores, computed with the indicators' own functions so the back-test and
 * the dashboard report the same metric: notable models per bloc and year (notable-models-per-year) and models
 * above 10²⁵ and 10²⁶ FLOP published up to the end of each year (regulatory-thresholds' "models above", read on
 * the notable dataset: the population below the largest run is learned from notable models, and the dashboard's
 * default large-scale dataset starts in 2020, after the first origins). Both count a model fully for every bloc
 * of its developers (attribution "any"). Also the models themselves, per bloc, that the population is learned
 * from. Shapes match the simulator's CountObservation and PopulationModel (this layer may not import them).
 */
import { belongsTo } from "./attribution.js";
import type { TargetBloc, TargetInputs } from "./calibration-targets.js";
import { blocGroup } from "./groups.js";
import { datedNotableModels } from "./model-selection.js";
import { NOTABLE_MODELS_ROW, notableModelsPerYear, notableModelsPerYearParams } from "./notable-models-per-year.js";
import { yearOf } from "./params.js";
import { FIRST_CROSSING_ROW, regulatoryThresholds, regulatoryThresholdsParams } from "./regulatory-thresholds.js";
import { rowsAs } from "./rows.js";

export type CountMetric = "notableModels" | "modelsAbove1e25" | "modelsAbove1e26";

export interface CountTarget {
  readonly year: number;
  readonly bloc: TargetBloc;
  readonly metric: CountMetric;
  readonly value: number;
  readonly source: string;
}

export interface CountedModel {
  readonly bloc: TargetBloc;
  readonly year: number;
  readonly computeFlop: number | null;
}

/** The blocs whose largest run the simulator is matched on (the rest of the world's is not: see calibration-targets). */
export const COUNT_BLOCS: readonly TargetBloc[] = ["us", "china", "eu"];
/** Counts from 2012 give the baselines five years of history at the first origin (2017). */
export const FIRST_COUNT_YEAR = 2012;
const THRESHOLDS: readonly { readonly metric: CountMetric; readonly flop: number; readonly text: string }[] = [
  { metric: "modelsAbove1e25", flop: 1e25, text: "10^25" },
  { metric: "modelsAbove1e26", flop: 1e26, text: "10^26" },
];

/** The counts of every year from FIRST_COUNT_YEAR to `lastYear`. */
export function countTargets(inputs: TargetInputs, lastYear: number): CountTarget[] {
  const blocs = [...COUNT_BLOCS];
  const perYear = rowsAs(
    notableModelsPerYear(inputs, notableModelsPerYearParams.parse({ blocs, from: FIRST_COUNT_YEAR, to: lastYear })),
    "main",
    NOTABLE_MODELS_ROW,
  );
  const targets: CountTarget[] = perYear.map((row) => ({
    year: row.year,
    bloc: row.group as TargetBloc,
    metric: "notableModels",
    value: row.models,
    source: `Epoch AI notable models (CC BY), indicator notable-models-per-year: notable models by ${row.group} organisations published in ${row.year}`,
  }));
  for (let year = FIRST_COUNT_YEAR; year <= lastYear; year++) {
    const crossings = rowsAs(
      regulatoryThresholds(
        inputs,
        regulatoryThresholdsParams.parse({
          blocs,
          to: year,
          dataset: "notable",
          thresholds: THRESHOLDS.map((t) => t.flop),
        }),
      ),
      "firstCrossing",
      FIRST_CROSSING_ROW,
    );
    for (const row of crossings) {
      const threshold = THRESHOLDS.find((t) => t.flop === row.threshold)!;
      targets.push({
        year,
        bloc: row.group as TargetBloc,
        metric: threshold.metric,
        value: row.modelsAbove,
        source: `Epoch AI notable models (CC BY), indicator regulatory-thresholds (dataset notable): models above ${threshold.text} FLOP by ${row.group} organisations published up to ${year}`,
      });
    }
  }
  return targets;
}

/** Every dated notable model once per bloc of its developers, with its compute estimate. */
export function countedModels(inputs: TargetInputs): CountedModel[] {
  const groups = COUNT_BLOCS.map((bloc) => blocGroup(bloc, inputs.blocs, "bloc"));
  return datedNotableModels(inputs.models, {}).flatMap((model) =>
    groups.flatMap((group): CountedModel[] =>
      belongsTo(model.developerCountries, group.members, "any")
        ? [{ bloc: group.id as TargetBloc, year: yearOf(model.date), computeFlop: model.trainingComputeFlop }]
        : [],
    ),
  );
}
