/**
 * What a level of capability costs, by bloc and over time: for each level (the ECI of GPT-4, of o1, of the
 * best model a year earlier) and each day, the cheapest blended list price per million tokens among the
 * models that reach it; how fast that price falls per year (log-linear fit with an interval); and the gap
 * between the cheapest US and the cheapest Chinese offer.
 */
import { z } from "zod";
import { decimalYear } from "../domain/partial-date.js";
import {
  cheapestAtLevel,
  eciIndex,
  levelOn,
  levelSpec,
  parseBlend,
  pricesInEffect,
  yearAfter,
  type Blend,
  type CheapestPrice,
  type LevelSpec,
} from "./capability-price.js";
import { blocGroup, groupCells, resolveGroups, type Group } from "./groups.js";
import { logLinearFit } from "./log-linear-fit.js";
import { groupFields, listOf, paramsSchema, periodFields } from "./params.js";
import { priceFields } from "./price-params.js";
import type { IndicatorInputs } from "./registry.js";
import { GROUP_CELLS, amount, maybeAmount, maybeText, text } from "./rows.js";
import { column, latestDay, series, table, withRole, type IndicatorSeries } from "./series.js";
import { round, snapshotDays, type Step } from "./time-grid.js";
import type { PriceObservation } from "../domain/price.js";

export const priceOfCapabilityParams = paramsSchema({
  ...groupFields,
  ...periodFields,
  ...priceFields,
  levels: listOf(
    z.string().refine((text) => levelSpec(text) !== null, "a level: gpt-4, o1, year-ago-best or an ECI score"),
  )
    .default(["gpt-4", "o1", "year-ago-best"])
    .describe("Capability levels, comma-separated: gpt-4, o1, year-ago-best, or an ECI score such as 135."),
  step: z
    .enum(["month", "quarter", "year"], { error: "step must be month, quarter or year" })
    .default("month")
    .describe("Days the series reports: the last day of each month (default), quarter or year."),
  confidence: z.coerce
    .number()
    .gt(0.5, "confidence must lie between 0.5 and 1")
    .lt(1, "confidence must lie between 0.5 and 1")
    .default(0.9)
    .describe("Confidence level of the fall-per-year interval (default 0.9)."),
});
export type PriceOfCapabilityParams = z.output<typeof priceOfCapabilityParams>;

const usd = "USD/Mtok";

/** The price a level cost in a group on a day, or null when no priced model reached it. */
export function cheapestFor(
  inputs: IndicatorInputs,
  group: Group,
  level: LevelSpec,
  day: string,
  blend: Blend,
  hosts: "include" | "exclude",
  eci: ReturnType<typeof eciIndex>,
): { level: { eci: number; model: string } | null; cheapest: CheapestPrice | null } {
  const placed = levelOn(level, day, inputs.capabilities, eci);
  if (placed === null) return { level: null, cheapest: null };
  const include = (price: PriceObservation) =>
    price.developerCountry !== null &&
    group.members.has(price.developerCountry) &&
    (hosts === "include" || !price.thirdPartyHost);
  return { level: placed, cheapest: cheapestAtLevel(inputs.prices, day, placed.eci, eci, blend, include) };
}

/** The cheapest offer of a group at a level on a day: the row type of the main table. */
export const CHEAPEST_PRICE_ROW = z.object({
  date: text,
  level: text,
  levelEci: maybeAmount,
  levelModel: maybeText,
  ...GROUP_CELLS,
  cheapestUsdPerMtok: maybeAmount,
  inputUsdPerMtok: maybeAmount,
  outputUsdPerMtok: maybeAmount,
  model: maybeText,
  provider: maybeText,
  modelEci: maybeAmount,
  priceSince: maybeText,
  thirdPartyHost: z.boolean().nullable(),
  sourceId: maybeText,
  sourceKind: maybeText,
  confidence: maybeText,
  priceId: maybeText,
});
export type CheapestPriceRow = z.output<typeof CHEAPEST_PRICE_ROW>;

