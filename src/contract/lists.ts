/**
 * The list endpoints (`/api/v1/<name>`, `/api/v1/<name>/:id`, `/api/v1/<name>.csv`): one record schema per
 * resource. Records keep further columns a newer store may add (`additionalProperties`), so a store built
 * by a newer version never loses a field on its way out; the fields named here are always there.
 */
import { z } from "zod";
import { csvResponse, errorBody, itemEnvelope, list, listEnvelope, recordIdParams } from "./common.js";

const text = z.string().nullable();
const number = z.number().nullable();
const sourceIds = list(z.string()).describe("The sources this record rests on (see /api/v1/sources)");
/** Where an Epoch AI record comes from: its dataset's source and the line of the CSV. */
const provenance = z.object({ source_id: z.string(), row: z.number().int() });
const epochRecord = {
  source_id: z.string(),
  row_number: z.number().int(),
  provenance,
  source_ids: sourceIds,
  raw: z.record(z.string(), z.string()).optional().describe("The original CSV row (single-record view only)"),
};

export const modelRecord = z.looseObject({
  id: z.string(),
  dataset: z.string().describe("notable, large_scale or frontier: the dataset this record was read from"),
  name: z.string(),
  publication_date: text,
  date_precision: text,
  domain: text,
  task: text,
  organization: text.describe("Epoch's text, verbatim"),
  parameters: number,
  training_compute_flop: number,
  confidence: text,
  accessibility: text,
  notability: text,
  training_hardware: text,
  hardware_quantity: number,
  training_cost_2023_usd: number,
  link: text,
  model_key: z.string(),
  in_notable: z.boolean(),
  in_large_scale: z.boolean(),
  in_frontier: z.boolean(),
  records: list(z.object({ id: z.string(), dataset: z.string(), source_id: z.string(), row: z.number().int() })),
  developers: list(z.object({ organization_id: text, country: text })),
  ...epochRecord,
});

export const chipRecord = z.looseObject({
  id: z.string(),
  name: z.string(),
  manufacturer: text,
  manufacturer_id: text,
  type: text,
  release_date: text,
  release_precision: text,
  release_price_usd: number,
  fp64_flops: number,
  fp32_flops: number,
  fp16_flops: number,
  tf32_flops: number,
  tensor_fp16_flops: number,
  fp8_flops: number,
  fp4_flops: number,
  int16_ops: number,
  int8_ops: number,
  int4_ops: number,
  memory_bytes: number,
  memory_bandwidth_bytes_per_s: number,
  intranode_bandwidth_bytes_per_s: number,
  internode_bandwidth_bits_per_s: number,
  die_size_mm2: number,
  tdp_w: number,
  process_nm: number,
  foundry: text,
  transistors_millions: number,
  tpp_bit_ops: number,
  link: text,
  ...epochRecord,
});

export const clusterRecord = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  certainty: text,
  single_cluster: text,
  first_operational: text,
  first_operational_precision: text,
  decommissioned: text,
  h100_equivalents: number,
  ops_16bit: number,
  ops_8bit: number,
  max_ops: number,
  power_mw: number,
  hardware_cost_usd: number,
  chip_type: text,
  chip_quantity: number,
  sector: text,
  owner: text,
  possible_duplicate: z.boolean(),
  in_standard_analysis: z.boolean(),
  note: text,
  urls: list(z.string()),
  countries: list(z.string()),
  owners: list(z.string()),
  ...epochRecord,
});

export const dataCenterRecord = z.looseObject({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  project: text,
  address: text,
  country: text,
  latitude: number,
  longitude: number,
  owner: text,
  users: text,
  current_h100_equivalents: number,
  current_power_mw: number,
  current_capital_cost_usd: number.describe("2025 dollars"),
  organizations: list(z.object({ organization_id: z.string(), role: z.string(), confidence: text })),
  timeline: list(
    z.looseObject({
      date: z.string(),
      construction_status: text,
      power_mw: number,
      h100_equivalents: number,
      capital_cost_usd: number,
      row_number: z.number().int(),
    }),
  ),
  ...epochRecord,
});

