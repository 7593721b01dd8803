/** The meta endpoints under /api/v1/-/: what this server and its store are. */
import { z } from "zod";
import { csvResponse, list } from "./common.js";

export const datasetRecord = z.object({
  id: z.string(),
  source_id: z.string(),
  title: z.string(),
  file: z.string(),
  url: z.string(),
  licence: z.string(),
  status: z.string().describe("loaded or missing"),
  snapshot_date: z.string().nullable(),
  sha256: z.string().nullable(),
  bytes: z.number().nullable(),
  rows_read: z.number().int(),
  rows_stored: z.number().int(),
  rows_quarantined: z.number().int(),
  rows_merged: z.number().int().describe("Rows counted once with an earlier row (same record)"),
});
export type DatasetRecord = z.output<typeof datasetRecord>;

export const epochDataStatus = z.object({
  status: z.enum(["loaded", "partial", "missing"]),
  empty_datasets: list(z.string()),
});
export type EpochDataStatus = z.output<typeof epochDataStatus>;

export const versionResponse = z.object({
  code_version: z.string(),
  snapshot_id: z.string(),
  built_at: z.string().nullable(),
  epoch_data: epochDataStatus.describe("Whether Epoch AI's data is in the store (curated facts alone have none)"),
  datasets: list(datasetRecord),
  attribution: z.string(),
});
export type VersionResponse = z.output<typeof versionResponse>;

export const quarantineQuery = z.strictObject({
  dataset: z
    .string()
    .regex(/^[a-z_]+$/, "a dataset id such as notable_ai_models")
    .optional(),
});

export const quarantinedRow = z.object({
  id: z.number().int().describe("Order of discovery within the build"),
  dataset: z.string(),
  file: z.string(),
  row_number: z.number().int(),
  field: z.string().nullable(),
  value: z.string().nullable(),
  reason: z.string(),
  raw: z.unknown().describe("The original row as an object, or its text when it could not be split"),
});

export const quarantineResponse = z.object({
  data: list(quarantinedRow),
  total: z.number().int(),
  next: z.null(),
});

export const metaContract = {
  version: { response: { 200: versionResponse } },
  quarantine: { querystring: quarantineQuery, response: { 200: quarantineResponse } },
  quarantineCsv: { querystring: quarantineQuery, response: csvResponse("Quarantined rows as CSV") },
} as const;
