/**
 * Every indicator with its id, titles, descriptions, units and parameter schema, so the API can list,
 * validate and document them, and run one from raw query parameters.
 */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type { PriceObservation } from "../domain/price.js";
import type {
  CapabilityObservation,
  ChipObservation,
  ClusterObservation,
  CompanyMetricObservation,
  DataCenterObservation,
  ModelObservation,
} from "../domain/observations.js";
import { capabilityLag, capabilityLagParams } from "./capability-lag.js";
import { chips, chipsParams } from "./chips.js";
import { dataCentres, dataCentresParams } from "./data-centres.js";
import { economy, economyParams } from "./economy.js";
import { europePosition, europePositionParams } from "./europe-position.js";
import { frontierCompute, frontierComputeParams } from "./frontier-compute.js";
import { frontierLag, frontierLagParams } from "./frontier-lag.js";
import { hostedCompute, hostedComputeParams } from "./hosted-compute.js";
import { installedCompute, installedComputeParams } from "./installed-compute.js";
import { notableModelsPerYear, notableModelsPerYearParams } from "./notable-models-per-year.js";
import { openWeightsShare, openWeightsShareParams } from "./open-weights-share.js";
import { priceAgainstCapability, priceAgainstCapabilityParams } from "./price-against-capability.js";
import { priceOfCapability, priceOfCapabilityParams } from "./price-of-capability.js";
import { IndicatorParamError } from "./params.js";
import { regulatoryThresholds, regulatoryThresholdsParams } from "./regulatory-thresholds.js";
import { INDICATOR_ROWS, type IndicatorId } from "./row-types.js";
import type { IndicatorSeries, Localized } from "./series.js";

/** Everything an indicator may read; the store fills it, the API passes it in. */
export interface IndicatorInputs {
  readonly blocs: readonly Bloc[];
  readonly models: readonly ModelObservation[];
  readonly clusters: readonly ClusterObservation[];
  readonly chips: readonly ChipObservation[];
  readonly dataCenters: readonly DataCenterObservation[];
  readonly companyMetrics: readonly CompanyMetricObservation[];
  readonly prices: readonly PriceObservation[];
  readonly capabilities: readonly CapabilityObservation[];
  /** The day the data describes (the latest snapshot date of the Epoch files); later dates are projections. */
  readonly snapshotDate?: string | null;
}

export type ObservationKind = Exclude<keyof IndicatorInputs, "blocs" | "snapshotDate">;

export interface IndicatorDefinition {
  readonly id: string;
  readonly title: Localized;
  readonly description: Localized;
  /** Units of the main table's value columns. */
  readonly units: readonly string[];
  /** The row type of each table it returns, by table key (row-types.ts). */
  readonly rows: Readonly<Record<string, z.ZodObject>>;
  /** Which observations it reads: the API loads those and cites their sources. */
  readonly reads: readonly ObservationKind[];
  /** Validates raw parameters (query strings allowed) and fills defaults. */
  readonly params: z.ZodType;
  /** Validates the raw parameters, then computes. Bad parameters throw IndicatorParamError. */
  readonly run: (inputs: IndicatorInputs, rawParams: unknown) => IndicatorSeries;
}

/** Parses raw parameters; the first problem becomes an IndicatorParamError naming the parameter. */
export function parseParams<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join(".") || "parameters";
  throw new IndicatorParamError(name, issue.code === "unrecognized_keys" ? "unknown parameter" : issue.message);
}

