/**
 * Indicator 6: frontier AI data centres over time: power, H100-equivalents and capital cost, per data
 * centre, owner, country or bloc. Each data centre's timeline gives its state on dated events; between
 * events the last state holds.
 */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type { DataCenterObservation } from "../domain/observations.js";
import { attributionText, countryWeights, groupWeight } from "./attribution.js";
import { resolveGroups } from "./groups.js";
import { attributionField, groupFields, history, inPeriod, paramsSchema, periodFields } from "./params.js";
import { amount, text } from "./rows.js";
import { column, series, table, type IndicatorSeries, latestDay } from "./series.js";
import { round, windowOf } from "./time-grid.js";

export const dataCentresParams = paramsSchema({
  ...groupFields,
  ...periodFields,
  ...attributionField,
  by: z
    .enum(["dataCentre", "owner", "country", "bloc"], { error: "by must be dataCentre, owner, country or bloc" })
    .default("dataCentre")
    .describe("Breakdown: per data centre, owner, country, or bloc (uses blocs and countries)."),
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "today must be an ISO day such as 2025-12-31")
    .optional()
    .describe("The day that separates measurements from Epoch's projections (default: the snapshot date of the data)."),
});
export type DataCentresParams = z.output<typeof dataCentresParams>;

/** The totals of one data centre, owner, country or bloc on one day: the row type of the main table. */
export const DATA_CENTRES_ROW = z.object({
  date: text,
  group: text,
  groupKind: text,
  projected: z.boolean(),
  dataCentres: amount,
  powerMw: amount,
  h100Equivalents: amount,
  capitalCostUsd2025: amount,
});
export type DataCentresRow = z.output<typeof DATA_CENTRES_ROW>;

