/**
 * What every indicator returns: tidy tables (plain rows with explicit keys, ready for a table view and
 * CSV) plus the method that produced them. The API adds sources and the snapshot id; nothing here knows
 * about either.
 */
import type { AttributionRule } from "../domain/observations.js";
import type { Localized } from "../domain/vocabulary.js";

export type { Localized };

export type Cell = string | number | boolean | null;
export type IndicatorRow = Readonly<Record<string, Cell>>;

export interface Column<Key extends string = string> {
  readonly key: Key;
  readonly label: Localized;
  /** Unit of the values, e.g. "FLOP", "H100e", "share"; null for names, dates and ids. */
  readonly unit: string | null;
  /**
   * What a chart draws from this column: in a table of records (a running maximum or minimum) the record's
   * `value` or its `label` (the model or chip that set it); in a table of fits the fitted `value` and the `low`
   * and `high` ends of its interval. Declared by the indicator, so no chart guesses.
   */
  readonly role?: ColumnRole;
}

export type ColumnRole = "value" | "label" | "low" | "high";

export interface IndicatorTable {
  /** Stable key of the table within its series ("main" for the first). */
  readonly key: string;
  readonly title: Localized;
  readonly columns: readonly Column[];
  readonly rows: readonly IndicatorRow[];
  /** Column key -> unit, for the columns that carry one. */
  readonly units: Readonly<Record<string, string>>;
}

export interface IndicatorMethod {
  /** Which records were kept, one sentence each. */
  readonly filters: readonly Localized[];
  /** The country attribution rule used and what it means here; null when the indicator has one country per record. */
  readonly attribution: { readonly rule: AttributionRule; readonly text: Localized } | null;
  readonly formula: Localized;
  /** Assumptions a reader must accept to read the numbers as the title says. */
  readonly assumptions: readonly Localized[];
  /** Known limits of the underlying data. */
  readonly caveats: readonly Localized[];
  /** Records that entered the computation after filtering. */
  readonly n: number;
  /** Years covered (inclusive), or null when the records had no dates in range. */
  readonly window: { readonly from: number; readonly to: number } | null;
  /**
   * The latest date of the data behind the figures (ISO day), not the snapshot day: a share read on 31 Dec
   * from clusters of which the newest started on 22 Jul is as of 22 Jul. Null without dated records.
   */
  readonly asOf: string | null;
  /** Which metric the figures are, in words a reader can compare across pages ("largest training run, FLOP"). */
  readonly metric: Localized;
}

export interface IndicatorSeries {
  readonly id: string;
  /** The main table's rows, columns and units, repeated from tables[0] for the common case. */
  readonly rows: readonly IndicatorRow[];
  readonly columns: readonly Column[];
  readonly units: Readonly<Record<string, string>>;
  /** All tables, main first; further tables hold related views (a growth fit, the largest cluster). */
  readonly tables: readonly IndicatorTable[];
  readonly method: IndicatorMethod;
}

/** The latest of some ISO days (null for none): the as-of date of a figure they make. */
export function latestDay(days: Iterable<string | null | undefined>): string | null {
  let latest: string | null = null;
  for (const day of days) if (day && (latest === null || day > latest)) latest = day;
  return latest;
}

/** Shorthand for a column definition. */
export function column<Key extends string>(key: Key, en: string, nl: string, unit: string | null = null): Column<Key> {
  return { key, label: { en, nl }, unit };
}

/** A column with the role a chart reads it in (see Column.role). */
export const withRole = <Key extends string>(role: ColumnRole, of: Column<Key>): Column<Key> => ({ ...of, role });

/**
 * A table of rows of one declared row type (src/indicators/row-types.ts): the compiler checks that every column
 * names a field of the row; test/api/indicator-rows.test.ts checks the columns are exactly the row's fields.
 */
export function table<Row extends IndicatorRow>(
  key: string,
  title: Localized,
  columns: readonly Column<NoInfer<Extract<keyof Row, string>>>[],
  rows: readonly Row[],
): IndicatorTable {
  const units: Record<string, string> = {};
  for (const { key: columnKey, unit } of columns) if (unit !== null) units[columnKey] = unit;
  return { key, title, columns, rows, units };
}

/** Builds a series from its tables; the first table is the main one. */
export function series(
  id: string,
  tables: readonly [IndicatorTable, ...IndicatorTable[]],
  method: IndicatorMethod,
): IndicatorSeries {
  const [main] = tables;
  return { id, rows: main.rows, columns: main.columns, units: main.units, tables, method };
}
