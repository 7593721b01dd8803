/**
 * Indicator 9: models above the regulatory compute thresholds (10²⁵ FLOP, the EU AI Act's presumption
 * of systemic risk; 10²⁶ FLOP), and when each group first crossed each threshold, with Epoch's
 * confidence label for the estimate.
 */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type { ModelObservation } from "../domain/observations.js";
import { attributionText, belongsTo, groupWeight } from "./attribution.js";
import { groupCells, resolveGroups } from "./groups.js";
import { DEVELOPERS, MODEL_NOUN } from "./model-selection.js";
import { attributionField, groupFields, history, inPeriod, listOf, paramsSchema, periodFields } from "./params.js";
import { GROUP_CELLS, amount, maybeAmount, maybeText, text } from "./rows.js";
import { column, series, table, type IndicatorSeries, latestDay } from "./series.js";
import { round, windowOf } from "./time-grid.js";
import { powerOfTenText } from "../domain/power-of-ten.js";

export const regulatoryThresholdsParams = paramsSchema({
  ...groupFields,
  ...periodFields,
  ...attributionField,
  thresholds: listOf(
    z.coerce
      .number({ error: "thresholds must be numbers of FLOP such as 1e25" })
      .positive("thresholds must be positive"),
  )
    .refine((list) => list.length > 0, "give at least one threshold")
    .default([1e25, 1e26])
    .describe("Compute thresholds in FLOP, comma-separated (default 1e25,1e26)."),
  dataset: z
    .enum(["large_scale", "notable", "frontier"], { error: "dataset must be large_scale, notable or frontier" })
    .default("large_scale")
    .describe("Which Epoch models dataset to read (default large_scale, the most complete above 10²³ FLOP)."),
});
export type RegulatoryThresholdsParams = z.output<typeof regulatoryThresholdsParams>;

/** A model above a threshold: the row type of the main table. */
export const THRESHOLD_MODEL_ROW = z.object({
  threshold: amount,
  date: text,
  model: text,
  developerCountries: text,
  groups: text,
  trainingComputeFlop: amount,
  confidence: maybeText,
});
export type ThresholdModelRow = z.output<typeof THRESHOLD_MODEL_ROW>;

/** The first model of a group above a threshold: the row type of the "firstCrossing" table. */
export const FIRST_CROSSING_ROW = z.object({
  ...GROUP_CELLS,
  threshold: amount,
  modelsAbove: amount,
  firstDate: maybeText,
  firstModel: maybeText,
  firstTrainingComputeFlop: maybeAmount,
  firstConfidence: maybeText,
});
export type FirstCrossingRow = z.output<typeof FIRST_CROSSING_ROW>;

type Crossing = ModelObservation & { readonly date: string; readonly trainingComputeFlop: number };

