/**
 * Indicator 2: the largest training run per group over time (running maximum), and the growth of
 * training compute per group as a log-linear fit with a confidence interval (Epoch's method: notable
 * models with a known date and compute).
 */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type { AttributionRule, ModelObservation } from "../domain/observations.js";
import { decimalYear } from "../domain/partial-date.js";
import { attributionText, belongsTo } from "./attribution.js";
import { groupCells, resolveGroups, type Group } from "./groups.js";
import { logLinearFit } from "./log-linear-fit.js";
import { DEVELOPERS, MODEL_NOUN, datedNotableModels } from "./model-selection.js";
import {
  attributionField,
  groupFields,
  history,
  inPeriod,
  paramsSchema,
  periodFields,
  yearOf,
  type Period,
} from "./params.js";
import { recordSteps, type RecordStep } from "./running-max.js";
import { column, series, table, withRole, type IndicatorSeries, type Localized, latestDay } from "./series.js";
import { round, windowOf } from "./time-grid.js";

const fitYear = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a year` })
    .int(`${name} must be a whole year`)
    .min(1950)
    .max(2100);

export const frontierComputeParams = paramsSchema({
  ...groupFields,
  ...periodFields,
  ...attributionField,
  fitFrom: fitYear("fitFrom").default(2010).describe("First year of the growth fit, inclusive."),
  fitTo: fitYear("fitTo")
    .optional()
    .describe("Last year of the growth fit, inclusive (default: to, or the latest year)."),
  confidence: z.coerce
    .number()
    .gt(0.5, "confidence must be above 0.5")
    .lt(1, "confidence must be below 1")
    .default(0.9)
    .describe("Confidence level of the interval on the growth rate."),
});
export type FrontierComputeParams = z.output<typeof frontierComputeParams>;

export type ComputeModel = ModelObservation & { readonly date: string; readonly trainingComputeFlop: number };

/** Notable models with a publication date in the period and a positive training compute estimate. */
export function modelsWithCompute(models: readonly ModelObservation[], period: Period): ComputeModel[] {
  return datedNotableModels(models, period).filter(
    (m): m is ComputeModel => m.trainingComputeFlop !== null && m.trainingComputeFlop > 0,
  );
}

/** The record-setting training runs of one group. */
export function frontierSteps(
  models: readonly ComputeModel[],
  group: Group,
  rule: AttributionRule,
): RecordStep<ComputeModel>[] {
  return recordSteps(
    models
      .filter((m) => belongsTo(m.developerCountries, group.members, rule))
      .map((m) => ({ date: m.date, value: m.trainingComputeFlop, name: m.name, item: m })),
  );
}

export const COMPUTE_FILTERS: readonly Localized[] = [
  { en: "Epoch AI's notable models dataset.", nl: "De dataset opvallende modellen van Epoch AI." },
  {
    en: "Models with a known publication date inside the period and a training compute estimate.",
    nl: "Modellen met een bekende publicatiedatum binnen de periode en een schatting van de trainingsrekenkracht.",
  },
];

export const COMPUTE_CAVEATS: readonly Localized[] = [
  {
    en: "Training compute is Epoch's estimate, often from reported hardware and training time; its confidence label (Confident, Likely, Speculative) is shown per record but not propagated into the figures.",
    nl: "Trainingsrekenkracht is een schatting van Epoch, vaak uit gerapporteerde hardware en trainingstijd; het betrouwbaarheidslabel (Confident, Likely, Speculative) staat bij elk record maar werkt niet door in de cijfers.",
  },
  {
    en: "Models whose developers disclose nothing about training have no estimate and are missing; disclosure differs between labs and countries.",
    nl: "Modellen waarvan de ontwikkelaars niets over de training bekendmaken hebben geen schatting en ontbreken; openheid verschilt tussen labs en landen.",
  },
];

/** A record-setting training run: the row type of the main table (charts and Europe's position read it). */
export const FRONTIER_RECORD_ROW = z.object({
  date: z.string(),
  group: z.string(),
  groupKind: z.string(),
  model: z.string(),
  trainingComputeFlop: z.number(),
  previousRecordFlop: z.number().nullable(),
  confidence: z.string().nullable(),
});
export type FrontierRecordRow = z.output<typeof FRONTIER_RECORD_ROW>;

/** The growth fit of one group: the row type of the "growth" table. */
export const FRONTIER_GROWTH_ROW = z.object({
  group: z.string(),
  groupKind: z.string(),
  fitFrom: z.number(),
  fitTo: z.number(),
  n: z.number(),
  oomPerYear: z.number().nullable(),
  factorPerYear: z.number().nullable(),
  factorPerYearLow: z.number().nullable(),
  factorPerYearHigh: z.number().nullable(),
  doublingMonths: z.number().nullable(),
  rSquared: z.number().nullable(),
});
export type FrontierGrowthRow = z.output<typeof FRONTIER_GROWTH_ROW>;

const WORLD: Group = { id: "world", kind: "bloc", members: new Set() };

export function frontierCompute(
  input: { readonly models: readonly ModelObservation[]; readonly blocs: readonly Bloc[] },
  params: FrontierComputeParams,
): IndicatorSeries {
  const groups = resolveGroups(params, input.blocs);
  // Records and fits run over the whole history up to `to`; `from` only cuts the rows shown.
  const kept = modelsWithCompute(input.models, history(params));
  const stepRows = groups.flatMap((group) =>
    frontierSteps(kept, group, params.attribution)
      .filter((step) => inPeriod(step.date, params))
      .map((step): FrontierRecordRow => ({
        date: step.date,
        ...groupCells(group),
        model: step.item.name,
        trainingComputeFlop: step.value,
        previousRecordFlop: step.previous,
        confidence: step.item.confidence,
      })),
  );
  const fitTo = params.fitTo ?? params.to ?? Math.max(...kept.map((m) => yearOf(m.date)), params.fitFrom);
  const inFit = kept.filter((m) => yearOf(m.date) >= params.fitFrom && yearOf(m.date) <= fitTo);
  // The world row fits every model with an estimate, a developer country known or not (Epoch's headline figure).
  const growthRows = [...groups, WORLD].map((group) => {
    const points = inFit
      .filter((m) => group === WORLD || belongsTo(m.developerCountries, group.members, params.attribution))
      .map((m) => ({ year: decimalYear(m.date), value: m.trainingComputeFlop }));
    const fit = logLinearFit(points, params.confidence);
    const row: FrontierGrowthRow = {
      ...(group === WORLD ? { group: "world", groupKind: "world" } : groupCells(group)),
      fitFrom: params.fitFrom,
      fitTo,
      n: points.length,
      oomPerYear: fit && round(fit.oomPerYear, 4),
      factorPerYear: fit && round(fit.factorPerYear, 3),
      factorPerYearLow: fit && round(fit.factorPerYearLow, 3),
      factorPerYearHigh: fit && round(fit.factorPerYearHigh, 3),
      doublingMonths: fit?.doublingMonths == null ? null : round(fit.doublingMonths, 2),
      rSquared: fit && round(fit.rSquared, 4),
    };
    return row;
  });
  const percent = Math.round(params.confidence * 100);
  return series(
    "frontier-compute",
    [
      table(
        "main",
        { en: "Largest training run to date", nl: "Grootste trainingsrun tot dan toe" },
        [
          column("date", "Date", "Datum"),
          column("group", "Bloc or country", "Blok of land"),
          column("groupKind", "Kind", "Soort"),
          withRole("label", column("model", "Model that set the record", "Model dat het record zette")),
          withRole("value", column("trainingComputeFlop", "Training compute", "Trainingsrekenkracht", "FLOP")),
          column("previousRecordFlop", "Previous record", "Vorig record", "FLOP"),
          column("confidence", "Epoch confidence", "Betrouwbaarheid volgens Epoch"),
        ],
        stepRows,
      ),
      table(
        "growth",
        { en: "Growth of training compute", nl: "Groei van de trainingsrekenkracht" },
        [
          column("group", "Bloc or country", "Blok of land"),
          column("groupKind", "Kind", "Soort"),
          column("fitFrom", "Fit from", "Trend vanaf", "year"),
          column("fitTo", "Fit to", "Trend tot en met", "year"),
          column("n", "Models in fit", "Modellen in de trend", "models"),
          column("oomPerYear", "Orders of magnitude per year", "Ordes van grootte per jaar", "OOM/year"),
          withRole("value", column("factorPerYear", "Growth per year", "Groei per jaar", "x/year")),
          withRole(
            "low",
            column(
              "factorPerYearLow",
              `Growth per year, ${percent}% CI low`,
              `Groei per jaar, ${percent}%-BI laag`,
              "x/year",
            ),
          ),
          withRole(
            "high",
            column(
              "factorPerYearHigh",
              `Growth per year, ${percent}% CI high`,
              `Groei per jaar, ${percent}%-BI hoog`,
              "x/year",
            ),
          ),
          column("doublingMonths", "Doubling time", "Verdubbelingstijd", "months"),
          column("rSquared", "R²", "R²", "ratio"),
        ],
        growthRows,
      ),
    ],
    {
      filters: COMPUTE_FILTERS,
      attribution: { rule: params.attribution, text: attributionText(params.attribution, MODEL_NOUN, DEVELOPERS) },
      formula: {
        en: `Running maximum: a model sets a record when its training compute exceeds every earlier model of the group (ties keep the earlier model). Growth: ordinary least squares of log10(training compute) on the decimal publication year over all the group's models published ${params.fitFrom}–${fitTo}; growth per year = 10^slope, with a ${percent}% confidence interval from Student's t with n − 2 degrees of freedom; doubling time = 12·log10(2)/slope months.`,
        nl: `Lopend maximum: een model zet een record wanneer zijn trainingsrekenkracht groter is dan die van elk eerder model van de groep (bij gelijkstand houdt het eerdere model het record). Groei: kleinste-kwadratenregressie van log10(trainingsrekenkracht) op het decimale publicatiejaar over alle modellen van de groep uit ${params.fitFrom}–${fitTo}; groei per jaar = 10^helling, met een ${percent}%-betrouwbaarheidsinterval uit Student's t met n − 2 vrijheidsgraden; verdubbelingstijd = 12·log10(2)/helling maanden.`,
      },
      assumptions: [
        {
          en: "Growth is exponential within the fit window (a straight line on a log scale).",
          nl: "De groei is exponentieel binnen het venster van de trend (een rechte lijn op een logaritmische schaal).",
        },
      ],
      caveats: COMPUTE_CAVEATS,
      n: kept.length,
      asOf: latestDay(kept.map((m) => m.date)),
      metric: {
        en: "largest training run, FLOP (Epoch notable models)",
        nl: "grootste trainingsrun, FLOP (opvallende modellen van Epoch)",
      },
      window: windowOf(
        kept.map((m) => m.date),
        params,
      ),
    },
  );
}
