/** The table view of a chart: every row and column, formatted for the chosen language. */
import type { Column, IndicatorRow } from "../api/types.js";
import { formatCell } from "../i18n/format.js";
import { useLang } from "../i18n/lang.js";

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
  labelOf?: { readonly keys: readonly string[]; readonly label: (value: string) => string };
}) {
  const { lang } = useLang();
  const cell = (row: IndicatorRow, column: Column) => {
    const value = row[column.key] ?? null;
    if (labelOf && typeof value === "string" && labelOf.keys.includes(column.key)) return labelOf.label(value);
    return formatCell(value, column.unit, lang);
  };
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label[lang]}
                {column.unit ? <span className="unit"> ({column.unit})</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column.key} className={typeof row[column.key] === "number" ? "num" : undefined}>
                  {cell(row, column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
