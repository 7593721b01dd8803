import type { CsvRow } from "../csv-rows.js";
import { resolveCountryList, splitList, type CountryAliases } from "../normalize/country.js";
import { parseOptionalDate, type NormalizedDate } from "../normalize/date.js";
import { FieldError } from "../normalize/field-error.js";
import { parseFlag, parseOptionalNonNegative, parseOptionalNumber } from "../normalize/number.js";

/** Typed reads of one CSV row's fields; every failure names the column. */
export class RowFields {
  constructor(private readonly row: CsvRow) {}

  private raw(column: string): string {
    const value = this.row.values[column];
    if (value === undefined)
      throw new FieldError(column, "", `column ${JSON.stringify(column)} is missing from the file`);
    return value;
  }

  /** Whether the file has this column at all (the three model datasets differ in their columns). */
  has(column: string): boolean {
    return column in this.row.values;
  }

  /** Trimmed text, or null when empty. Kept verbatim otherwise (notes stay as Epoch wrote them). */
  text(column: string): string | null {
    const value = this.raw(column);
    return value.trim() === "" ? null : value.trim();
  }

  required(column: string): string {
    const value = this.text(column);
    if (value === null) throw new FieldError(column, "", "required value is empty");
    return value;
  }

  number(column: string): number | null {
    return parseOptionalNumber(column, this.raw(column));
  }

  /** A measure that cannot be negative (FLOP, parameters, watts, dollars). */
  measure(column: string): number | null {
    return parseOptionalNonNegative(column, this.raw(column));
  }

  date(column: string): NormalizedDate | null {
    return parseOptionalDate(column, this.raw(column));
  }

  flag(column: string): boolean {
    return parseFlag(column, this.raw(column));
  }

  list(column: string): string[] {
    return splitList(this.raw(column));
  }

  countries(column: string, aliases: CountryAliases): (string | null)[] {
    return resolveCountryList(column, this.raw(column), aliases);
  }

  /** Non-empty values of several URL columns (Epoch's "Source 1".."Source 5"). */
  urls(columns: readonly string[]): string[] {
    return columns.flatMap((column) => (this.row.values[column]?.trim() ? [this.row.values[column]!.trim()] : []));
  }
}

export function provenanceOf(row: CsvRow, sourceId: string) {
  return { source_id: sourceId, row_number: row.line };
}
