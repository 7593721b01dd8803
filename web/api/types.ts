/** The shapes of the API responses the dashboard reads (only the fields it uses). */
import type { IndicatorSeries, Localized } from "../../src/indicators/series.js";

export type {
  Cell,
  Column,
  IndicatorMethod,
  IndicatorRow,
  IndicatorSeries,
  IndicatorTable,
  Localized,
} from "../../src/indicators/series.js";

export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly licence: string | null;
  readonly accessed: string | null;
}

export interface IndicatorResponse {
  readonly data: {
    readonly id: string;
    readonly title: Localized;
    readonly description: Localized;
    readonly series: IndicatorSeries;
    readonly sources: readonly SourceRef[];
    readonly snapshot_id: string;
    readonly snapshot_date: string | null;
    /** Kinds of record the indicator reads of which the store holds none: no figure is an answer then. */
    readonly missing_data: readonly string[];
  };
  readonly attribution: string;
}

export interface ListResponse<T> {
  readonly data: readonly T[];
  readonly total: number;
  readonly next: string | null;
}

export interface BlocRecord {
  readonly id: string;
  readonly name_en: string;
  readonly name_nl: string;
  readonly rest: boolean;
  readonly derived: boolean;
  readonly colour: string | null;
  readonly members: readonly string[];
}

export interface CountryRecord {
  readonly code: string;
  readonly name_en: string;
  readonly name_nl: string;
  readonly blocs: readonly string[];
}

export interface OrganizationRecord {
  readonly id: string;
  readonly name: string;
  readonly hq_country: string | null;
  readonly kind: string | null;
}

export interface FactRecord {
  readonly id: string;
  readonly kind: "metric" | "relation" | "event" | "claim";
  readonly subject: string;
  readonly predicate: string;
  readonly object: string | null;
  readonly date: string | null;
  readonly confidence: string;
  readonly source_id: string;
  readonly quote: string | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface SourceRecord extends SourceRef {
  readonly kind: string;
  readonly published: string | null;
}

export interface DatasetRecord {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly licence: string;
  readonly status: string;
  readonly snapshot_date: string | null;
  readonly sha256: string | null;
  readonly rows_stored: number;
}

export interface VersionResponse {
  readonly code_version: string;
  readonly snapshot_id: string;
  readonly built_at: string;
  readonly attribution: string;
  /** Whether Epoch AI's data is in the store (a store of curated facts alone has none). */
  readonly epoch_data: {
    readonly status: "loaded" | "partial" | "missing";
    readonly empty_datasets: readonly string[];
  };
  readonly datasets: readonly DatasetRecord[];
}
