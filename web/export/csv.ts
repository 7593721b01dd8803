/**
 * A table as CSV with the citation on leading "#" comment lines (most CSV readers skip them or show
 * them as a first cell), then a header of labels with units in the language, then the values: exact for
 * whole numbers, and for fractions to six significant digits at least (no "0.30000000000000004").
 */
import type { Column, IndicatorRow } from "../api/types.js";
import type { Lang } from "../i18n/locale.js";
import { withUnit } from "../i18n/units.js";

/** 25.12345678901 -> 25.1235, 1319525.23 -> 1319525.23, 0.000123456789 -> 0.000123457. */
export function csvNumber(value: number): string {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  if (Math.abs(value) < 1) return String(Number(value.toPrecision(6)));
  const wholeDigits = Math.floor(Math.log10(Math.abs(value))) + 1;
  return String(Number(value.toFixed(Math.max(2, 6 - wholeDigits))));
}

function quote(value: string): string {
  return /[",\n\r#]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function tableToCsv(
  columns: readonly Column[],
  rows: readonly IndicatorRow[],
  lang: Lang,
  citation: readonly string[],
): string {
  const header = columns.map((column) => quote(withUnit(column.label[lang], column.unit, lang)));
  const body = rows.map((row) =>
    columns
      .map((column) => {
        const value = row[column.key];
        if (value === null || value === undefined) return "";
        return typeof value === "number" ? csvNumber(value) : quote(String(value));
      })
      .join(","),
  );
  return [...citation.map((line) => `# ${line.replace(/[\r\n]+/g, " ")}`), header.join(","), ...body].join("\n") + "\n";
}
