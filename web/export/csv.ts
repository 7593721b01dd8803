/**
 * A table as CSV with the citation on leading "#" comment lines (most CSV readers skip them or show
 * them as a first cell), then a header of labels with units, then the raw values.
 */
import { neutraliseCell } from "../../src/domain/csv-cell.js";
import type { Column, IndicatorRow } from "../api/types.js";
import type { Lang } from "../i18n/locale.js";

function quote(value: string): string {
  return /[",\n\r#]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function tableToCsv(
  columns: readonly Column[],
  rows: readonly IndicatorRow[],
  lang: Lang,
  citation: readonly string[],
): string {
  const header = columns.map((column) =>
    quote(column.unit ? `${column.label[lang]} (${column.unit})` : column.label[lang]),
  );
  const body = rows.map((row) =>
    columns
      .map((column) => {
        const value = row[column.key];
        if (value === null || value === undefined) return "";
        return quote(typeof value === "string" ? neutraliseCell(value) : String(value));
      })
      .join(","),
  );
  return [...citation.map((line) => `# ${line.replace(/[\r\n]+/g, " ")}`), header.join(","), ...body].join("\n") + "\n";
}
