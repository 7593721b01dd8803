/**
 * Records as the indicators see them: plain, normalised, one per stored row, each carrying its provenance.
 * The store hands these out; pure code computes on them. Dates are ISO days (the first day a partial date
 * covers) with their precision kept alongside; numbers are SI or US dollars as Epoch states them.
 */
import type { DatePrecision } from "./partial-date.js";

export interface Provenance {
  /** Source id of the dataset or curated file, e.g. "epoch-notable-ai-models". */
  readonly sourceId: string;
  /** 1-based line of the record in its file (CSV: the line where the row starts). */
  readonly row: number;
}

/** Country shares under a rule: "any" gives every developer country weight 1; "fractional" gives 1/n per developer. */
export type AttributionRule = "any" | "fractional";

export interface CountryWeight {
  readonly country: string; // ISO 3166-1 alpha-2
  readonly weight: number; // 1 under the any-developer rule; 1/n (summed over repeats) under the fractional rule
}

export type EpochConfidence = "Confident" | "Likely" | "Speculative" | "Unknown" | "Unverified";

export interface ModelObservation {
  readonly id: string;
  readonly dataset: "notable" | "large_scale" | "frontier";
  readonly name: string;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly organizations: readonly string[]; // organisation ids
  /** One entry per developer listed by Epoch, in order (repeats kept), for both attribution rules. */
  readonly developerCountries: readonly string[];
  readonly trainingComputeFlop: number | null;
  readonly parameters: number | null;
  readonly confidence: EpochConfidence | null;
  /** Epoch's label, e.g. "Open weights (unrestricted)", "API access", "Unreleased". */
  readonly accessibility: string | null;
  readonly domains: readonly string[];
  readonly provenance: Provenance;
}

export type ClusterStatus = "Existing" | "Planned" | "Decommissioned";

export interface ClusterObservation {
  readonly id: string;
  readonly name: string;
  readonly status: ClusterStatus;
  readonly certainty: string | null;
  readonly countries: readonly string[];
  readonly owners: readonly string[]; // organisation ids
  /** Headquarters country of each owner, in the order of `owners`; null where the registry has none. */
  readonly ownerCountries: readonly (string | null)[];
  readonly firstOperational: string | null;
  readonly decommissioned: string | null;
  readonly h100Equivalents: number | null;
  readonly opsPerSecond16Bit: number | null;
  readonly powerMw: number | null;
  readonly hardwareCostUsd: number | null;
  readonly possibleDuplicate: boolean;
  readonly inStandardAnalysis: boolean;
  readonly provenance: Provenance;
}

export interface ChipObservation {
  readonly id: string;
  readonly name: string;
  readonly manufacturer: string | null;
  /** HQ country of the designer (from the organisation registry), null when unknown. */
  readonly designerCountry: string | null;
  readonly releaseDate: string | null;
  readonly tppBitOps: number | null; // Epoch's "Total processing performance (bit-OP/s)"
  readonly memoryBandwidthBytesPerSecond: number | null;
  readonly provenance: Provenance;
}

export interface DataCenterObservation {
  readonly id: string; // Epoch handle, slugged
  readonly name: string;
  readonly owners: readonly string[];
  readonly country: string | null;
  readonly date: string;
  readonly powerMw: number | null;
  readonly h100Equivalents: number | null;
  readonly capitalCostUsd2025: number | null; // billions converted to dollars
  readonly provenance: Provenance;
}

/** A model version's score on Epoch AI's Capabilities Index (ECI), a common scale across many benchmarks. */
export interface CapabilityObservation {
  readonly id: string;
  readonly modelVersion: string; // Epoch's "Model version", the key curated prices name
  readonly model: string;
  readonly name: string; // Epoch's display name, with the reasoning setting
  readonly date: string | null;
  readonly eci: number;
  readonly countries: readonly string[];
  readonly organization: string | null;
  readonly provenance: Provenance;
}

export type CompanyReportKind = "funding_round" | "revenue" | "staff" | "usage" | "compute_spend";

export interface CompanyMetricObservation {
  readonly reportId: string;
  readonly kind: CompanyReportKind;
  readonly company: string; // organisation id
  readonly country: string | null;
  readonly date: string | null;
  readonly metric: string; // e.g. funding_equity_usd, valuation_post_money_usd, annualized_revenue_usd
  readonly value: number;
  readonly unit: string;
  readonly confidence: string | null;
  readonly provenance: Provenance;
}
