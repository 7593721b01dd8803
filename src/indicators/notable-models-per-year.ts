/** Indicator 1: notable AI models per year, per country and bloc. */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type { ModelObservation } from "../domain/observations.js";
import { attributionText } from "./attribution.js";
import { groupCells, resolveGroups } from "./groups.js";
import { DEVELOPERS, MODEL_NOUN, datedNotableModels } from "./model-selection.js";
import { attributionField, groupFields, paramsSchema, periodFields, yearOf } from "./params.js";
import { GROUP_CELLS, amount, maybeAmount } from "./rows.js";
import { column, series, table, type IndicatorSeries, latestDay } from "./series.js";
import { round, windowOf } from "./time-grid.js";
import { countPerGroupAndYear, yearsOf } from "./yearly-counts.js";

export const notableModelsPerYearParams = paramsSchema({ ...groupFields, ...periodFields, ...attributionField });
export type NotableModelsPerYearParams = z.output<typeof notableModelsPerYearParams>;

/** Notable models of one group in one year: the row type of the main table. */
export const NOTABLE_MODELS_ROW = z.object({
  year: amount,
  ...GROUP_CELLS,
  models: amount,
  worldModels: amount,
  shareOfWorld: maybeAmount,
});
export type NotableModelsRow = z.output<typeof NOTABLE_MODELS_ROW>;

export function notableModelsPerYear(
  input: { readonly models: readonly ModelObservation[]; readonly blocs: readonly Bloc[] },
  params: NotableModelsPerYearParams,
): IndicatorSeries {
  const groups = resolveGroups(params, input.blocs);
  const kept = datedNotableModels(input.models, params);
  const window = windowOf(
    kept.map((m) => m.date),
    params,
  );
  const rows: NotableModelsRow[] = [];
  if (window) {
    const records = kept.map((m) => ({ year: yearOf(m.date), countries: m.developerCountries }));
    const counts = countPerGroupAndYear(records, groups, params.attribution, window);
    const worldTotals = yearsOf(window).map((year) => records.filter((r) => r.year === year).length);
    for (const [g, group] of groups.entries()) {
      for (const [y, year] of yearsOf(window).entries()) {
        const models = counts[g]![y]!;
        const total = worldTotals[y]!;
        rows.push({
          year,
          ...groupCells(group),
          models: round(models, 3),
          worldModels: total,
          shareOfWorld: total === 0 ? null : round(models / total, 4),
        });
      }
    }
  }
  const unknownCountry = kept.filter((m) => m.developerCountries.length === 0).length;
  return series(
    "notable-models-per-year",
    [
      table(
        "main",
        { en: "Notable AI models per year", nl: "Opvallende AI-modellen per jaar" },
        [
          column("year", "Year", "Jaar"),
          column("group", "Bloc or country", "Blok of land"),
          column("groupKind", "Kind", "Soort"),
          column("models", "Notable models", "Opvallende modellen", "models"),
          column("worldModels", "Notable models, world", "Opvallende modellen, wereld", "models"),
          column("shareOfWorld", "Share of world", "Aandeel van de wereld", "share"),
        ],
        rows,
      ),
    ],
    {
      filters: [
        { en: "Epoch AI's notable models dataset.", nl: "De dataset opvallende modellen van Epoch AI." },
        { en: "Publication year inside the chosen period.", nl: "Publicatiejaar binnen de gekozen periode." },
      ],
      attribution: { rule: params.attribution, text: attributionText(params.attribution, MODEL_NOUN, DEVELOPERS) },
      formula: {
        en: "For each year and group: the sum of the models' weights for the group; share = that sum / all notable models published that year.",
        nl: "Per jaar en groep: de som van de gewichten van de modellen voor de groep; aandeel = die som / alle opvallende modellen van dat jaar.",
      },
      assumptions: [
        {
          en: "Notability is Epoch's judgement (state of the art, highly cited, historically significant or widely used); it is not a count of all models.",
          nl: "Opvallendheid is het oordeel van Epoch (state of the art, veel geciteerd, historisch belangrijk of veel gebruikt); het is geen telling van alle modellen.",
        },
      ],
      caveats: unknownCountry
        ? [
            {
              en: `${unknownCountry} of ${kept.length} models have no known developer country: they count in the world total only.`,
              nl: `${unknownCountry} van de ${kept.length} modellen hebben geen bekend land van ontwikkelaar: ze tellen alleen mee in het wereldtotaal.`,
            },
          ]
        : [],
      n: kept.length,
      asOf: latestDay(kept.map((m) => m.date)),
      metric: { en: "count of Epoch notable models", nl: "aantal opvallende modellen van Epoch" },
      window,
    },
  );
}
