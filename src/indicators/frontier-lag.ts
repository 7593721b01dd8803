/**
 * Indicator 3: frontier lag in months. At each snapshot day, how long ago the leading group first reached
 * the other group's best training run to date (positive: the leader is ahead by that many months;
 * negative: the other group is ahead).
 */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type { ModelObservation } from "../domain/observations.js";
import { attributionText } from "./attribution.js";
import { COMPUTE_CAVEATS, COMPUTE_FILTERS, frontierSteps, modelsWithCompute } from "./frontier-compute.js";
import { blocGroup, type Group } from "./groups.js";
import { DEVELOPERS, MODEL_NOUN } from "./model-selection.js";
import {
  IndicatorParamError,
  attributionField,
  blocIdSchema,
  countryParamSchema,
  history,
  inPeriod,
  listOf,
  paramsSchema,
  periodFields,
  yearOf,
} from "./params.js";
import { firstReaching, recordOn, type RecordStep } from "./running-max.js";
import { amount, text } from "./rows.js";
import { column, series, table, type IndicatorSeries, latestDay } from "./series.js";
import { monthsBetween, round, snapshotDays, windowOf } from "./time-grid.js";

export const frontierLagParams = paramsSchema({
  leader: blocIdSchema.default("us").describe("The bloc the others are measured against."),
  followers: listOf(blocIdSchema)
    .optional()
    .describe("Blocs whose lag behind the leader is measured, comma-separated (default china,eu)."),
  blocs: listOf(blocIdSchema)
    .optional()
    .describe(
      "The group parameter every indicator shares: blocs to compare with the leader (the leader itself is skipped).",
    ),
  countries: listOf(countryParamSchema)
    .default([])
    .describe("ISO 3166-1 alpha-2 country codes compared with the leader one by one, comma-separated (default none)."),
  ...periodFields,
  ...attributionField,
  step: z
    .enum(["month", "quarter", "year"], { error: "step must be month, quarter or year" })
    .default("month")
    .describe("Spacing of the snapshot days."),
});
export type FrontierLagParams = z.output<typeof frontierLagParams>;

/** The lag of one compared group on one day: the row type of the main and "latest" tables. */
export const FRONTIER_LAG_ROW = z.object({
  date: text,
  leader: text,
  follower: text,
  leaderBestModel: text,
  leaderBestFlop: amount,
  followerBestModel: text,
  followerBestFlop: amount,
  ahead: text,
  reachedOn: text,
  reachedBy: text,
  lagMonths: amount,
});
export type FrontierLagRow = z.output<typeof FRONTIER_LAG_ROW>;

export interface LagPoint<T> {
  readonly ahead: "leader" | "follower" | "level";
  readonly lagMonths: number;
  readonly reached: RecordStep<T>;
}

/** The lag on one day given both groups' records standing that day (any running record: FLOP, a score). */
export function lagOn<T>(
  day: string,
  leaderSteps: readonly RecordStep<T>[],
  followerSteps: readonly RecordStep<T>[],
): LagPoint<T> {
  const leaderBest = recordOn(leaderSteps, day)!;
  const followerBest = recordOn(followerSteps, day)!;
  if (leaderBest.value >= followerBest.value) {
    const reached = firstReaching(leaderSteps, followerBest.value)!;
    const lagMonths = monthsBetween(reached.date, day);
    return {
      ahead: leaderBest.value === followerBest.value && reached.date === followerBest.date ? "level" : "leader",
      lagMonths,
      reached,
    };
  }
  const reached = firstReaching(followerSteps, leaderBest.value)!;
  return { ahead: "follower", lagMonths: -monthsBetween(reached.date, day), reached };
}

/** The groups compared with the leader: `followers`, else `blocs` (without the leader), plus single countries. */
function comparedGroups(params: FrontierLagParams, blocs: readonly Bloc[]): Group[] {
  if (params.followers && params.blocs)
    throw new IndicatorParamError("blocs", "give followers or blocs, not both (they name the same groups)");
  const ids = (params.followers ?? params.blocs ?? ["china", "eu"]).filter(
    (id) => params.followers !== undefined || id !== params.leader,
  );
  if (ids.length === 0 && params.countries.length === 0)
    throw new IndicatorParamError("blocs", "choose at least one bloc or country to compare with the leader");
  const parameter = params.followers ? "followers" : "blocs";
  return [
    ...[...new Set(ids)].map((id) => blocGroup(id, blocs, parameter)),
    ...[...new Set(params.countries)].map((code): Group => ({ id: code, kind: "country", members: new Set([code]) })),
  ];
}