/** Each data centre's timeline points, in date order. */
function timelines(points: readonly DataCenterObservation[]): Map<string, DataCenterObservation[]> {
  const byId = new Map<string, DataCenterObservation[]>();
  for (const point of points) byId.set(point.id, [...(byId.get(point.id) ?? []), point]);
  for (const list of byId.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return byId;
}

function stateOn(timeline: readonly DataCenterObservation[], day: string): DataCenterObservation | null {
  let state: DataCenterObservation | null = null;
  for (const point of timeline) if (point.date <= day) state = point;
  return state;
}

export function dataCentres(
  input: {
    readonly dataCenters: readonly DataCenterObservation[];
    readonly blocs: readonly Bloc[];
    readonly snapshotDate?: string | null;
  },
  params: DataCentresParams,
): IndicatorSeries {
  // Timeline dates after the snapshot are Epoch's projections from construction progress, not measurements.
  const today = params.today ?? input.snapshotDate ?? null;
  const groups = params.by === "bloc" ? resolveGroups(params, input.blocs) : [];
  // A state set before `from` still stands: timelines run over the whole history, `from` only cuts the rows.
  const kept = input.dataCenters.filter((point) => inPeriod(point.date, history(params)));
  const byId = timelines(kept);
  /** Weights of one data centre's state for each key of the chosen breakdown. */
  const shares = (state: DataCenterObservation): [string, number][] => {
    if (params.by === "dataCentre") return [[state.name, 1]];
    if (params.by === "owner")
      return countryWeights(state.owners.length ? state.owners : ["unknown"], params.attribution).map((w) => [
        w.country,
        w.weight,
      ]);
    const countries = state.country ? [state.country] : [];
    if (params.by === "country") return [[state.country ?? "unknown", 1]];
    return groups.map((group) => [group.id, groupWeight(countries, group.members, params.attribution)]);
  };
  const days = [...new Set(kept.map((point) => point.date))].filter((day) => inPeriod(day, params)).sort();
  const rows: DataCentresRow[] = [];
  for (const day of days) {
    const totals = new Map<
      string,
      { dataCentres: number; powerMw: number; h100Equivalents: number; capitalCostUsd2025: number }
    >();
    for (const timeline of byId.values()) {
      const state = stateOn(timeline, day);
      if (!state) continue;
      for (const [key, weight] of shares(state)) {
        const total = totals.get(key) ?? { dataCentres: 0, powerMw: 0, h100Equivalents: 0, capitalCostUsd2025: 0 };
        total.dataCentres += weight;
        total.powerMw += weight * (state.powerMw ?? 0);
        total.h100Equivalents += weight * (state.h100Equivalents ?? 0);
        total.capitalCostUsd2025 += weight * (state.capitalCostUsd2025 ?? 0);
        totals.set(key, total);
      }
    }
    const keys = params.by === "bloc" ? groups.map((g) => g.id) : [...totals.keys()].sort();
    for (const key of keys) {
      const total = totals.get(key) ?? { dataCentres: 0, powerMw: 0, h100Equivalents: 0, capitalCostUsd2025: 0 };
      rows.push({
        date: day,
        group: key,
        groupKind: params.by,
        projected: today !== null && day > today,
        dataCentres: round(total.dataCentres, 3),
        powerMw: round(total.powerMw, 1),
        h100Equivalents: round(total.h100Equivalents, 0),
        capitalCostUsd2025: round(total.capitalCostUsd2025, 0),
      });
    }
  }
  return series(
    "data-centres",
    [
      table(
        "main",
        { en: "Frontier AI data centres", nl: "AI-datacentra aan de grens" },
        [
          column("date", "Date", "Datum"),
          column(
            "group",
            { dataCentre: "Data centre", owner: "Owner", country: "Country", bloc: "Bloc" }[params.by],
            { dataCentre: "Datacentrum", owner: "Eigenaar", country: "Land", bloc: "Blok" }[params.by],
          ),
          column("groupKind", "Breakdown", "Indeling"),
          column("projected", "Projection (after the snapshot)", "Projectie (na de momentopname)"),
          column("dataCentres", "Data centres", "Datacentra", "data centres"),
          column("powerMw", "Power", "Vermogen", "MW"),
          column("h100Equivalents", "H100-equivalents", "H100-equivalenten", "H100e"),
          column("capitalCostUsd2025", "Capital cost", "Kapitaalkosten", "USD (2025)"),
        ],
        rows,
      ),
    ],
    {
      filters: [
        {
          en: "Epoch AI's frontier data centres dataset: the timeline of each data centre.",
          nl: "De dataset AI-datacentra aan de grens van Epoch AI: de tijdlijn van elk datacentrum.",
        },
        {
          en: "Rows dated inside the period; each data centre's state comes from its whole timeline up to that date.",
          nl: "Rijen met een datum binnen de periode; de stand van elk datacentrum komt uit zijn hele tijdlijn tot die datum.",
        },
      ],
      // Only owners can be several; a data centre stands in one country.
      attribution:
        params.by === "owner"
          ? {
              rule: params.attribution,
              text: attributionText(
                params.attribution,
                { en: "data centre", nl: "datacentrum" },
                { en: "its owners", nl: "de eigenaars" },
              ),
            }
          : null,
      formula: {
        en: "On every date on which any data centre's timeline changes: for each data centre take its latest state on or before that date, then sum power (MW), H100-equivalents and total capital cost (2025 US dollars) per breakdown key, weighted by the attribution rule when a data centre has several owners.",
        nl: "Op elke datum waarop de tijdlijn van een datacentrum verandert: neem per datacentrum de laatste stand op of voor die datum en tel vermogen (MW), H100-equivalenten en totale kapitaalkosten (dollars van 2025) op per sleutel van de indeling, gewogen volgens de toerekeningsregel als een datacentrum meerdere eigenaars heeft.",
      },
      assumptions: [
        {
          en: "A data centre keeps its last reported state until the next event on its timeline.",
          nl: "Een datacentrum houdt zijn laatst gemelde stand tot de volgende gebeurtenis op zijn tijdlijn.",
        },
      ],
      caveats: [
        {
          en: `Epoch tracks a small set of the largest frontier data centres, mostly in the United States, from satellite imagery and permits; dates after the snapshot${today ? ` (${today})` : ""} are Epoch's projections from construction progress and are marked projected = true.`,
          nl: `Epoch volgt een klein aantal van de grootste datacentra, vooral in de Verenigde Staten, met satellietbeelden en vergunningen; data na de momentopname${today ? ` (${today})` : ""} zijn projecties van Epoch op basis van de bouwvoortgang en staan als projected = true.`,
        },
      ],
      n: byId.size,
      asOf: latestDay(kept.filter((point) => today === null || point.date <= today).map((point) => point.date)),
      metric: {
        en: "power of tracked frontier data centres, MW (measured up to the snapshot, projected after it)",
        nl: "vermogen van gevolgde AI-datacentra, MW (gemeten tot de momentopname, geprojecteerd daarna)",
      },
      window: windowOf(days, params),
    },
  );
}
