import type { StoreContent } from "../../db/write-store.js";
import type { CsvRow } from "../csv-rows.js";
import type { StoreObservations } from "../../db/queries/observations.js";
import type { CountryAliases } from "../normalize/country.js";
import type { OrganizationResolver } from "../normalize/organization.js";

/** What every loader may consult while normalising a row. */
export interface LoadContext {
  readonly countries: CountryAliases;
  readonly organizations: OrganizationResolver;
  /** Epoch data-centre handle -> ISO country (data/epoch-data-center-countries.yaml). */
  readonly dataCenterCountries: ReadonlyMap<string, string>;
}

/** Rows one CSV row adds to the store, by table. */
export type RowOutput = Partial<{ [Table in keyof StoreContent]: StoreContent[Table][number][] }>;

/** One Epoch dataset: where it lives and how a row becomes store rows. */
export interface DatasetDefinition {
  /** Store id, e.g. "notable_ai_models". */
  readonly id: string;
  readonly sourceId: string;
  readonly title: string;
  /** Path under the Epoch folder or cache (the snapshot's layout). */
  readonly file: string;
  /** Path under https://epoch.ai/data/ when it differs from `file`. */
  readonly remoteFile?: string;
  /**
   * The kinds of observation the indicators read (StoreObservations' keys) that this dataset's rows become:
   * an indicator that reads one of them cites this dataset as a source. The one place that wiring lives.
   */
  readonly feeds: readonly Exclude<keyof StoreObservations, "blocs" | "prices">[];
  /** The table whose rows count as "stored" for the reconciliation rows read = stored + quarantined. */
  readonly table: keyof StoreContent;
  /** Normalises one row; throws FieldError naming the field when a value is malformed. */
  mapRow(row: CsvRow, context: LoadContext, sourceId: string): RowOutput;
  /**
   * What makes two rows the same record although their ids differ (a funding round listed twice, a model
   * name spelled twice), with the words that say so; null when the row cannot be compared. A later row with
   * the key of an earlier one is counted once: it is not stored, and listed as merged into the earlier line.
   */
  duplicateKey?(output: RowOutput): { key: string; reason: string } | null;
}

export const EPOCH_BASE_URL = "https://epoch.ai/data/";
export const EPOCH_LICENCE = "CC BY 4.0";

/** Where a dataset is published: https://epoch.ai/data/<name>.csv (data centres under data_centers/). */
export function datasetUrl(dataset: DatasetDefinition, baseUrl: string = EPOCH_BASE_URL): string {
  return new URL(dataset.remoteFile ?? dataset.file, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
}
