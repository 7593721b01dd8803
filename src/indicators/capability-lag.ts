/**
 * The capability lag: the frontier lag measured on Epoch AI's Capabilities Index (ECI) instead of training
 * compute. On the last day of each step, how long ago the leader first reached the compared bloc's best
 * score so far. It answers the compute lag's question with another metric, so both are shown side by side.
 */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type { CapabilityObservation } from "../domain/observations.js";
import { belongsTo } from "./attribution.js";
import { lagOn } from "./frontier-lag.js";
import { blocGroup, type Group } from "./groups.js";
import {
  blocIdSchema,
  countryParamSchema,
  history,
  inPeriod,
  listOf,
  paramsSchema,
  periodFields,
  yearOf,
} from "./params.js";
import { recordOn, recordSteps, type RecordStep } from "./running-max.js";
import { amount, text } from "./rows.js";
import { column, latestDay, series, table, type IndicatorSeries } from "./series.js";
import { round, snapshotDays, windowOf } from "./time-grid.js";

export const capabilityLagParams = paramsSchema({
  leader: blocIdSchema.default("us").describe("The bloc the others are measured against."),
  blocs: listOf(blocIdSchema)
    .default(["china", "eu"])
    .describe("Blocs compared with the leader, comma-separated (default china,eu; the leader is skipped)."),
  countries: listOf(countryParamSchema)
    .default([])
    .describe("ISO 3166-1 alpha-2 country codes compared with the leader one by one (default none)."),
  ...periodFields,
  step: z
    .enum(["month", "quarter", "year"], { error: "step must be month, quarter or year" })
    .default("month")
    .describe("Spacing of the snapshot days."),
});
export type CapabilityLagParams = z.output<typeof capabilityLagParams>;

/** The capability lag of one compared group on one day: the row type of the main and "latest" tables. */
export const CAPABILITY_LAG_ROW = z.object({
  date: text,
  leader: text,
  follower: text,
  leaderBestModel: text,
  leaderBestEci: amount,
  followerBestModel: text,
  followerBestEci: amount,
  ahead: text,
  reachedOn: text,
  reachedBy: text,
  lagMonths: amount,
  asOf: text,
});
export type CapabilityLagRow = z.output<typeof CAPABILITY_LAG_ROW>;

type Scored = CapabilityObservation & { readonly date: string };

function scoreSteps(scores: readonly Scored[], group: Group): RecordStep<Scored>[] {
  return recordSteps(
    scores
      .filter((s) => belongsTo(s.countries, group.members, "any"))
      .map((s) => ({ date: s.date, value: s.eci, name: s.name, item: s })),
  );
}