/** How fast a group's cheapest price at a level falls: the row type of the "fall" table. */
export const PRICE_FALL_ROW = z.object({
  level: text,
  ...GROUP_CELLS,
  fitFrom: maybeText,
  fitTo: maybeText,
  n: amount,
  firstUsdPerMtok: maybeAmount,
  lastUsdPerMtok: maybeAmount,
  fallPerYear: maybeAmount,
  fallPerYearLow: maybeAmount,
  fallPerYearHigh: maybeAmount,
  halvingMonths: maybeAmount,
  rSquared: maybeAmount,
});
export type PriceFallRow = z.output<typeof PRICE_FALL_ROW>;

/** The cheapest US and Chinese offers at a level on a day: the row type of the "gap" table. */
export const PRICE_GAP_ROW = z.object({
  date: text,
  level: text,
  usUsdPerMtok: maybeAmount,
  usModel: maybeText,
  chinaUsdPerMtok: maybeAmount,
  chinaModel: maybeText,
  usOverChina: maybeAmount,
  cheaper: maybeText,
});
export type PriceGapRow = z.output<typeof PRICE_GAP_ROW>;

type PriceCells = Omit<CheapestPriceRow, "date" | "level" | "levelEci" | "levelModel" | "group" | "groupKind">;

function priceCells(cheapest: CheapestPrice | null): PriceCells {
  return {
    cheapestUsdPerMtok: cheapest ? round(cheapest.blendedUsdPerMtok, 4) : null,
    inputUsdPerMtok: cheapest ? round(cheapest.price.inputUsdPerMtok, 4) : null,
    outputUsdPerMtok: cheapest ? round(cheapest.price.outputUsdPerMtok, 4) : null,
    model: cheapest?.price.model ?? null,
    provider: cheapest?.price.providerName ?? null,
    modelEci: cheapest ? round(cheapest.capability.eci, 1) : null,
    priceSince: cheapest?.price.effective ?? null,
    thirdPartyHost: cheapest?.price.thirdPartyHost ?? null,
    sourceId: cheapest?.price.sourceId ?? null,
    sourceKind: cheapest?.price.sourceKind ?? null,
    confidence: cheapest?.price.confidence ?? null,
    priceId: cheapest?.price.id ?? null,
  };
}

