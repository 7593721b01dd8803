/**
 * The shapes of the API responses the dashboard reads: the server's contract (src/contract), imported as
 * types only, so the dashboard and the server cannot drift apart.
 */
export type {
  Cell,
  Column,
  IndicatorMethod,
  IndicatorRow,
  IndicatorSeries,
  IndicatorTable,
  Localized,
} from "../../src/indicators/series.js";
export type { SourceRef } from "../../src/contract/common.js";
export type { IndicatorId, IndicatorResponse, RowOf, TableKey } from "../../src/contract/indicators.js";
export type { DatasetRecord, VersionResponse } from "../../src/contract/meta.js";
export type {
  BlocRecord,
  CountryRecord,
  EventRecord,
  FactRecord,
  OrganizationRecord,
  SourceRecord,
} from "../../src/contract/lists.js";

/** A page of a list endpoint (`{data, total, next}`). */
export interface ListResponse<T> {
  readonly data: readonly T[];
  readonly total: number;
  readonly next: string | null;
}
