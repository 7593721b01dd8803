/**
 * The shapes a chart's table can take for reading. Long: one row per value, as the API sends it, minus the
 * other language's label column and the ids that label replaces. Wide: one row per year (or date, or
 * measure) and one column per group, the way a reader compares blocs. Pure, so both the page and the CSV
 * download use the same table.
 */
import type { Cell, Column, IndicatorRow } from "../api/types.js";
import type { Lang } from "../i18n/locale.js";

export interface TableView {
  readonly columns: readonly Column[];
  readonly rows: readonly IndicatorRow[];
}

const LANGUAGE_LABEL: Readonly<Record<Lang, string>> = { en: "labelEn", nl: "labelNl" };
/** Id columns a language label column replaces ("notableModelsLatestYear" next to its words). */
const IDS_NAMED_BY_LABEL = new Set(["measure", "indicator"]);
const ROW_KEYS = ["year", "date", "day"];

/** Years, and the ends of a year range, print as "2015", never "2,015". */
export function isYearColumn(column: Column): boolean {
  return (
    column.unit === "year" || /(^|[a-z])(year|Year)$/.test(column.key) || /^(fit)?(from|to|From|To)$/.test(column.key)
  );
}

/** The unit of a cell: the column's, else the row's own "unit" (tables mixing measures carry one per row). */
export function cellUnit(column: Column, row: IndicatorRow): string | null {
  if (column.unit !== null) return column.unit;
  const own = row[`${column.key}.unit`] ?? (column.key === "value" ? row.unit : undefined);
  return typeof own === "string" ? own : null;
}

export function readableTable(columns: readonly Column[], rows: readonly IndicatorRow[], lang: Lang): TableView {
  const keys = new Set(columns.map((column) => column.key));
  const labelled = keys.has(LANGUAGE_LABEL.en) && keys.has(LANGUAGE_LABEL.nl);
  const named = columns.find((column) => column.key === "measure");
  const kept = columns.flatMap((column): Column[] => {
    if (!labelled) return [column];
    if (column.key === LANGUAGE_LABEL[lang]) return [{ ...column, label: named?.label ?? column.label }];
    if (Object.values(LANGUAGE_LABEL).includes(column.key) || IDS_NAMED_BY_LABEL.has(column.key)) return [];
    return [column];
  });
  return { columns: kept, rows };
}

const isNumeric = (rows: readonly IndicatorRow[], key: string) =>
  rows.some((row) => typeof row[key] === "number") &&
  rows.every((row) => row[key] === null || row[key] === undefined || typeof row[key] === "number");

/**
 * Years (or dates, or labelled measures) as rows and groups as columns, or null when the table is not one
 * value per row and group (then only the long form is true to the data).
 */
export function wideTable(
  view: TableView,
  groupKey: string,
  groupLabel: (group: string) => string,
  lang: Lang,
): TableView | null {
  const rowKey = [...ROW_KEYS, LANGUAGE_LABEL[lang]].find((key) => view.columns.some((column) => column.key === key));
  const groupColumn = view.columns.find((column) => column.key === groupKey);
  if (!rowKey || !groupColumn) return null;
  const others = view.columns.filter((column) => column.key !== rowKey && column.key !== groupKey);
  const values = others.filter((column) => isNumeric(view.rows, column.key));
  const dropped = others.filter((column) => !values.includes(column));
  // Columns that are neither numbers nor the same within a row key would be lost: stay long.
  const constantPerRowKey = (key: string) =>
    new Set(view.rows.map((row) => `${String(row[rowKey])}\u0000${String(row[key])}`)).size ===
    new Set(view.rows.map((row) => String(row[rowKey]))).size;
  if (values.length === 0 || values.length > 3) return null;
  if (dropped.some((column) => column.key !== "unit" && !constantPerRowKey(column.key))) return null;
  const pairs = new Set(view.rows.map((row) => `${String(row[rowKey])}\u0000${String(row[groupKey])}`));
  if (pairs.size !== view.rows.length) return null;

  const groups = [...new Set(view.rows.map((row) => String(row[groupKey])))];
  const keyOf = (group: string, value: Column) => (values.length === 1 ? group : `${group}.${value.key}`);
  const columns: Column[] = [
    view.columns.find((column) => column.key === rowKey)!,
    ...groups.flatMap((group) =>
      values.map((value) => ({
        key: keyOf(group, value),
        label:
          values.length === 1
            ? { en: groupLabel(group), nl: groupLabel(group) }
            : { en: `${groupLabel(group)}: ${value.label.en}`, nl: `${groupLabel(group)}: ${value.label.nl}` },
        unit: value.unit,
      })),
    ),
  ];
  const byRowKey = new Map<Cell | undefined, Record<string, Cell>>();
  for (const row of view.rows) {
    const wide = byRowKey.get(row[rowKey]) ?? { [rowKey]: row[rowKey] ?? null };
    byRowKey.set(row[rowKey], wide);
    for (const value of values) {
      const key = keyOf(String(row[groupKey]), value);
      wide[key] = row[value.key] ?? null;
      const unit = cellUnit(value, row);
      if (unit !== null && value.unit === null) wide[`${key}.unit`] = unit;
    }
  }
  return { columns, rows: [...byRowKey.values()] };
}
