/**
 * A table for reading: headers with units as words of the language, numbers per language, years as "2015",
 * group ids as names. It grows with the page; only a table wider than the screen scrolls sideways.
 */
import type { Column, IndicatorRow } from "../api/types.js";
import { formatCell } from "../i18n/format.js";
import { useLang } from "../i18n/lang.js";
import { unitWord, withUnit } from "../i18n/units.js";
import { cellUnit, isYearColumn } from "./table-shape.js";

export interface CellLabels {
  readonly keys: readonly string[];
  readonly label: (value: string) => string;
}

/** A web address in a cell is a link. */
function linkOrText(text: string) {
  return /^https?:\/\/\S+$/.test(text) ? <a href={text}>{text}</a> : text;
}

export function DataTable({
  caption,
  columns,
  rows,
  labelOf,
}: {
  caption: string;
  columns: readonly Column[];
  rows: readonly IndicatorRow[];
  /** Turns group ids in cells of these columns into names. */
  labelOf?: CellLabels;
}) {
  const { lang } = useLang();
  const cell = (row: IndicatorRow, column: Column) => {
    const value = row[column.key] ?? null;
    if (labelOf && typeof value === "string" && labelOf.keys.includes(column.key)) return labelOf.label(value);
    if (typeof value === "number" && isYearColumn(column)) return String(value);
    if (column.key === "unit" && typeof value === "string") return unitWord(value, lang) ?? "";
    return formatCell(value, cellUnit(column, row), lang);
  };
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {withUnit(column.label[lang], column.unit, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column.key} className={typeof row[column.key] === "number" ? "num" : undefined}>
                  {linkOrText(cell(row, column))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