function define<S extends z.ZodType>(
  definition: Omit<IndicatorDefinition, "id" | "rows" | "params" | "run"> & {
    id: IndicatorId;
    params: S;
    compute: (inputs: IndicatorInputs, params: z.output<S>) => IndicatorSeries;
  },
): IndicatorDefinition {
  const { compute, ...rest } = definition;
  return {
    ...rest,
    rows: INDICATOR_ROWS[definition.id],
    run: (inputs, rawParams) => compute(inputs, parseParams(definition.params, rawParams)),
  };
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  define({
    id: "notable-models-per-year",
    title: { en: "Notable AI models per year", nl: "Opvallende AI-modellen per jaar" },
    description: {
      en: "How many of Epoch AI's notable models each bloc and country published per year, and their share of the world's.",
      nl: "Hoeveel van de opvallende modellen van Epoch AI elk blok en land per jaar publiceerde, en hun aandeel in de wereld.",
    },
    units: ["models", "share"],
    reads: ["models"],
    params: notableModelsPerYearParams,
    compute: notableModelsPerYear,
  }),
  define({
    id: "frontier-compute",
    title: { en: "Frontier training compute", nl: "Trainingsrekenkracht aan de grens" },
    description: {
      en: "The largest training run per bloc over time, and how fast training compute grows per bloc (log-linear fit with a 90% confidence interval).",
      nl: "De grootste trainingsrun per blok door de tijd, en hoe snel de trainingsrekenkracht per blok groeit (log-lineaire trend met een 90%-betrouwbaarheidsinterval).",
    },
    units: ["FLOP", "x/year", "months"],
    reads: ["models"],
    params: frontierComputeParams,
    compute: frontierCompute,
  }),
  define({
    id: "frontier-lag",
    title: { en: "Frontier lag in months", nl: "Achterstand aan de grens in maanden" },
    description: {
      en: "For each month, how long ago the leading bloc first reached the other bloc's largest training run.",
      nl: "Per maand: hoe lang geleden het leidende blok voor het eerst de grootste trainingsrun van het andere blok bereikte.",
    },
    units: ["months", "FLOP"],
    reads: ["models"],
    params: frontierLagParams,
    compute: frontierLag,
  }),
  define({
    id: "capability-lag",
    title: {
      en: "Capability lag in months (Epoch Capabilities Index)",
      nl: "Achterstand in capaciteit in maanden (Epoch Capabilities Index)",
    },
    description: {
      en: "For each month, how long ago the leading bloc first reached the other bloc's best score on Epoch AI's Capabilities Index: the lag in capability, beside the lag in training compute.",
      nl: "Per maand: hoe lang geleden het leidende blok voor het eerst de beste score van het andere blok op de Capabilities Index van Epoch AI bereikte: de achterstand in capaciteit, naast die in trainingsrekenkracht.",
    },
    units: ["months", "ECI"],
    reads: ["capabilities"],
    params: capabilityLagParams,
    compute: capabilityLag,
  }),
  define({
    id: "open-weights-share",
    title: { en: "Open-weights share of notable models", nl: "Aandeel opvallende modellen met open gewichten" },
    description: {
      en: "The share of each bloc's notable models per year whose weights were published.",
      nl: "Het aandeel van de opvallende modellen van elk blok per jaar waarvan de gewichten openbaar zijn.",
    },
    units: ["models", "share"],
    reads: ["models"],
    params: openWeightsShareParams,
    compute: openWeightsShare,
  }),
  define({
    id: "installed-compute",
    title: { en: "Installed AI compute", nl: "Geïnstalleerde AI-rekenkracht" },
    description: {
      en: "AI compute in known GPU clusters per bloc and country over time (H100-equivalents and 16-bit OP/s), shares of the known world total, planned clusters apart, and the largest cluster per bloc.",
      nl: "AI-rekenkracht in bekende GPU-clusters per blok en land door de tijd (H100-equivalenten en 16-bit OP/s), aandelen van het bekende wereldtotaal, geplande clusters apart, en het grootste cluster per blok.",
    },
    units: ["H100e", "OP/s", "share", "clusters"],
    reads: ["clusters"],
    params: installedComputeParams,
    compute: installedCompute,
  }),
  define({
    id: "hosted-compute",
    title: { en: "Hosted AI compute by the owner's bloc", nl: "Gehoste AI-rekenkracht naar blok van de eigenaar" },
    description: {
      en: "For each country where known GPU clusters stand, the share of their H100-equivalents owned by organisations headquartered in the US, China, the EU or elsewhere, on one day.",
      nl: "Per land waar bekende GPU-clusters staan: het aandeel van hun H100-equivalenten in handen van organisaties met hoofdkantoor in de VS, China, de EU of elders, op één dag.",
    },
    units: ["H100e", "share", "clusters"],
    reads: ["clusters"],
    params: hostedComputeParams,
    compute: hostedCompute,
  }),
  define({
    id: "data-centres",
    title: { en: "Frontier AI data centres", nl: "AI-datacentra aan de grens" },
    description: {
      en: "Power, H100-equivalents and capital cost of the largest AI data centres over time, per data centre, owner, country or bloc.",
      nl: "Vermogen, H100-equivalenten en kapitaalkosten van de grootste AI-datacentra door de tijd, per datacentrum, eigenaar, land of blok.",
    },
    units: ["MW", "H100e", "USD (2025)", "data centres"],
    reads: ["dataCenters"],
    params: dataCentresParams,
    compute: dataCentres,
  }),
  define({
    id: "chips",
    title: { en: "Best AI chips by designer country", nl: "Beste AI-chips per land van ontwerp" },
    description: {
      en: "The best accelerator designed in each bloc or country over time, on total processing performance or memory bandwidth.",
      nl: "De beste versneller ontworpen in elk blok of land door de tijd, op totale verwerkingsprestatie of geheugenbandbreedte.",
    },
    units: ["bit-OP/s", "B/s"],
    reads: ["chips"],
    params: chipsParams,
    compute: chips,
  }),
  define({
    id: "economy",
    title: { en: "AI company economy", nl: "Economie van AI-bedrijven" },
    description: {
      en: "Funding raised, valuations, annualised revenue, users, staff and compute spend of leading AI companies, per company and summed per bloc and year.",
      nl: "Opgehaald kapitaal, waarderingen, omzet op jaarbasis, gebruikers, personeel en uitgaven aan rekenkracht van toonaangevende AI-bedrijven, per bedrijf en opgeteld per blok en jaar.",
    },
    units: ["USD", "users", "staff", "companies"],
    reads: ["companyMetrics"],
    params: economyParams,
    compute: economy,
  }),
  define({
    id: "regulatory-thresholds",
    title: {
      en: "Models above the regulatory compute thresholds",
      nl: "Modellen boven de wettelijke rekenkrachtdrempels",
    },
    description: {
      en: "Models trained with more than 10²⁵ FLOP (the EU AI Act's presumption of systemic risk) and 10²⁶ FLOP, and when each bloc first crossed each threshold, with Epoch's confidence label.",
      nl: "Modellen getraind met meer dan 10²⁵ FLOP (het vermoeden van systeemrisico in de EU AI-verordening) en 10²⁶ FLOP, en wanneer elk blok elke drempel voor het eerst overschreed, met het betrouwbaarheidslabel van Epoch.",
    },
    units: ["FLOP", "models"],
    reads: ["models"],
    params: regulatoryThresholdsParams,
    compute: regulatoryThresholds,
  }),
  define({
    id: "europe-position",
    title: { en: "Europe's position", nl: "De positie van Europa" },
    description: {
      en: "Europe against the United States and China on every indicator above, in one table with each bloc's rank.",
      nl: "Europa tegenover de Verenigde Staten en China op elke indicator hierboven, in één tabel met de plaats van elk blok.",
    },
    units: ["models", "FLOP", "x/year", "months", "share", "H100e", "MW", "bit-OP/s", "USD"],
    reads: ["models", "clusters", "chips", "dataCenters", "companyMetrics"],
    params: europePositionParams,
    compute: europePosition,
  }),
  define({
    id: "price-of-capability",
    title: { en: "The price of capability", nl: "De prijs van vermogen" },
    description: {
      en: "What GPT-4-level, o1-level and year-old frontier capability costs per million tokens from the cheapest US, Chinese and European provider over time, how fast that falls per year (log-linear fit with an interval), and the US–China price gap.",
      nl: "Wat vermogen op het niveau van GPT-4, van o1 en van het beste model van een jaar eerder per miljoen tokens kost bij de goedkoopste Amerikaanse, Chinese en Europese aanbieder door de tijd, hoe snel dat per jaar daalt (log-lineaire fit met interval), en het prijsverschil tussen de VS en China.",
    },
    units: ["USD/Mtok", "x/year", "ECI"],
    reads: ["prices", "capabilities"],
    params: priceOfCapabilityParams,
    compute: priceOfCapability,
  }),
  define({
    id: "price-against-capability",
    title: { en: "Price against capability", nl: "Prijs tegenover vermogen" },
    description: {
      en: "On one day, every priced model's blended list price per million tokens against its score on Epoch AI's Capabilities Index, by bloc of the developer.",
      nl: "Op één dag de gemengde catalogusprijs per miljoen tokens van elk geprijsd model tegenover zijn score in de Capabilities Index van Epoch AI, per blok van de ontwikkelaar.",
    },
    units: ["USD/Mtok", "ECI"],
    reads: ["prices", "capabilities"],
    params: priceAgainstCapabilityParams,
    compute: priceAgainstCapability,
  }),
];

export function findIndicator(id: string): IndicatorDefinition | undefined {
  return INDICATORS.find((indicator) => indicator.id === id);
}

/** JSON Schema of an indicator's parameters, for the API's listing and OpenAPI document. */
export function parameterJsonSchema(indicator: IndicatorDefinition): unknown {
  return z.toJSONSchema(indicator.params, { io: "input", unrepresentable: "any" });
}

/** JSON Schema of each table's row, by table key, for the API's listing: the row types travel with the answers. */
export function rowJsonSchemas(indicator: IndicatorDefinition): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(indicator.rows).map(([key, schema]) => [key, z.toJSONSchema(schema, { io: "output" })]),
  );
}