export const organizationRecord = z.looseObject({
  id: z.string(),
  name: z.string(),
  hq_country: text,
  hq_basis: z.string(),
  kind: text,
  aliases: list(z.string()),
  founded: text,
  parent: text,
  source_id: text,
  source_ids: sourceIds,
});
export type OrganizationRecord = z.output<typeof organizationRecord>;

export const countryRecord = z.looseObject({
  code: z.string(),
  name_en: z.string(),
  name_nl: z.string(),
  blocs: list(z.string()),
  source_ids: sourceIds,
});
export type CountryRecord = z.output<typeof countryRecord>;

export const blocRecord = z.looseObject({
  id: z.string(),
  name_en: z.string(),
  name_nl: z.string(),
  rest: z.boolean(),
  derived: z.boolean(),
  colour: text,
  position: z.number().int(),
  members: list(z.string()),
  source_ids: sourceIds,
});
export type BlocRecord = z.output<typeof blocRecord>;

const factFields = {
  id: z.string(),
  kind: z.string().describe("metric, relation, event or claim"),
  subject: text,
  object: text,
  value: number,
  unit: text,
  date: text,
  date_end: text,
  confidence: z.string(),
  source_id: z.string(),
  quote: z.string(),
  file: z.string(),
  line: z.number().int(),
  detail: z.record(z.string(), z.unknown()).describe("The whole fact as written in its data file"),
  source_ids: sourceIds,
};

export const factRecord = z.looseObject({
  ...factFields,
  predicate: text.describe("Metric name, relation, event kind or claim verdict"),
});
export type FactRecord = z.output<typeof factRecord>;

export const relationRecord = z.looseObject({ ...factFields, relation: text });

/** An event: the curated event schema (domain/fact.ts) requires its kind, both titles and a date. */
export const eventRecord = z.looseObject({
  ...factFields,
  date: z.string(),
  event_kind: z.string(),
  title_en: z.string(),
  title_nl: z.string(),
  actors: list(z.string()),
  countries: list(z.string()),
});
export type EventRecord = z.output<typeof eventRecord>;

export const sourceRecord = z.looseObject({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string(),
  published: text,
  accessed: z.string(),
  language: z.string(),
  licence: text,
  notes: text,
  file: z.string(),
  source_ids: sourceIds,
});
export type SourceRecord = z.output<typeof sourceRecord>;

export const priceRecord = z.looseObject({
  id: z.string(),
  provider: z.string(),
  developer: z.string(),
  model: z.string(),
  tier: z.string(),
  open_weights: z.boolean(),
  third_party_host: z.boolean(),
  eci_models: list(z.string()),
  currency: z.string(),
  input_per_mtok: z.number(),
  output_per_mtok: z.number(),
  input_usd_per_mtok: z.number(),
  output_usd_per_mtok: z.number(),
  rate_id: text,
  effective: z.string(),
  withdrawn: text,
  change: z.string(),
  source_id: z.string(),
  source_kind: z.string(),
  quote: z.string(),
  confidence: z.string(),
  note: text,
  file: z.string(),
  line: z.number().int(),
  developer_country: text,
  source_ids: sourceIds,
});

/** The record schema of each list resource, by its name in the URL. */
export const LIST_RECORDS = {
  models: modelRecord,
  chips: chipRecord,
  clusters: clusterRecord,
  "data-centers": dataCenterRecord,
  organizations: organizationRecord,
  countries: countryRecord,
  blocs: blocRecord,
  facts: factRecord,
  relations: relationRecord,
  events: eventRecord,
  sources: sourceRecord,
  prices: priceRecord,
} as const;
export type ListName = keyof typeof LIST_RECORDS;

/** The answers of one list resource (a page, one record, the CSV); the record's path parameter. */
export function listContract<Record extends z.ZodType>(record: Record, summary: string) {
  return {
    page: { response: { 200: listEnvelope(record), 400: errorBody } },
    one: { params: recordIdParams, response: { 200: itemEnvelope(record), 404: errorBody } },
    csv: {
      response: { ...csvResponse(`${summary} (CSV, every match), its last column the source`), 400: errorBody },
    },
  };
}
