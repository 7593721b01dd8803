/** Indicator 4: the share of notable models released with open weights, per group and year. */
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

export const openWeightsShareParams = paramsSchema({
  ...groupFields,
  ...periodFields,
  ...attributionField,
  /** Models whose accessibility Epoch left blank: leave them out (default) or count them as not open. */
  unknownAccess: z
    .enum(["exclude", "closed"], { error: "unknownAccess must be 'exclude' or 'closed'" })
    .default("exclude")
    .describe("Models without an accessibility label: 'exclude' them or count them as 'closed'."),
  minModels: z.coerce
    .number({ error: "minModels must be a number" })
    .positive("minModels must be positive")
    .default(5)
    .describe("Fewest models a share is computed from (default 5); below it openShare is null and n is shown."),
});
export type OpenWeightsShareParams = z.output<typeof openWeightsShareParams>;

/** Epoch's labels "Open weights (unrestricted)", "(non-commercial)" and "(restricted use)" all publish the weights. */
export function isOpenWeights(accessibility: string | null): boolean {
  return accessibility !== null && accessibility.toLowerCase().startsWith("open weights");
}

/** Open-weights models of one group in one year: the row type of the main table. */
export const OPEN_WEIGHTS_ROW = z.object({
  year: amount,
  ...GROUP_CELLS,
  openModels: amount,
  models: amount,
  openShare: maybeAmount,
});
export type OpenWeightsRow = z.output<typeof OPEN_WEIGHTS_ROW>;

export function openWeightsShare(
  input: { readonly models: readonly ModelObservation[]; readonly blocs: readonly Bloc[] },
  params: OpenWeightsShareParams,
): IndicatorSeries {
  const groups = resolveGroups(params, input.blocs);
  const dated = datedNotableModels(input.models, params);
  const kept =
    params.unknownAccess === "exclude"
      ? dated.filter((m) => m.accessibility !== null && m.accessibility.trim() !== "")
      : dated;
  const window = windowOf(
    kept.map((m) => m.date),
    params,
  );
  const rows: OpenWeightsRow[] = [];
  if (window) {
    const all = kept.map((m) => ({ year: yearOf(m.date), countries: m.developerCountries }));
    const open = kept
      .filter((m) => isOpenWeights(m.accessibility))
      .map((m) => ({ year: yearOf(m.date), countries: m.developerCountries }));
    const allCounts = countPerGroupAndYear(all, groups, params.attribution, window);
    const openCounts = countPerGroupAndYear(open, groups, params.attribution, window);
    for (const [g, group] of groups.entries()) {
      for (const [y, year] of yearsOf(window).entries()) {
        const models = allCounts[g]![y]!;
        const openModels = openCounts[g]![y]!;
        rows.push({
          year,
          ...groupCells(group),
          openModels: round(openModels, 3),
          models: round(models, 3),
          // A share from a handful of models is noise, not a share: below minModels only the counts are given.
          openShare: models < params.minModels ? null : round(openModels / models, 4),
        });
      }
    }
  }
  return series(
    "open-weights-share",
    [
      table(
        "main",
        { en: "Open-weights share of notable models", nl: "Aandeel opvallende modellen met open gewichten" },
        [
          column("year", "Year", "Jaar"),
          column("group", "Bloc or country", "Blok of land"),
          column("groupKind", "Kind", "Soort"),
          column("openModels", "Open-weights models", "Modellen met open gewichten", "models"),
          column("models", "Models with known access", "Modellen met bekende toegang", "models"),
          column("openShare", "Open-weights share", "Aandeel open gewichten", "share"),
        ],
        rows,
      ),
    ],
    {
      filters: [
        {
          en: "Epoch AI's notable models dataset, publication year inside the period.",
          nl: "De dataset opvallende modellen van Epoch AI, publicatiejaar binnen de periode.",
        },
        params.unknownAccess === "exclude"
          ? {
              en: "Models whose accessibility Epoch left blank are left out.",
              nl: "Modellen waarvan Epoch de toegankelijkheid niet invulde, blijven buiten beschouwing.",
            }
          : {
              en: "Models whose accessibility Epoch left blank count as not open.",
              nl: "Modellen waarvan Epoch de toegankelijkheid niet invulde, tellen als niet open.",
            },
      ],
      attribution: { rule: params.attribution, text: attributionText(params.attribution, MODEL_NOUN, DEVELOPERS) },
      formula: {
        en: "Open-weights share = weighted count of models labelled 'Open weights (unrestricted)', 'Open weights (non-commercial)' or 'Open weights (restricted use)' / weighted count of all models kept, per group and year.",
        nl: "Aandeel open gewichten = gewogen aantal modellen met het label 'Open weights (unrestricted)', 'Open weights (non-commercial)' of 'Open weights (restricted use)' / gewogen aantal van alle meegetelde modellen, per groep en jaar.",
      },
      assumptions: [
        {
          en: "Open weights means the trained weights can be downloaded, whatever the licence; training code and data may still be closed.",
          nl: "Open gewichten betekent dat de getrainde gewichten te downloaden zijn, ongeacht de licentie; trainingscode en data kunnen gesloten blijven.",
        },
      ],
      caveats: [
        {
          en: `A year with few models gives a share that swings widely: below ${params.minModels} models the share is left empty (no data) and only the counts are given; read every share with the count beside it.`,
          nl: `Een jaar met weinig modellen geeft een sterk schommelend aandeel: onder ${params.minModels} modellen blijft het aandeel leeg (geen gegevens) en staan alleen de aantallen er; lees elk aandeel samen met het aantal ernaast.`,
        },
      ],
      n: kept.length,
      asOf: latestDay(kept.map((m) => m.date)),
      metric: { en: "share of notable models with open weights", nl: "aandeel opvallende modellen met open gewichten" },
      window,
    },
  );
}
