/** Builders of small hand-made observations for the indicator tests; every field not given is empty. */
import type { Bloc } from "../domain/bloc.js";
import type {
  ChipObservation,
  ClusterObservation,
  CompanyMetricObservation,
  DataCenterObservation,
  ModelObservation,
} from "../domain/observations.js";

const provenance = { sourceId: "test", row: 1 };

export function bloc(id: string, members: readonly string[], derived = false): Bloc {
  return { id, nameEn: id, nameNl: id, rest: false, derived, colour: null, members };
}

export const BLOCS: readonly Bloc[] = [
  bloc("us", ["US"]),
  bloc("china", ["CN", "HK"]),
  bloc("eu", ["DE", "FR", "NL"]),
  bloc("uk", ["GB"]),
  bloc("europe", ["DE", "FR", "NL", "GB", "CH"], true),
];

export function model(fields: Partial<ModelObservation> & Pick<ModelObservation, "name">): ModelObservation {
  return {
    id: fields.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    dataset: "notable",
    date: null,
    datePrecision: fields.date ? "day" : null,
    organizations: [],
    developerCountries: [],
    trainingComputeFlop: null,
    parameters: null,
    confidence: null,
    accessibility: null,
    domains: [],
    provenance,
    ...fields,
  };
}

export function cluster(fields: Partial<ClusterObservation> & Pick<ClusterObservation, "name">): ClusterObservation {
  return {
    id: fields.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    status: "Existing",
    certainty: "Confirmed",
    countries: [],
    owners: [],
    ownerCountries: [],
    firstOperational: null,
    decommissioned: null,
    h100Equivalents: null,
    opsPerSecond16Bit: null,
    powerMw: null,
    hardwareCostUsd: null,
    possibleDuplicate: false,
    inStandardAnalysis: true,
    provenance,
    ...fields,
  };
}

export function chip(fields: Partial<ChipObservation> & Pick<ChipObservation, "name">): ChipObservation {
  return {
    id: fields.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    manufacturer: null,
    designerCountry: null,
    releaseDate: null,
    tppBitOps: null,
    memoryBandwidthBytesPerSecond: null,
    provenance,
    ...fields,
  };
}

export function dataCenter(
  fields: Partial<DataCenterObservation> & Pick<DataCenterObservation, "name" | "date">,
): DataCenterObservation {
  return {
    id: fields.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    owners: [],
    country: null,
    powerMw: null,
    h100Equivalents: null,
    capitalCostUsd2025: null,
    provenance,
    ...fields,
  };
}

export function companyMetric(
  fields: Partial<CompanyMetricObservation> & Pick<CompanyMetricObservation, "company" | "metric" | "value">,
): CompanyMetricObservation {
  return {
    reportId: `${fields.company}-${fields.metric}-${fields.date ?? "undated"}`,
    kind: "funding_round",
    country: null,
    date: null,
    unit: "USD",
    confidence: null,
    provenance,
    ...fields,
  };
}

/** Rows of a table reduced to the named keys, for compact expectations. */
export function pick(
  rows: readonly Readonly<Record<string, unknown>>[],
  keys: readonly string[],
): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key]])));
}
