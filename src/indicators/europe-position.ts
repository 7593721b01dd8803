/**
 * Indicator 10: Europe's position. One summary table of Europe against its rivals on every other
 * indicator, computed by calling those indicators with the same period and attribution rule.
 */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type {
  ChipObservation,
  ClusterObservation,
  CompanyMetricObservation,
  DataCenterObservation,
  ModelObservation,
} from "../domain/observations.js";
import { CHIP_RECORD_ROW, chips, chipsParams } from "./chips.js";
import { DATA_CENTRES_ROW, dataCentres, dataCentresParams } from "./data-centres.js";
import { COMPANY_REPORT_ROW, ECONOMY_GROUP_ROW, economy, economyParams } from "./economy.js";
import {
  FRONTIER_GROWTH_ROW,
  FRONTIER_RECORD_ROW,
  frontierCompute,
  frontierComputeParams,
} from "./frontier-compute.js";
import { FRONTIER_LAG_ROW, frontierLag, frontierLagParams } from "./frontier-lag.js";
import { blocGroup } from "./groups.js";
import { INSTALLED_COMPUTE_ROW, installedCompute, installedComputeParams } from "./installed-compute.js";
import { NOTABLE_MODELS_ROW, notableModelsPerYear, notableModelsPerYearParams } from "./notable-models-per-year.js";
import { OPEN_WEIGHTS_ROW, openWeightsShare, openWeightsShareParams } from "./open-weights-share.js";
import { attributionField, blocIdSchema, listOf, paramsSchema, periodFields } from "./params.js";
import { FIRST_CROSSING_ROW, regulatoryThresholds, regulatoryThresholdsParams } from "./regulatory-thresholds.js";
import { GROUP_CELLS, amount, maybeAmount, maybeText, rowsAs, text } from "./rows.js";
import { column, series, table, type IndicatorSeries, type Localized, latestDay } from "./series.js";

export const europePositionParams = paramsSchema({
  europe: blocIdSchema.default("eu").describe("The bloc that stands for Europe (eu, or europe for EU + UK + CH + NO)."),
  rivals: listOf(blocIdSchema)
    .default(["us", "china"])
    .describe("Blocs to compare with; the first is the leader for the frontier lag."),
  ...periodFields,
  ...attributionField,
});
export type EuropePositionParams = z.output<typeof europePositionParams>;

export interface EuropePositionInput {
  readonly blocs: readonly Bloc[];
  readonly models: readonly ModelObservation[];
  readonly clusters: readonly ClusterObservation[];
  readonly chips: readonly ChipObservation[];
  readonly dataCenters: readonly DataCenterObservation[];
  readonly companyMetrics: readonly CompanyMetricObservation[];
  readonly snapshotDate?: string | null;
}

/** One bloc on one measure: the row type of the main table. */
export const POSITION_ROW = z.object({
  indicator: text,
  measure: text,
  labelEn: text,
  labelNl: text,
  group: GROUP_CELLS.group,
  isEurope: z.boolean(),
  value: maybeAmount,
  unit: text,
  rank: maybeAmount,
  tie: z.boolean(),
  detail: maybeText,
  asOf: maybeText,
});
export type PositionRow = z.output<typeof POSITION_ROW>;

/** The method of one part: the row type of the "parts" table. */
export const POSITION_PART_ROW = z.object({
  indicator: text,
  n: amount,
  windowFrom: maybeAmount,
  windowTo: maybeAmount,
  formulaEn: text,
  formulaNl: text,
});
export type PositionPartRow = z.output<typeof POSITION_PART_ROW>;

interface Reading {
  readonly value: number | null;
  /** What the value refers to: a model, a chip, a count. */
  readonly detail: string | null;
  /** The date or period the value stands at. */
  readonly asOf: string | null;
}

interface Measure {
  readonly key: string;
  readonly label: Localized;
  readonly unit: string;
  /** The value for one bloc, with what it refers to (a model, a chip, a year). */
  readonly read: (group: string) => Reading;
}

interface Part {
  readonly series: IndicatorSeries;
  readonly measures: readonly Measure[];
}

const EMPTY: Reading = { value: null, detail: null, asOf: null };
/** Parts share texts (frontier compute and lag have the same caveats): say each once. */
const distinct = (texts: readonly Localized[]) => [...new Map(texts.map((text) => [text.en, text])).values()];