export function capabilityLag(
  input: { readonly capabilities?: readonly CapabilityObservation[]; readonly blocs: readonly Bloc[] },
  params: CapabilityLagParams,
): IndicatorSeries {
  const leader = blocGroup(params.leader, input.blocs, "leader");
  const compared: Group[] = [
    ...[...new Set(params.blocs)].filter((id) => id !== params.leader).map((id) => blocGroup(id, input.blocs, "blocs")),
    ...[...new Set(params.countries)].map((code): Group => ({ id: code, kind: "country", members: new Set([code]) })),
  ];
  // Records run over the whole history up to `to`; `from` only cuts the rows shown.
  const kept = (input.capabilities ?? []).filter(
    (s): s is Scored => s.date !== null && inPeriod(s.date, history(params)),
  );
  const leaderSteps = scoreSteps(kept, leader);
  const lastDate = latestDay(kept.map((s) => s.date)) ?? "";
  const rows: CapabilityLagRow[] = [];
  const latest: CapabilityLagRow[] = [];
  for (const follower of compared) {
    const followerSteps = scoreSteps(kept, follower);
    if (leaderSteps.length === 0 || followerSteps.length === 0) continue;
    const bothFrom = leaderSteps[0]!.date > followerSteps[0]!.date ? leaderSteps[0]!.date : followerSteps[0]!.date;
    const days = snapshotDays(yearOf(bothFrom), yearOf(lastDate), params.step);
    const end = days.find((day) => day >= lastDate)!;
    for (const day of days.filter((d) => d >= bothFrom && d <= end && inPeriod(d, params))) {
      const point = lagOn(day, leaderSteps, followerSteps);
      const leaderBest = recordOn(leaderSteps, day)!;
      const followerBest = recordOn(followerSteps, day)!;
      rows.push({
        date: day,
        leader: leader.id,
        follower: follower.id,
        leaderBestModel: leaderBest.item.name,
        leaderBestEci: round(leaderBest.value, 1),
        followerBestModel: followerBest.item.name,
        followerBestEci: round(followerBest.value, 1),
        ahead: point.ahead === "follower" ? follower.id : point.ahead === "leader" ? leader.id : "level",
        reachedOn: point.reached.date,
        reachedBy: point.reached.item.name,
        lagMonths: round(point.lagMonths, 1),
        asOf: leaderBest.date > followerBest.date ? leaderBest.date : followerBest.date,
      });
    }
    if (rows.at(-1)?.follower === follower.id) latest.push(rows.at(-1)!);
  }
  const columns = [
    column("date", "Date", "Datum"),
    column("leader", "Leader", "Koploper"),
    column("follower", "Compared bloc", "Vergeleken blok"),
    column("leaderBestModel", "Leader's best model", "Beste model van de koploper"),
    column("leaderBestEci", "Leader's best score", "Beste score van de koploper", "ECI"),
    column("followerBestModel", "Compared bloc's best model", "Beste model van het vergeleken blok"),
    column("followerBestEci", "Compared bloc's best score", "Beste score van het vergeleken blok", "ECI"),
    column("ahead", "Ahead", "Voorop"),
    column("reachedOn", "Level first reached on", "Niveau voor het eerst bereikt op"),
    column("reachedBy", "Level first reached by", "Niveau voor het eerst bereikt door"),
    column("lagMonths", "Lag", "Achterstand", "months"),
    column("asOf", "Latest data behind it", "Laatste gegevens erachter"),
  ];
  return series(
    "capability-lag",
    [
      table("main", { en: "Capability lag (ECI)", nl: "Achterstand in capaciteit (ECI)" }, columns, rows),
      table("latest", { en: "Latest capability lag", nl: "Meest recente achterstand in capaciteit" }, columns, latest),
    ],
    {
      filters: [
        {
          en: "Epoch AI's Capabilities Index: model versions with a release date and a country.",
          nl: "De Capabilities Index van Epoch AI: modelversies met een releasedatum en een land.",
        },
      ],
      attribution: null,
      formula: {
        en: `On the last day of each ${params.step}: take each group's best ECI score released up to that day (B for the compared bloc, L for the leader). If L ≥ B, lag = months from the day the leader first released a model scoring at least B until that day; if B > L, minus the months since the compared bloc first reached L. A model counts for every bloc among its countries. A month is 1/12 of a year.`,
        nl: `Op de laatste dag van elke ${{ month: "maand", quarter: "kwartaal", year: "jaar" }[params.step]}: neem per groep de beste ECI-score die tot die dag is uitgebracht (B voor het vergeleken blok, L voor de koploper). Als L ≥ B, is de achterstand het aantal maanden sinds de koploper voor het eerst een model met minstens B uitbracht; als B > L, min het aantal maanden sinds het vergeleken blok voor het eerst L bereikte. Een model telt voor elk blok onder zijn landen. Een maand is 1/12 jaar.`,
      },
      assumptions: [
        {
          en: "The Capabilities Index stands for frontier capability: it combines many benchmarks on one scale, so it reflects algorithms, data and post-training that the compute lag ignores.",
          nl: "De Capabilities Index staat voor het niveau aan de grens: hij combineert veel benchmarks op één schaal en weerspiegelt dus algoritmes, data en nabehandeling die de rekenkrachtachterstand negeert.",
        },
      ],
      caveats: [
        {
          en: "Epoch scores the models it benchmarks, mostly widely available ones; a model never benchmarked is missing, and scores of one model differ by reasoning setting (the best counts).",
          nl: "Epoch scoort de modellen die het test, vooral breed beschikbare; een nooit geteste model ontbreekt, en scores van één model verschillen per redeneerinstelling (de beste telt).",
        },
      ],
      n: kept.length,
      window: windowOf(
        kept.map((s) => s.date),
        params,
      ),
      asOf: latestDay(kept.map((s) => s.date)),
      metric: {
        en: "capability lag: months behind on the Epoch Capabilities Index (ECI), beside the compute lag (largest training run, FLOP)",
        nl: "capaciteitsachterstand: maanden achter op de Epoch Capabilities Index (ECI), naast de rekenkrachtachterstand (grootste trainingsrun, FLOP)",
      },
    },
  );
}