export function priceOfCapability(inputs: IndicatorInputs, params: PriceOfCapabilityParams): IndicatorSeries {
  const blend = parseBlend(params.blend)!;
  const levels = [...new Set(params.levels.map((text) => levelSpec(text)!))];
  const groups = resolveGroups(params, inputs.blocs);
  const eci = eciIndex(inputs.capabilities);
  const used = inputs.prices.filter((price) => price.eciModels.some((version) => eci.has(version)));
  const years = used.map((price) => Number(price.effective.slice(0, 4)));
  const from = params.from ?? (years.length ? Math.min(...years) : null);
  const to = params.to ?? (years.length ? Math.max(...years) : null);
  const days = from === null || to === null ? [] : snapshotDays(from, to, params.step as Step);
  // Fits read the whole history, whatever period is shown: every day the answer can change, which is a price
  // taking effect or leaving, or (for the rolling level) a year after a scored model's release.
  const changeDays = [
    ...new Set([
      ...used.flatMap((price) => [price.effective, ...(price.withdrawn ? [price.withdrawn] : [])]),
      ...(levels.some((level) => level.kind === "year-ago-best")
        ? inputs.capabilities.flatMap((capability) => (capability.date ? [yearAfter(capability.date)] : []))
        : []),
    ]),
  ]
    .filter((day) => years.length > 0 && day >= `${Math.min(...years)}` && day <= `${Math.max(...years)}-12-31`)
    .sort();

  // The same group, level and day recur in the rows, the fits and the gap: compute each answer once.
  // The prices in effect on a day are the same for every group and level: find them once per day.
  const answers = new Map<string, ReturnType<typeof cheapestFor>>();
  const inEffect = new Map<string, PriceObservation[]>();
  const answer = (group: Group, level: LevelSpec, day: string) => {
    const key = `${group.id}\u0000${level.id}\u0000${day}`;
    let found = answers.get(key);
    if (!found) {
      let prices = inEffect.get(day);
      if (!prices) inEffect.set(day, (prices = pricesInEffect(inputs.prices, day)));
      found = cheapestFor({ ...inputs, prices }, group, level, day, blend, params.hosts, eci);
      answers.set(key, found);
    }
    return found;
  };
  const rows: CheapestPriceRow[] = [];
  const fallRows: PriceFallRow[] = [];
  for (const level of levels) {
    for (const group of groups) {
      for (const day of days) {
        const { level: placed, cheapest } = answer(group, level, day);
        rows.push({
          date: day,
          level: level.id,
          levelEci: placed ? round(placed.eci, 1) : null,
          levelModel: placed?.model ?? null,
          ...groupCells(group),
          ...priceCells(cheapest),
        });
      }
      // The record of changes: each day the cheapest offer at the level changed, with its price.
      const points: { day: string; value: number }[] = [];
      for (const day of changeDays) {
        const { cheapest } = answer(group, level, day);
        if (cheapest === null) continue;
        const last = points.at(-1);
        if (!last || last.value !== cheapest.blendedUsdPerMtok) points.push({ day, value: cheapest.blendedUsdPerMtok });
      }
      const fit = logLinearFit(
        points.map((point) => ({ year: decimalYear(point.day), value: point.value })),
        params.confidence,
      );
      fallRows.push({
        level: level.id,
        ...groupCells(group),
        fitFrom: points[0]?.day ?? null,
        fitTo: points.at(-1)?.day ?? null,
        n: points.length,
        firstUsdPerMtok: points[0] ? round(points[0].value, 4) : null,
        lastUsdPerMtok: points.at(-1) ? round(points.at(-1)!.value, 4) : null,
        fallPerYear: fit ? significant(1 / fit.factorPerYear) : null,
        fallPerYearLow: fit ? significant(1 / fit.factorPerYearHigh) : null,
        fallPerYearHigh: fit ? significant(1 / fit.factorPerYearLow) : null,
        halvingMonths: fit && fit.oomPerYear < 0 ? round((-12 * Math.log10(2)) / fit.oomPerYear, 1) : null,
        rSquared: fit ? round(fit.rSquared, 3) : null,
      });
    }
  }

  const us = hasBloc(inputs, "us") ? blocGroup("us", inputs.blocs, "blocs") : null;
  const china = hasBloc(inputs, "china") ? blocGroup("china", inputs.blocs, "blocs") : null;
  const gapRows: PriceGapRow[] = [];
  if (us && china) {
    for (const level of levels) {
      for (const day of days) {
        const a = answer(us, level, day).cheapest;
        const b = answer(china, level, day).cheapest;
        const ratio = a && b ? a.blendedUsdPerMtok / b.blendedUsdPerMtok : null;
        gapRows.push({
          date: day,
          level: level.id,
          usUsdPerMtok: a ? round(a.blendedUsdPerMtok, 4) : null,
          usModel: a?.price.model ?? null,
          chinaUsdPerMtok: b ? round(b.blendedUsdPerMtok, 4) : null,
          chinaModel: b?.price.model ?? null,
          usOverChina: ratio === null ? null : round(ratio, 2),
          cheaper: ratio === null ? null : ratio > 1 ? "china" : ratio < 1 ? "us" : "equal",
        });
      }
    }
  }

  const blendText = `${blend.input}:${blend.output}`;
  return series(
    "price-of-capability",
    [
      table(
        "main",
        { en: "Cheapest price per level, bloc and day", nl: "Laagste prijs per niveau, blok en dag" },
        [
          column("date", "Date", "Datum"),
          column("level", "Level", "Niveau"),
          column("levelEci", "Level (ECI)", "Niveau (ECI)", "ECI"),
          column("levelModel", "Level set by", "Niveau van"),
          column("group", "Group", "Groep"),
          column("groupKind", "Group kind", "Soort groep"),
          withRole(
            "value",
            column("cheapestUsdPerMtok", `Cheapest, blended ${blendText}`, `Laagste, gemengd ${blendText}`, usd),
          ),
          column("inputUsdPerMtok", "Input price", "Invoerprijs", usd),
          column("outputUsdPerMtok", "Output price", "Uitvoerprijs", usd),
          withRole("label", column("model", "Model", "Model")),
          column("provider", "Provider", "Aanbieder"),
          column("modelEci", "Model ECI", "ECI van het model", "ECI"),
          column("priceSince", "Price as of", "Prijs sinds"),
          column("thirdPartyHost", "Third-party host", "Externe host"),
          column("sourceId", "Source", "Bron"),
          column("sourceKind", "Source kind", "Soort bron"),
          column("confidence", "Confidence", "Betrouwbaarheid"),
          column("priceId", "Price record", "Prijsrecord"),
        ],
        rows,
      ),
      table(
        "fall",
        { en: "Fall per year of the price of each level", nl: "Daling per jaar van de prijs van elk niveau" },
        [
          column("level", "Level", "Niveau"),
          column("group", "Group", "Groep"),
          column("groupKind", "Group kind", "Soort groep"),
          column("fitFrom", "From", "Van"),
          column("fitTo", "To", "Tot"),
          column("n", "Price changes", "Prijswijzigingen", "prices"),
          column("firstUsdPerMtok", "First price", "Eerste prijs", usd),
          column("lastUsdPerMtok", "Last price", "Laatste prijs", usd),
          withRole("value", column("fallPerYear", "Fall per year (×)", "Daling per jaar (×)", "x/year")),
          withRole("low", column("fallPerYearLow", "Fall per year, low", "Daling per jaar, laag", "x/year")),
          withRole("high", column("fallPerYearHigh", "Fall per year, high", "Daling per jaar, hoog", "x/year")),
          column("halvingMonths", "Months to halve", "Maanden tot halvering", "months"),
          column("rSquared", "R²", "R²"),
        ],
        fallRows,
      ),
      table(
        "gap",
        {
          en: "Cheapest US against cheapest Chinese offer",
          nl: "Goedkoopste Amerikaanse tegen goedkoopste Chinese aanbod",
        },
        [
          column("date", "Date", "Datum"),
          column("level", "Level", "Niveau"),
          column("usUsdPerMtok", "US cheapest", "VS goedkoopst", usd),
          column("usModel", "US model", "Model VS"),
          column("chinaUsdPerMtok", "China cheapest", "China goedkoopst", usd),
          column("chinaModel", "Chinese model", "Model China"),
          column("usOverChina", "US price ÷ Chinese price", "Prijs VS ÷ prijs China", "ratio"),
          column("cheaper", "Cheaper bloc", "Goedkoopste blok"),
        ],
        gapRows,
      ),
    ],
    {
      filters: [
        {
          en: "Curated API list prices (data/prices/) whose model is scored in Epoch AI's Capabilities Index; prices in other currencies converted to US dollars at the dated reference rate shown with each price.",
          nl: "Gecureerde API-catalogusprijzen (data/prices/) waarvan het model een score heeft in de Capabilities Index van Epoch AI; prijzen in andere valuta omgerekend naar dollars tegen de gedateerde referentiekoers die bij elke prijs staat.",
        },
        params.hosts === "include"
          ? {
              en: "Prices of third-party hosts of open-weights models count, under the bloc of the model's developer.",
              nl: "Prijzen van externe hosts van modellen met open gewichten tellen mee, bij het blok van de ontwikkelaar van het model.",
            }
          : {
              en: "Only the developers' own prices count; third-party hosts are left out.",
              nl: "Alleen de eigen prijzen van de ontwikkelaars tellen; externe hosts blijven buiten beschouwing.",
            },
      ],
      attribution: null,
      formula: {
        en: `Blended price = (${blend.input} × input price + ${blend.output} × output price) / ${blend.input + blend.output}, in US dollars per million tokens. On each day, the cheapest blended price in effect among models whose ECI is at least the level's ECI, per bloc of the model's developer. A level is the ECI of GPT-4 (March 2023), of o1 (December 2024), or of the best model released at least a year before the day. Fall per year: ordinary least squares of log10(price) on the date over the days the cheapest offer changed in the whole history (the period shown does not change it), with a ${Math.round(params.confidence * 100)}% interval (Student's t); a fall of 10× means the price is a tenth a year later.`,
        nl: `Gemengde prijs = (${blend.input} × invoerprijs + ${blend.output} × uitvoerprijs) / ${blend.input + blend.output}, in dollars per miljoen tokens. Op elke dag de laagste gemengde prijs die dan geldt onder modellen met een ECI van minstens die van het niveau, per blok van de ontwikkelaar. Een niveau is de ECI van GPT-4 (maart 2023), van o1 (december 2024), of van het beste model dat minstens een jaar voor die dag uitkwam. Daling per jaar: kleinste-kwadratenfit van log10(prijs) op de datum over de dagen waarop het goedkoopste aanbod veranderde in de hele geschiedenis (de getoonde periode verandert die niet), met een ${Math.round(params.confidence * 100)}%-interval (Student-t); een daling van 10× betekent een tiende van de prijs een jaar later.`,
      },
      assumptions: [
        {
          en: "Epoch's Capabilities Index stands in for what a model can do; a model at or above a level is taken to give answers of that level.",
          nl: "De Capabilities Index van Epoch staat voor wat een model kan; een model op of boven een niveau wordt geacht antwoorden van dat niveau te geven.",
        },
        {
          en: "A list price holds from the day it took effect until the next dated change or withdrawal recorded for the same provider and model.",
          nl: "Een catalogusprijs geldt vanaf de dag waarop hij inging tot de volgende gedateerde wijziging of intrekking voor dezelfde aanbieder en hetzelfde model.",
        },
      ],
      caveats: [
        {
          en: "Only the prices curated in data/prices/ count: a cheaper offer we have not recorded (a host, a regional price, a discount, batch or cached input) makes the real cheapest price lower. Each row names its price record and source.",
          nl: "Alleen de prijzen in data/prices/ tellen: een goedkoper aanbod dat we niet hebben vastgelegd (een host, een regionale prijs, korting, batch of gecachte invoer) maakt de werkelijke laagste prijs lager. Elke rij noemt het prijsrecord en de bron.",
        },
        {
          en: "Reasoning models bill their hidden reasoning as output tokens, so the same question can cost them many more tokens than a model without reasoning; the price per million tokens does not show that.",
          nl: "Redeneermodellen rekenen hun verborgen redenering als uitvoertokens, dus dezelfde vraag kan hen veel meer tokens kosten dan een model zonder redenering; de prijs per miljoen tokens laat dat niet zien.",
        },
        {
          en: "The fall per year is fitted on a handful of price changes that follow one another; the interval is wide when there are few, and no fit is given below three.",
          nl: "De daling per jaar is gefit op een handvol prijswijzigingen die op elkaar volgen; het interval is breed als het er weinig zijn, en onder de drie is er geen fit.",
        },
      ],
      n: used.length,
      window: from === null || to === null ? null : { from, to },
      asOf: latestDay(used.map((price) => price.effective)),
      metric: {
        en: "cheapest blended API list price per million tokens at a capability level (Epoch Capabilities Index), USD",
        nl: "laagste gemengde API-catalogusprijs per miljoen tokens op een capaciteitsniveau (Epoch Capabilities Index), USD",
      },
    },
  );
}

/** Three significant digits: factors span orders of magnitude (0.0007× to 1,400×). */
function significant(value: number): number {
  return Number(value.toPrecision(3));
}

function hasBloc(inputs: IndicatorInputs, id: string): boolean {
  return inputs.blocs.some((bloc) => bloc.id === id);
}