function parts(input: EuropePositionInput, params: EuropePositionParams, blocs: readonly string[]): Part[] {
  const common = { blocs, from: params.from, to: params.to, attribution: params.attribution };
  // Records, lags, levels and first crossings stand at the end of the period whatever its start: those parts
  // read the whole history up to `to`; only the measures "in the period" use `from`.
  const upToEnd = { blocs, to: params.to, attribution: params.attribution };
  const period = { to: params.to };
  const [leader, ...followers] = [...params.rivals, params.europe];
  // The leader by its name in each language ("the United States", not the id "us").
  const leaderBloc = input.blocs.find((b) => b.id === leader);
  const leaderName = { en: leaderBloc?.nameEn ?? leader, nl: leaderBloc?.nameNl ?? leader };
  const groupMembers = (id: string) => new Set(input.blocs.find((b) => b.id === id)?.members ?? []);

  const models = notableModelsPerYear(input, notableModelsPerYearParams.parse(common));
  const compute = frontierCompute(input, frontierComputeParams.parse(upToEnd));
  const lag = frontierLag(
    input,
    frontierLagParams.parse({ leader, followers, ...period, attribution: params.attribution }),
  );
  const open = openWeightsShare(input, openWeightsShareParams.parse(common));
  const clusters = installedCompute(input, installedComputeParams.parse(upToEnd));
  const centres = dataCentres(input, dataCentresParams.parse({ blocs, ...period, by: "bloc" }));
  const chipRecords = chips(input, chipsParams.parse({ blocs, ...period }));
  const thresholds = regulatoryThresholds(input, regulatoryThresholdsParams.parse({ ...upToEnd, thresholds: [1e25] }));
  const hasFunding = input.companyMetrics.some((m) => m.metric === "funding_equity");
  const funding = hasFunding
    ? economy(input, economyParams.parse({ blocs, from: params.from, to: params.to, metric: "funding_equity" }))
    : null;

  // Each part's tables read once, through their declared row types.
  const modelRows = rowsAs(models, "main", NOTABLE_MODELS_ROW);
  const recordRows = rowsAs(compute, "main", FRONTIER_RECORD_ROW);
  const growthRows = rowsAs(compute, "growth", FRONTIER_GROWTH_ROW);
  const latestLags = rowsAs(lag, "latest", FRONTIER_LAG_ROW);
  const openRows = rowsAs(open, "main", OPEN_WEIGHTS_ROW);
  const clusterRows = rowsAs(clusters, "main", INSTALLED_COMPUTE_ROW);
  const centreRows = rowsAs(centres, "main", DATA_CENTRES_ROW);
  const chipRows = rowsAs(chipRecords, "main", CHIP_RECORD_ROW);
  const crossingRows = rowsAs(thresholds, "firstCrossing", FIRST_CROSSING_ROW);
  const fundingByGroup = funding ? rowsAs(funding, "byGroup", ECONOMY_GROUP_ROW) : [];
  const fundingReports = funding ? rowsAs(funding, "main", COMPANY_REPORT_ROW) : [];

  const result: Part[] = [
    {
      series: models,
      measures: [
        {
          key: "notableModelsLatestYear",
          // The year is in asOf; the label stays the same whatever the period.
          label: { en: "Notable models in the latest year", nl: "Opvallende modellen in het laatste jaar" },
          unit: "models",
          read: (g) => {
            const row = modelRows.findLast((r) => r.group === g);
            return row ? { value: row.models, detail: null, asOf: String(row.year) } : EMPTY;
          },
        },
        {
          key: "notableModelsPeriod",
          label: { en: "Notable models in the period", nl: "Opvallende modellen in de periode" },
          unit: "models",
          read: (g) => ({
            value: modelRows.filter((r) => r.group === g).reduce((s, r) => s + r.models, 0),
            detail: null,
            asOf: null,
          }),
        },
      ],
    },
    {
      series: compute,
      measures: [
        {
          key: "largestTrainingRun",
          label: { en: "Largest training run to date", nl: "Grootste trainingsrun tot nu toe" },
          unit: "FLOP",
          read: (g) => {
            const row = recordRows.findLast((r) => r.group === g);
            return row ? { value: row.trainingComputeFlop, detail: row.model, asOf: row.date } : EMPTY;
          },
        },
        {
          key: "computeGrowth",
          label: { en: "Growth of training compute per year", nl: "Groei van de trainingsrekenkracht per jaar" },
          unit: "x/year",
          read: (g) => {
            const row = growthRows.find((r) => r.group === g);
            if (!row) return EMPTY;
            const ci =
              row.factorPerYear === null
                ? null
                : `90% CI ${row.factorPerYearLow}–${row.factorPerYearHigh}, n = ${row.n}`;
            return { value: row.factorPerYear, detail: ci, asOf: `${row.fitFrom}–${row.fitTo}` };
          },
        },
      ],
    },
    {
      series: lag,
      measures: [
        {
          key: "frontierLag",
          label: { en: `Frontier lag behind ${leaderName.en}`, nl: `Achterstand op ${leaderName.nl}` },
          unit: "months",
          read: (g) => {
            // The leader is the reference (no lag behind itself) once any lag is measured, so a tie between the
            // others is a shared second place, never a first.
            if (g === leader)
              return latestLags.length ? { value: 0, detail: "reference", asOf: latestLags[0]!.date } : EMPTY;
            const row = latestLags.find((r) => r.follower === g);
            return row ? { value: row.lagMonths, detail: row.followerBestModel, asOf: row.date } : EMPTY;
          },
        },
      ],
    },
    {
      series: open,
      measures: [
        {
          key: "openWeightsShare",
          label: { en: "Open-weights share of notable models, last year", nl: "Aandeel open gewichten, laatste jaar" },
          unit: "share",
          read: (g) => {
            const row = openRows.findLast((r) => r.group === g);
            return row
              ? { value: row.openShare, detail: `${row.openModels} / ${row.models}`, asOf: String(row.year) }
              : EMPTY;
          },
        },
      ],
    },
    {
      series: clusters,
      measures: (["h100Equivalents", "shareOfWorldH100e"] as const).map((key) => ({
        key: key === "h100Equivalents" ? "installedH100e" : "installedShareOfWorld",
        label:
          key === "h100Equivalents"
            ? { en: "Installed AI compute (known clusters)", nl: "Geïnstalleerde AI-rekenkracht (bekende clusters)" }
            : { en: "Share of known world AI compute", nl: "Aandeel van de bekende AI-rekenkracht in de wereld" },
        unit: key === "h100Equivalents" ? "H100e" : "share",
        read: (g: string) => {
          const row = clusterRows.findLast((r) => r.group === g && r.status === "operational");
          // asOf is the latest data behind the figure (the newest cluster), not the snapshot day it is read on.
          return row && row[key] !== null
            ? { value: row[key], detail: `on ${row.date}`, asOf: row.asOf ?? row.date }
            : EMPTY;
        },
      })),
    },
    {
      series: centres,
      measures: [
        {
          key: "dataCentrePower",
          label: { en: "Power of tracked frontier data centres", nl: "Vermogen van de gevolgde AI-datacentra" },
          unit: "MW",
          read: (g) => {
            // Measured states only: Epoch's projections after the snapshot are never ranked against them.
            const row = centreRows.findLast((r) => r.group === g && !r.projected);
            return row && row.dataCentres ? { value: row.powerMw, detail: null, asOf: row.date } : EMPTY;
          },
        },
      ],
    },
    {
      series: chipRecords,
      measures: [
        {
          key: "bestChipTpp",
          label: {
            en: "Best accelerator designed in the bloc (TPP)",
            nl: "Beste versneller ontworpen in het blok (TPP)",
          },
          unit: "bit-OP/s",
          read: (g) => {
            const row = chipRows.findLast((r) => r.group === g);
            return row ? { value: row.value, detail: row.chip, asOf: row.date } : EMPTY;
          },
        },
      ],
    },
    {
      series: thresholds,
      measures: [
        {
          key: "modelsAbove1e25",
          label: { en: "Models above 10²⁵ FLOP", nl: "Modellen boven 10²⁵ FLOP" },
          unit: "models",
          read: (g) => {
            const row = crossingRows.find((r) => r.group === g)!;
            return { value: row.modelsAbove, detail: row.firstModel, asOf: row.firstDate };
          },
        },
      ],
    },
  ];
  if (funding) {
    result.push({
      series: funding,
      measures: [
        {
          key: "fundingRaised",
          label: {
            en: "Equity funding raised in the period (tracked companies)",
            nl: "Opgehaald eigen vermogen in de periode (gevolgde bedrijven)",
          },
          unit: "USD",
          read: (g) => {
            // A bloc none of whose companies Epoch tracks has no value at all (null), not USD 0.
            const values = fundingByGroup.filter((r) => r.group === g).map((r) => r.value);
            if (!values.some((v) => v !== null)) return EMPTY;
            const dates = fundingReports
              .filter((r) => r.country !== null && groupMembers(g).has(r.country))
              .map((r) => r.date);
            return {
              value: values.reduce<number>((sum, v) => sum + (v ?? 0), 0),
              detail: null,
              asOf: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null,
            };
          },
        },
      ],
    });
  }
  return result;
}