export function frontierLag(
  input: { readonly models: readonly ModelObservation[]; readonly blocs: readonly Bloc[] },
  params: FrontierLagParams,
): IndicatorSeries {
  const leader = blocGroup(params.leader, input.blocs, "leader");
  const followers = comparedGroups(params, input.blocs);
  // Records and lags run over the whole history up to `to`; `from` only cuts the rows shown.
  const kept = modelsWithCompute(input.models, history(params));
  const leaderSteps = frontierSteps(kept, leader, params.attribution);
  const rows: FrontierLagRow[] = [];
  const latest: FrontierLagRow[] = [];
  const lastDate = kept.reduce((max, m) => (m.date > max ? m.date : max), "");
  for (const follower of followers) {
    const followerSteps = frontierSteps(kept, follower, params.attribution);
    if (leaderSteps.length === 0 || followerSteps.length === 0) continue;
    const bothFrom = leaderSteps[0]!.date > followerSteps[0]!.date ? leaderSteps[0]!.date : followerSteps[0]!.date;
    const days = snapshotDays(yearOf(bothFrom), yearOf(lastDate), params.step);
    const end = days.find((day) => day >= lastDate)!;
    for (const day of days.filter((d) => d >= bothFrom && d <= end && inPeriod(d, params))) {
      const point = lagOn(day, leaderSteps, followerSteps);
      rows.push({
        date: day,
        leader: leader.id,
        follower: follower.id,
        leaderBestModel: recordOn(leaderSteps, day)!.item.name,
        leaderBestFlop: recordOn(leaderSteps, day)!.value,
        followerBestModel: recordOn(followerSteps, day)!.item.name,
        followerBestFlop: recordOn(followerSteps, day)!.value,
        ahead: point.ahead === "follower" ? follower.id : point.ahead === "leader" ? leader.id : "level",
        reachedOn: point.reached.date,
        reachedBy: point.reached.item.name,
        lagMonths: round(point.lagMonths, 1),
      });
    }
    if (rows.at(-1)?.follower === follower.id) latest.push(rows.at(-1)!);
  }
  const columns = [
    column("date", "Date", "Datum"),
    column("leader", "Leader", "Koploper"),
    column("follower", "Compared bloc", "Vergeleken blok"),
    column("leaderBestModel", "Leader's largest run", "Grootste run van de koploper"),
    column("leaderBestFlop", "Leader's largest run", "Grootste run van de koploper", "FLOP"),
    column("followerBestModel", "Compared bloc's largest run", "Grootste run van het vergeleken blok"),
    column("followerBestFlop", "Compared bloc's largest run", "Grootste run van het vergeleken blok", "FLOP"),
    column("ahead", "Ahead", "Voorop"),
    column("reachedOn", "Level first reached on", "Niveau voor het eerst bereikt op"),
    column("reachedBy", "Level first reached by", "Niveau voor het eerst bereikt door"),
    column("lagMonths", "Lag", "Achterstand", "months"),
  ];
  const window = windowOf(
    kept.map((m) => m.date),
    params,
  );
  return series(
    "frontier-lag",
    [
      table(
        "main",
        { en: "Frontier lag in training compute", nl: "Achterstand aan de grens van trainingsrekenkracht" },
        columns,
        rows,
      ),
      table("latest", { en: "Latest frontier lag", nl: "Meest recente achterstand" }, columns, latest),
    ],
    {
      filters: COMPUTE_FILTERS,
      attribution: { rule: params.attribution, text: attributionText(params.attribution, MODEL_NOUN, DEVELOPERS) },
      formula: {
        en: `On the last day of each ${params.step}: take each group's largest training run published up to that day (B for the compared bloc, L for the leader). If L ≥ B, lag = months from the day the leader first published a run of at least B until that day; if B > L, lag = minus the months since the compared bloc first reached L. A month is 1/12 of a year.`,
        nl: `Op de laatste dag van elke ${{ month: "maand", quarter: "kwartaal", year: "jaar" }[params.step]}: neem per groep de grootste trainingsrun die tot die dag is gepubliceerd (B voor het vergeleken blok, L voor de koploper). Als L ≥ B, is de achterstand het aantal maanden sinds de koploper voor het eerst een run van minstens B publiceerde; als B > L, min het aantal maanden sinds het vergeleken blok voor het eerst L bereikte. Een maand is 1/12 jaar.`,
      },
      assumptions: [
        {
          en: "Training compute of the largest published run stands in for frontier capability; algorithmic progress, data and post-training are ignored.",
          nl: "De trainingsrekenkracht van de grootste gepubliceerde run staat voor het niveau aan de grens; algoritmische vooruitgang, data en nabehandeling tellen niet mee.",
        },
        {
          en: "A level counts as reached on the publication date of the model, not when training finished.",
          nl: "Een niveau geldt als bereikt op de publicatiedatum van het model, niet wanneer de training klaar was.",
        },
        {
          en: "Only models in Epoch's notable set with a compute estimate count: an undisclosed larger run makes the lag look different than it is.",
          nl: "Alleen modellen uit Epochs opvallende set met een schatting van de rekenkracht tellen: een niet bekendgemaakte grotere run vertekent de achterstand.",
        },
        {
          en: "The lag only starts once both groups have a model with a compute estimate; before that it is undefined.",
          nl: "De achterstand begint pas wanneer beide groepen een model met een schatting hebben; daarvoor is hij niet gedefinieerd.",
        },
      ],
      caveats: COMPUTE_CAVEATS,
      n: kept.length,
      asOf: latestDay(kept.map((m) => m.date)),
      metric: {
        en: "compute lag: months behind in the largest training run, FLOP (not effective compute, not a capability index)",
        nl: "rekenkrachtachterstand: maanden achter in de grootste trainingsrun, FLOP (geen effectieve rekenkracht, geen capaciteitsindex)",
      },
      window,
    },
  );
}
