/**
 * Price against capability on one day: every priced model in effect then, its blended list price per
 * million tokens and its score on Epoch AI's Capabilities Index, one point per provider and model, by bloc
 * of the model's developer.
 */
import { z } from "zod";
import { dayDateSchema } from "../domain/source.js";
import { blendedPrice, eciIndex, parseBlend, priceCapability, pricesInEffect } from "./capability-price.js";
import { groupCells, resolveGroups } from "./groups.js";
import { groupFields, inPeriod, paramsSchema, periodFields } from "./params.js";
import { priceFields } from "./price-params.js";
import type { IndicatorInputs } from "./registry.js";
import { GROUP_CELLS, amount, maybeText, text } from "./rows.js";
import { column, latestDay, series, table, type IndicatorSeries } from "./series.js";
import { round } from "./time-grid.js";

export const priceAgainstCapabilityParams = paramsSchema({
  ...groupFields,
  ...priceFields,
  ...periodFields,
  at: dayDateSchema
    .optional()
    .describe(
      "The day (YYYY-MM-DD); default: the latest day a recorded price took effect, or the end of `to` when earlier.",
    ),
});
export type PriceAgainstCapabilityParams = z.output<typeof priceAgainstCapabilityParams>;

const usd = "USD/Mtok";

/** One priced model of a group on the day: the row type of the main table. */
export const PRICE_POINT_ROW = z.object({
  date: text,
  ...GROUP_CELLS,
  provider: text,
  model: text,
  tier: text,
  eci: amount,
  eciModel: text,
  blendedUsdPerMtok: amount,
  inputUsdPerMtok: amount,
  outputUsdPerMtok: amount,
  currency: text,
  listInputPerMtok: amount,
  listOutputPerMtok: amount,
  rateId: maybeText,
  priceSince: text,
  openWeights: z.boolean(),
  thirdPartyHost: z.boolean(),
  sourceId: text,
  sourceKind: text,
  priceId: text,
});
export type PricePointRow = z.output<typeof PRICE_POINT_ROW>;