export function europePosition(input: EuropePositionInput, params: EuropePositionParams): IndicatorSeries {
  blocGroup(params.europe, input.blocs, "europe");
  for (const rival of params.rivals) blocGroup(rival, input.blocs, "rivals");
  const blocs = [...new Set([params.europe, ...params.rivals])];
  const computed = parts(input, params, blocs);
  const rows: PositionRow[] = [];
  for (const part of computed) {
    for (const measure of part.measures) {
      const values = blocs.map((group) => ({ group, ...measure.read(group) }));
      // Rank 1 is the highest value, except for lag, where the smallest lag leads.
      const better = (a: number, b: number) => (measure.key === "frontierLag" ? a < b : a > b);
      for (const entry of values) {
        const rank =
          entry.value === null
            ? null
            : 1 + values.filter((other) => other.value !== null && better(other.value, entry.value!)).length;
        const tie = entry.value !== null && values.some((other) => other !== entry && other.value === entry.value);
        rows.push({
          indicator: part.series.id,
          measure: measure.key,
          labelEn: measure.label.en,
          labelNl: measure.label.nl,
          group: entry.group,
          isEurope: entry.group === params.europe,
          value: entry.value,
          unit: measure.unit,
          rank,
          tie,
          detail: entry.detail,
          asOf: entry.asOf,
        });
      }
    }
  }
  const partRows = computed.map((part): PositionPartRow => ({
    indicator: part.series.id,
    n: part.series.method.n,
    windowFrom: part.series.method.window?.from ?? null,
    windowTo: part.series.method.window?.to ?? null,
    formulaEn: part.series.method.formula.en,
    formulaNl: part.series.method.formula.nl,
  }));
  const windows = computed.map((part) => part.series.method.window).filter((w) => w !== null);
  return series(
    "europe-position",
    [
      table(
        "main",
        { en: "Europe's position", nl: "De positie van Europa" },
        [
          column("indicator", "Indicator", "Indicator"),
          column("measure", "Measure", "Maatstaf"),
          column("labelEn", "Measure (English)", "Maatstaf (Engels)"),
          column("labelNl", "Measure (Dutch)", "Maatstaf (Nederlands)"),
          column("group", "Bloc", "Blok"),
          column("isEurope", "Europe", "Europa"),
          column("value", "Value", "Waarde"),
          column("unit", "Unit", "Eenheid"),
          column("rank", "Rank", "Plaats", "rank"),
          column("tie", "Rank shared", "Plaats gedeeld"),
          column("detail", "Detail", "Toelichting"),
          column("asOf", "As of", "Stand op"),
        ],
        rows,
      ),
      table(
        "parts",
        { en: "Methods of the parts", nl: "Methoden van de onderdelen" },
        [
          column("indicator", "Indicator", "Indicator"),
          column("n", "Records", "Records", "records"),
          column("windowFrom", "From", "Van", "year"),
          column("windowTo", "To", "Tot en met", "year"),
          column("formulaEn", "Formula (English)", "Formule (Engels)"),
          column("formulaNl", "Formula (Dutch)", "Formule (Nederlands)"),
        ],
        partRows,
      ),
    ],
    {
      filters: [
        {
          en: `Each part runs its own indicator for the blocs ${blocs.join(", ")} with the same period and attribution rule; their filters apply.`,
          nl: `Elk onderdeel draait zijn eigen indicator voor de blokken ${blocs.join(", ")} met dezelfde periode en toerekeningsregel; hun filters gelden.`,
        },
      ],
      attribution: computed[0]!.series.method.attribution,
      formula: {
        en: "For each measure, the value of each bloc at the latest date its indicator reports (or summed over the period where stated), and the bloc's rank among those compared (1 = largest; for the frontier lag, 1 = smallest lag). n is the sum of the parts' n.",
        nl: "Per maatstaf de waarde van elk blok op de laatste datum die de indicator meldt (of opgeteld over de periode waar dat staat), en de plaats van het blok onder de vergeleken blokken (1 = grootste; bij de achterstand 1 = kleinste achterstand). n is de som van de n van de onderdelen.",
      },
      assumptions: distinct(computed.flatMap((part) => part.series.method.assumptions)),
      caveats: distinct(computed.flatMap((part) => part.series.method.caveats)),
      n: computed.reduce((sum, part) => sum + part.series.method.n, 0),
      asOf: latestDay(computed.map((part) => part.series.method.asOf)),
      metric: { en: "each part's own metric (see its row)", nl: "de eigen maatstaf van elk onderdeel (zie de rij)" },
      window: windows.length
        ? { from: Math.min(...windows.map((w) => w.from)), to: Math.max(...windows.map((w) => w.to)) }
        : null,
    },
  );
}
