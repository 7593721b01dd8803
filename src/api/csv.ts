import { stringify } from "csv-stringify/sync";
import { neutraliseCell } from "../domain/csv-cell.js";

/** Flattens records for CSV: nested lists and objects become JSON text in their cell; text is neutralised. */
export function toCsv(records: readonly Record<string, unknown>[], columns?: readonly string[]): string {
  const header = columns ?? [...new Set(records.flatMap((record) => Object.keys(record)))];
  const cell = (value: unknown) =>
    value === null || value === undefined
      ? ""
      : typeof value === "object"
        ? JSON.stringify(value)
        : typeof value === "string"
          ? neutraliseCell(value)
          : value;
  return stringify(
    records.map((record) => header.map((column) => cell(record[column]))),
    { header: true, columns: [...header] },
  );
}

/**
 * A CSV that says where it comes from inside the file: a trailing `source` column holding the attribution
 * and snapshot on every row, so common CSV readers still parse it and a copied file keeps its credit.
 */
export function toSourcedCsv(
  records: readonly Record<string, unknown>[],
  source: string,
  columns?: readonly string[],
): string {
  const header = columns ?? [...new Set(records.flatMap((record) => Object.keys(record)))];
  return toCsv(
    records.map((record) => ({ ...record, source })),
    [...header.filter((column) => column !== "source"), "source"],
  );
}
