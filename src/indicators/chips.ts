/**
 * Indicator 7: the best AI accelerator by designer country (and bloc) over time, on total processing
 * performance (TPP) or memory bandwidth: the record-setting chips per group.
 */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type { ChipObservation } from "../domain/observations.js";
import { groupCells, resolveGroups } from "./groups.js";
import { groupFields, history, inPeriod, paramsSchema, periodFields } from "./params.js";
import { recordSteps } from "./running-max.js";
import { GROUP_CELLS, amount, maybeAmount, maybeText, text } from "./rows.js";
import { column, series, table, withRole, type IndicatorSeries, latestDay } from "./series.js";
import { windowOf } from "./time-grid.js";

export const chipsParams = paramsSchema({
  ...groupFields,
  ...periodFields,
  metric: z
    .enum(["tpp", "memoryBandwidth"], { error: "metric must be tpp or memoryBandwidth" })
    .default("tpp")
    .describe("Total processing performance (tpp) or memory bandwidth."),
});
export type ChipsParams = z.output<typeof chipsParams>;

const METRICS = {
  tpp: {
    value: (chip: ChipObservation) => chip.tppBitOps,
    unit: "bit-OP/s",
    label: { en: "Total processing performance", nl: "Totale verwerkingsprestatie" },
  },
  memoryBandwidth: {
    value: (chip: ChipObservation) => chip.memoryBandwidthBytesPerSecond,
    unit: "B/s",
    label: { en: "Memory bandwidth", nl: "Geheugenbandbreedte" },
  },
} as const;

/** A record-setting chip of one group: the row type of the main table (`value` is the chosen metric). */
export const CHIP_RECORD_ROW = z.object({
  date: text,
  ...GROUP_CELLS,
  chip: text,
  manufacturer: maybeText,
  designerCountry: text,
  value: amount,
  previousRecord: maybeAmount,
});
export type ChipRecordRow = z.output<typeof CHIP_RECORD_ROW>;

export function chips(
  input: { readonly chips: readonly ChipObservation[]; readonly blocs: readonly Bloc[] },
  params: ChipsParams,
): IndicatorSeries {
  const groups = resolveGroups(params, input.blocs);
  const metric = METRICS[params.metric];
  const kept = input.chips.filter(
    (chip): chip is ChipObservation & { releaseDate: string; designerCountry: string } =>
      chip.releaseDate !== null &&
      chip.designerCountry !== null &&
      (metric.value(chip) ?? 0) > 0 &&
      inPeriod(chip.releaseDate, history(params)),
  );
  const rows = groups.flatMap((group) =>
    recordSteps(
      kept
        .filter((chip) => group.members.has(chip.designerCountry))
        .map((chip) => ({ date: chip.releaseDate, value: metric.value(chip)!, name: chip.name, item: chip })),
    )
      // Records run over the whole history; `from` only cuts the rows shown.
      .filter((step) => inPeriod(step.date, params))
      .map((step): ChipRecordRow => ({
        date: step.date,
        ...groupCells(group),
        chip: step.item.name,
        manufacturer: step.item.manufacturer,
        designerCountry: step.item.designerCountry,
        value: step.value,
        previousRecord: step.previous,
      })),
  );
  return series(
    "chips",
    [
      table(
        "main",
        {
          en: `Best accelerator by designer country: ${metric.label.en}`,
          nl: `Beste versneller per land van ontwerp: ${metric.label.nl}`,
        },
        [
          column("date", "Release date", "Uitgebracht"),
          column("group", "Bloc or country", "Blok of land"),
          column("groupKind", "Kind", "Soort"),
          withRole("label", column("chip", "Chip that set the record", "Chip die het record zette")),
          column("manufacturer", "Manufacturer", "Fabrikant"),
          column("designerCountry", "Designer country", "Land van ontwerp"),
          withRole("value", column("value", metric.label.en, metric.label.nl, metric.unit)),
          column("previousRecord", "Previous record", "Vorig record", metric.unit),
        ],
        rows,
      ),
    ],
    {
      filters: [
        {
          en: "Epoch AI's machine learning hardware dataset.",
          nl: "De dataset hardware voor machinaal leren van Epoch AI.",
        },
        {
          en: `Chips with a release date inside the period, a known designer country and a ${metric.label.en.toLowerCase()} figure.`,
          nl: `Chips met een releasedatum binnen de periode, een bekend land van ontwerp en een waarde voor ${metric.label.nl.toLowerCase()}.`,
        },
      ],
      attribution: null,
      formula: {
        en: `Per group, chips in release order: a chip sets a record when its ${metric.label.en.toLowerCase()} (${metric.unit}) exceeds every earlier chip designed in the group (ties keep the earlier chip). TPP is Epoch's figure as used by US export controls: 2 × MacTOPS × bit length of the operation, at the format that maximises it.`,
        nl: `Per groep, chips in volgorde van release: een chip zet een record wanneer zijn ${metric.label.nl.toLowerCase()} (${metric.unit}) groter is dan die van elke eerdere chip die in de groep is ontworpen (bij gelijkstand houdt de eerdere chip het record). TPP is Epochs waarde zoals de Amerikaanse exportregels die gebruiken: 2 × MacTOPS × bitlengte van de bewerking, in het formaat dat die het grootst maakt.`,
      },
      assumptions: [
        {
          en: "A chip belongs to the country where its designer has its headquarters, not where it is made (most leading chips are made in Taiwan).",
          nl: "Een chip hoort bij het land van het hoofdkantoor van de ontwerper, niet waar hij gemaakt wordt (de meeste toonaangevende chips komen uit Taiwan).",
        },
      ],
      caveats: [
        {
          en: "Specifications are as announced; chips sold in restricted markets may be cut down versions.",
          nl: "Specificaties zijn zoals aangekondigd; chips voor markten met exportbeperkingen kunnen afgeslankte versies zijn.",
        },
      ],
      n: kept.length,
      asOf: latestDay(kept.map((chip) => chip.releaseDate)),
      metric: {
        en: `best accelerator by designer country, ${metric.label.en}`,
        nl: `beste versneller naar land van ontwerp, ${metric.label.nl}`,
      },
      window: windowOf(
        kept.map((chip) => chip.releaseDate),
        params,
      ),
    },
  );
}