export function regulatoryThresholds(
  input: { readonly models: readonly ModelObservation[]; readonly blocs: readonly Bloc[] },
  params: RegulatoryThresholdsParams,
): IndicatorSeries {
  const groups = resolveGroups(params, input.blocs);
  const thresholds = [...new Set(params.thresholds)].sort((a, b) => a - b);
  // First crossings and counts run over the whole history up to `to`; `from` only cuts the listed models.
  const kept = input.models
    .filter(
      (m): m is Crossing =>
        m.dataset === params.dataset &&
        m.date !== null &&
        m.trainingComputeFlop !== null &&
        inPeriod(m.date, history(params)),
    )
    .filter((m) => m.trainingComputeFlop > thresholds[0]!)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || b.trainingComputeFlop - a.trainingComputeFlop || a.name.localeCompare(b.name),
    );
  const rows: ThresholdModelRow[] = [];
  const firsts: FirstCrossingRow[] = [];
  for (const threshold of thresholds) {
    const above = kept.filter((m) => m.trainingComputeFlop > threshold);
    for (const m of above.filter((model) => inPeriod(model.date, params))) {
      rows.push({
        threshold,
        date: m.date,
        model: m.name,
        developerCountries: m.developerCountries.join(";"),
        groups: groups
          .filter((g) => belongsTo(m.developerCountries, g.members, params.attribution))
          .map((g) => g.id)
          .join(";"),
        trainingComputeFlop: m.trainingComputeFlop,
        confidence: m.confidence,
      });
    }
    for (const group of groups) {
      const first = above.find((m) => belongsTo(m.developerCountries, group.members, params.attribution)) ?? null;
      firsts.push({
        ...groupCells(group),
        threshold,
        modelsAbove: round(
          above.reduce((sum, m) => sum + groupWeight(m.developerCountries, group.members, params.attribution), 0),
          3,
        ),
        firstDate: first?.date ?? null,
        firstModel: first?.name ?? null,
        firstTrainingComputeFlop: first?.trainingComputeFlop ?? null,
        firstConfidence: first?.confidence ?? null,
      });
    }
  }
  const datasetName = { large_scale: "large-scale", notable: "notable", frontier: "frontier" }[params.dataset];
  const datasetNameNl = { large_scale: "grootschalige", notable: "opvallende", frontier: "grens" }[params.dataset];
  return series(
    "regulatory-thresholds",
    [
      table(
        "main",
        { en: "Models above the compute thresholds", nl: "Modellen boven de rekenkrachtdrempels" },
        [
          column("threshold", "Threshold", "Drempel", "FLOP"),
          column("date", "Date", "Datum"),
          column("model", "Model", "Model"),
          column("developerCountries", "Developer countries", "Landen van de ontwikkelaars"),
          column("groups", "Counted for", "Telt voor"),
          column("trainingComputeFlop", "Training compute", "Trainingsrekenkracht", "FLOP"),
          column("confidence", "Epoch confidence", "Betrouwbaarheid volgens Epoch"),
        ],
        rows,
      ),
      table(
        "firstCrossing",
        { en: "First model above each threshold per bloc", nl: "Eerste model boven elke drempel per blok" },
        [
          column("group", "Bloc or country", "Blok of land"),
          column("groupKind", "Kind", "Soort"),
          column("threshold", "Threshold", "Drempel", "FLOP"),
          column("modelsAbove", "Models above", "Modellen erboven", "models"),
          column("firstDate", "First crossed", "Eerst overschreden"),
          column("firstModel", "First model", "Eerste model"),
          column("firstTrainingComputeFlop", "Its training compute", "Zijn trainingsrekenkracht", "FLOP"),
          column("firstConfidence", "Epoch confidence", "Betrouwbaarheid volgens Epoch"),
        ],
        firsts,
      ),
    ],
    {
      filters: [
        { en: `Epoch AI's ${datasetName} models dataset.`, nl: `De dataset ${datasetNameNl} modellen van Epoch AI.` },
        {
          en: `Models with a publication date inside the period and a training compute estimate above ${powerOfTenText(thresholds[0]!, "en")} FLOP.`,
          nl: `Modellen met een publicatiedatum binnen de periode en een geschatte trainingsrekenkracht boven ${powerOfTenText(thresholds[0]!, "nl")} FLOP.`,
        },
      ],
      attribution: { rule: params.attribution, text: attributionText(params.attribution, MODEL_NOUN, DEVELOPERS) },
      formula: {
        en: "A model is above a threshold when Epoch's training compute estimate is greater than the threshold, as in the AI Act. First crossing = the earliest publication date among the group's models above it (same day: the larger run), over the whole history up to the end of the period. Models above = weighted count under the attribution rule of every model above it published up to the end of the period; the list shows those published inside the period.",
        nl: "Een model zit boven een drempel wanneer de schatting van Epoch voor de trainingsrekenkracht groter is dan de drempel, zoals in de AI-verordening. Eerste overschrijding = de vroegste publicatiedatum onder de modellen van de groep erboven (zelfde dag: de grootste run), over de hele geschiedenis tot het einde van de periode. Modellen erboven = gewogen aantal volgens de toerekeningsregel van elk model erboven gepubliceerd tot het einde van de periode; de lijst toont die binnen de periode.",
      },
      assumptions: [
        {
          en: "The EU AI Act (Article 51(2)) presumes systemic risk for a general-purpose model trained with more than 10²⁵ FLOP; here a model counts from its estimate, not from a legal designation.",
          nl: "De EU AI-verordening (artikel 51, lid 2) vermoedt een systeemrisico bij een AI-model voor algemene doeleinden getraind met meer dan 10²⁵ FLOP; hier telt een model op basis van de schatting, niet van een juridische aanwijzing.",
        },
      ],
      caveats: [
        {
          en: "Estimates near a threshold can fall either side of it; Epoch's confidence label (Confident, Likely, Speculative) says how firm each estimate is.",
          nl: "Schattingen dicht bij een drempel kunnen aan beide kanten vallen; het betrouwbaarheidslabel van Epoch (Confident, Likely, Speculative) zegt hoe stevig elke schatting is.",
        },
      ],
      n: kept.length,
      asOf: latestDay(kept.map((m) => m.date)),
      metric: {
        en: "training compute, FLOP, against the legal thresholds",
        nl: "trainingsrekenkracht, FLOP, tegenover de wettelijke drempels",
      },
      window: windowOf(
        kept.map((m) => m.date),
        params,
      ),
    },
  );
}