export function priceAgainstCapability(inputs: IndicatorInputs, params: PriceAgainstCapabilityParams): IndicatorSeries {
  const blend = parseBlend(params.blend)!;
  const groups = resolveGroups(params, inputs.blocs);
  const eci = eciIndex(inputs.capabilities);
  const latest = inputs.prices.reduce<string | null>(
    (day, price) => (day === null || price.effective > day ? price.effective : day),
    null,
  );
  const endOfPeriod = params.to === undefined ? null : `${params.to}-12-31`;
  const day = params.at ?? (latest !== null && endOfPeriod !== null && endOfPeriod < latest ? endOfPeriod : latest);
  // Like every series, rows are dated inside the period: a day outside it shows nothing.
  const rows: PricePointRow[] = [];
  let n = 0;
  const shownDay = day !== null && inPeriod(day, params) ? day : null;
  for (const price of shownDay === null ? [] : pricesInEffect(inputs.prices, shownDay)) {
    if (params.hosts === "exclude" && price.thirdPartyHost) continue;
    const capability = priceCapability(price, eci);
    if (capability === null) continue;
    const inGroups = groups.filter(
      (group) => price.developerCountry !== null && group.members.has(price.developerCountry),
    );
    if (inGroups.length > 0) n += 1;
    for (const group of inGroups) {
      rows.push({
        date: shownDay!,
        ...groupCells(group),
        provider: price.providerName,
        model: price.model,
        tier: price.tier,
        eci: round(capability.eci, 1),
        eciModel: capability.name,
        blendedUsdPerMtok: round(blendedPrice(price.inputUsdPerMtok, price.outputUsdPerMtok, blend), 4),
        inputUsdPerMtok: round(price.inputUsdPerMtok, 4),
        outputUsdPerMtok: round(price.outputUsdPerMtok, 4),
        currency: price.currency,
        listInputPerMtok: price.inputPerMtok,
        listOutputPerMtok: price.outputPerMtok,
        rateId: price.rateId,
        priceSince: price.effective,
        openWeights: price.openWeights,
        thirdPartyHost: price.thirdPartyHost,
        sourceId: price.sourceId,
        sourceKind: price.sourceKind,
        priceId: price.id,
      });
    }
  }
  rows.sort((a, b) => Number(b.eci) - Number(a.eci) || Number(a.blendedUsdPerMtok) - Number(b.blendedUsdPerMtok));
  const blendText = `${blend.input}:${blend.output}`;
  return series(
    "price-against-capability",
    [
      table(
        "main",
        { en: "Price against capability", nl: "Prijs tegenover vermogen" },
        [
          column("date", "Date", "Datum"),
          column("group", "Group", "Groep"),
          column("groupKind", "Group kind", "Soort groep"),
          column("provider", "Provider", "Aanbieder"),
          column("model", "Model", "Model"),
          column("tier", "Tier", "Segment"),
          column("eci", "ECI", "ECI", "ECI"),
          column("eciModel", "Scored as", "Gescoord als"),
          column("blendedUsdPerMtok", `Blended price ${blendText}`, `Gemengde prijs ${blendText}`, usd),
          column("inputUsdPerMtok", "Input price", "Invoerprijs", usd),
          column("outputUsdPerMtok", "Output price", "Uitvoerprijs", usd),
          column("currency", "List currency", "Valuta van de lijst"),
          column("listInputPerMtok", "Listed input price", "Vermelde invoerprijs", "per Mtok"),
          column("listOutputPerMtok", "Listed output price", "Vermelde uitvoerprijs", "per Mtok"),
          column("rateId", "Exchange rate used", "Gebruikte wisselkoers"),
          column("priceSince", "Price as of", "Prijs sinds"),
          column("openWeights", "Open weights", "Open gewichten"),
          column("thirdPartyHost", "Third-party host", "Externe host"),
          column("sourceId", "Source", "Bron"),
          column("sourceKind", "Source kind", "Soort bron"),
          column("priceId", "Price record", "Prijsrecord"),
        ],
        rows,
      ),
    ],
    {
      filters: [
        {
          en: `The curated list prices in effect on ${day ?? "the chosen day"} whose model is scored in Epoch AI's Capabilities Index, for the chosen blocs (by the developer's headquarters).`,
          nl: `De gecureerde catalogusprijzen die op ${day ?? "de gekozen dag"} golden en waarvan het model een score heeft in de Capabilities Index van Epoch AI, voor de gekozen blokken (naar het hoofdkantoor van de ontwikkelaar).`,
        },
      ],
      attribution: null,
      formula: {
        en: `Blended price = (${blend.input} × input price + ${blend.output} × output price) / ${blend.input + blend.output}, in US dollars per million tokens; ECI = the highest score among the model versions the priced model serves.`,
        nl: `Gemengde prijs = (${blend.input} × invoerprijs + ${blend.output} × uitvoerprijs) / ${blend.input + blend.output}, in dollars per miljoen tokens; ECI = de hoogste score onder de modelversies die het geprijsde model levert.`,
      },
      assumptions: [
        {
          en: "A list price holds until the next dated change or withdrawal recorded for the same provider and model.",
          nl: "Een catalogusprijs geldt tot de volgende gedateerde wijziging of intrekking voor dezelfde aanbieder en hetzelfde model.",
        },
      ],
      caveats: [
        {
          en: "Prices we have not recorded are missing; discounts, batch and cached-input prices are left out.",
          nl: "Prijzen die we niet hebben vastgelegd ontbreken; kortingen, batch- en cacheprijzen blijven buiten beschouwing.",
        },
      ],
      n,
      window: day === null ? null : { from: Number(day.slice(0, 4)), to: Number(day.slice(0, 4)) },
      asOf:
        day === null ? null : latestDay(inputs.prices.map((price) => price.effective).filter((date) => date <= day)),
      metric: {
        en: "blended API list price per million tokens against the Epoch Capabilities Index, USD",
        nl: "gemengde API-catalogusprijs per miljoen tokens tegenover de Epoch Capabilities Index, USD",
      },
    },
  );
}
