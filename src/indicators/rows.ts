/**
 * Typed rows. An indicator declares the row type of a table it publishes as a zod schema beside the code that
 * builds the rows (which is typed by it); a composite indicator reads another indicator's table through that
 * schema instead of picking cells by name. A column that is missing or of another type is an error naming the
 * indicator, table, row and column, never an `undefined` passed on.
 */
import { z } from "zod";
import type { IndicatorSeries } from "./series.js";

/** The group cells most tables start with (groups.ts, groupCells): a bloc or country id and its kind. */
export const GROUP_CELLS = { group: z.string(), groupKind: z.string() };

/** Shorthands for the cell types of row schemas. */
export const text = z.string();
export const maybeText = z.string().nullable();
export const amount = z.number();
export const maybeAmount = z.number().nullable();

export class RowTypeError extends Error {
  override readonly name = "RowTypeError";
}

export function rowsAs<Schema extends z.ZodType>(
  series: IndicatorSeries,
  tableKey: string,
  schema: Schema,
): z.output<Schema>[] {
  const found = series.tables.find((table) => table.key === tableKey);
  if (!found) throw new RowTypeError(`${series.id}: no table ${tableKey}`);
  return found.rows.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    throw new RowTypeError(`${series.id} ${tableKey} row ${index + 1}: ${issue.path.join(".")}: ${issue.message}`);
  });
}
