/** The indicator endpoints: every indicator, one indicator's series with method and sources, one table as CSV. */
import { z } from "zod";
import { csvResponse, list, localized, sourceRef } from "./common.js";

export const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const indicatorRow = z.record(z.string(), cell);

export const column = z.object({
  key: z.string(),
  label: localized,
  unit: z.string().nullable().describe('Unit of the values, e.g. "FLOP", "H100e", "share"; null for names and dates'),
  role: z
    .enum(["value", "label", "low", "high"])
    .optional()
    .describe(
      "In a table of records: the record's value, or the label of what set it (model, chip); in a table of fits: the fitted value and the low and high ends of its interval",
    ),
});

export const indicatorTable = z.object({
  key: z.string().describe('Stable key of the table within its series ("main" for the first)'),
  title: localized,
  columns: list(column),
  rows: list(indicatorRow),
  units: z.record(z.string(), z.string()).describe("Column key -> unit, for the columns that carry one"),
});

export const indicatorMethod = z.object({
  filters: list(localized).describe("Which records were kept, one sentence each"),
  attribution: z
    .object({ rule: z.enum(["any", "fractional"]), text: localized })
    .nullable()
    .describe("The country attribution rule used; null when a record has one country"),
  formula: localized,
  assumptions: list(localized),
  caveats: list(localized),
  n: z.number().int().describe("Records that entered the computation after filtering"),
  window: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  asOf: z.string().nullable().describe("The latest date of the data behind the figures (ISO day)"),
  metric: localized.describe("Which metric the figures are, comparable across pages"),
});

export const indicatorSeries = z.object({
  id: z.string(),
  rows: list(indicatorRow).describe("The main table's rows, repeated from tables[0]"),
  columns: list(column),
  units: z.record(z.string(), z.string()),
  tables: list(indicatorTable).describe("All tables, main first"),
  method: indicatorMethod,
});

export const indicatorIdParams = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "an indicator id (see /api/v1/indicators)"),
});

export const indicatorSummary = z.object({
  id: z.string(),
  title: localized,
  description: localized,
  units: list(z.string()),
  parameters: z.unknown().describe("JSON Schema of the indicator's query parameters"),
  rows: z
    .record(z.string(), z.unknown())
    .describe("JSON Schema of each table's row, by table key (the row types below, for clients in other languages)"),
});

export const indicatorsResponse = z.object({ data: list(indicatorSummary) });

export const indicatorResponse = z.object({
  data: z.object({
    id: z.string(),
    title: localized,
    description: localized,
    series: indicatorSeries,
    missing_data: z
      .array(z.string())
      .describe("Kinds of record the indicator reads of which the store holds none: no figure is an answer then"),
    sources: list(sourceRef),
    snapshot_id: z.string(),
    snapshot_date: z.string().nullable(),
  }),
  attribution: z.string(),
});
export type IndicatorResponse = z.output<typeof indicatorResponse>;

export const indicatorsContract = {
  list: { response: { 200: indicatorsResponse } },
  one: { params: indicatorIdParams, response: { 200: indicatorResponse } },
  csv: { params: indicatorIdParams, response: csvResponse("One table of the indicator, its last column the source") },
} as const;

/**
 * The row type of every table of every indicator (src/indicators/row-types.ts), by indicator id and table key:
 * a client reads a table's rows as typed records, e.g. `RowOf<"frontier-compute", "growth">`.
 */
export { INDICATOR_ROWS } from "../indicators/row-types.js";
export type { IndicatorId, RowOf, TableKey } from "../indicators/row-types.js";
