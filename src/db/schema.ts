/**
 * The store's tables as Kysely sees them. One schema for SQLite and PostgreSQL: text for ids and ISO dates,
 * double precision for measures (FLOP counts exceed 64-bit integers), integers for flags (0/1).
 * Every Epoch record keeps its provenance: source_id (the dataset's source), row_number (line in the file)
 * and, in original_rows, the original row as JSON.
 */
interface Provenance {
  source_id: string;
  row_number: number;
}

/** The original CSV row of every Epoch record, as JSON; apart from the records so lists stay narrow and fast. */
export interface OriginalRowTable {
  table_name: string;
  record_id: string;
  raw: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface DatasetTable {
  id: string;
  source_id: string;
  title: string;
  file: string;
  url: string;
  licence: string;
  status: string; // loaded | missing
  snapshot_date: string | null;
  sha256: string | null;
  bytes: number | null;
  rows_read: number;
  rows_stored: number;
  rows_quarantined: number;
  /** Rows counted once with an earlier row (same record), listed in quarantine with reason "merged as duplicate ...". */
  rows_merged: number;
  build_ms: number;
}

export interface SourceTable {
  id: string;
  kind: string;
  title: string;
  publisher: string;
  url: string;
  published: string | null;
  accessed: string;
  language: string;
  licence: string | null;
  notes: string | null;
  file: string;
}

export interface CountryTable {
  code: string;
  name_en: string;
  name_nl: string;
}

export interface BlocTable {
  id: string;
  name_en: string;
  name_nl: string;
  rest: number;
  derived: number;
  colour: string | null;
  position: number;
}

export interface BlocMemberTable {
  bloc_id: string;
  country: string;
}

export interface OrganizationTable {
  id: string;
  name: string;
  hq_country: string | null;
  /** curated (data/organizations), epoch (most frequent country Epoch pairs with it) or unknown */
  hq_basis: string;
  kind: string | null;
  aliases: string; // JSON array of every spelling that resolves here
  founded: string | null;
  parent: string | null;
  source_id: string | null;
}

export interface ModelTable extends Provenance {
  id: string;
  dataset: string; // notable | large_scale | frontier
  name: string;
  publication_date: string | null;
  date_precision: string | null;
  domain: string | null;
  task: string | null;
  organization: string | null; // Epoch's text, verbatim
  parameters: number | null;
  training_compute_flop: number | null;
  confidence: string | null;
  accessibility: string | null;
  notability: string | null;
  training_hardware: string | null;
  hardware_quantity: number | null;
  training_cost_2023_usd: number | null;
  link: string | null;
  /** One model, one record: the key shared by this model's rows in the notable, large-scale and frontier files. */
  model_key: string;
  in_notable: number; // 1 when the model is in that Epoch dataset
  in_large_scale: number;
  in_frontier: number;
  /** 1 for the row that stands for the model in lists (notable first, then large-scale, then frontier). */
  is_primary: number;
}

export interface ModelDeveloperTable {
  model_id: string;
  position: number;
  organization_id: string | null;
  country: string | null;
}

/** One row of Epoch's Capabilities Index (benchmark_data/epoch_capabilities_index.csv): a model version's score. */
export interface CapabilityScoreTable extends Provenance {
  id: string;
  model_version: string;
  model_name: string;
  display_name: string | null;
  release_date: string | null;
  eci: number;
  organization: string | null; // Epoch's text, verbatim
  countries: string; // ISO codes joined with ";" (empty when Epoch names none)
  accessibility: string | null;
  confidence: string | null;
}

export interface ChipTable extends Provenance {
  id: string;
  name: string;
  manufacturer: string | null;
  manufacturer_id: string | null;
  type: string | null;
  release_date: string | null;
  release_precision: string | null;
  release_price_usd: number | null;
  fp64_flops: number | null;
  fp32_flops: number | null;
  fp16_flops: number | null;
  tf32_flops: number | null;
  tensor_fp16_flops: number | null;
  fp8_flops: number | null;
  fp4_flops: number | null;
  int16_ops: number | null;
  int8_ops: number | null;
  int4_ops: number | null;
  memory_bytes: number | null;
  memory_bandwidth_bytes_per_s: number | null;
  intranode_bandwidth_bytes_per_s: number | null;
  internode_bandwidth_bits_per_s: number | null;
  die_size_mm2: number | null;
  tdp_w: number | null;
  process_nm: number | null;
  foundry: string | null;
  transistors_millions: number | null;
  tpp_bit_ops: number | null;
  link: string | null;
}

export interface ClusterTable extends Provenance {
  id: string;
  name: string;
  status: string;
  certainty: string | null;
  single_cluster: string | null;
  first_operational: string | null;
  first_operational_precision: string | null;
  decommissioned: string | null;
  h100_equivalents: number | null;
  ops_16bit: number | null;
  ops_8bit: number | null;
  max_ops: number | null;
  power_mw: number | null;
  hardware_cost_usd: number | null;
  chip_type: string | null;
  chip_quantity: number | null;
  sector: string | null;
  owner: string | null; // Epoch's text, verbatim
  possible_duplicate: number;
  in_standard_analysis: number;
  note: string | null;
  urls: string; // JSON array of Epoch's Source 1..5
}

export interface ClusterCountryTable {
  cluster_id: string;
  position: number;
  country: string | null;
}

export interface ClusterOwnerTable {
  cluster_id: string;
  position: number;
  organization_id: string;
}

export interface DataCenterTable extends Provenance {
  id: string;
  handle: string;
  name: string;
  project: string | null;
  address: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  owner: string | null;
  users: string | null;
  current_h100_equivalents: number | null;
  current_power_mw: number | null;
  current_capital_cost_usd: number | null; // 2025 dollars
}

export interface DataCenterOwnerTable {
  data_center_id: string;
  organization_id: string;
  role: string; // owner | user | investor
  confidence: string | null; // Epoch's #tag: confident, likely, speculative
}

export interface DataCenterTimelineTable extends Provenance {
  id: string;
  data_center_id: string;
  date: string;
  construction_status: string | null;
  power_mw: number | null;
  h100_equivalents: number | null;
  buildings_operational: number | null;
  capital_cost_usd: number | null; // 2025 dollars
  compute_cost_usd: number | null;
  construction_cost_usd: number | null;
  ops_8bit: number | null;
}

export interface CompanyTable extends Provenance {
  id: string; // organisation id
  name: string;
  company_type: string | null;
  domains: string | null;
  founded: string | null;
}

export interface CompanyReportTable extends Provenance {
  id: string;
  kind: string; // funding_round | revenue | staff | usage | compute_spend
  company_id: string;
  label: string;
  date: string | null;
  date_precision: string | null;
  report_date: string | null;
  status: string | null;
  type: string | null;
  confidence: string | null;
  notes: string | null;
  urls: string; // JSON array
}

export interface CompanyMetricTable {
  report_id: string;
  metric: string;
  value: number;
  unit: string;
}

export interface FactTable {
  id: string;
  kind: string; // metric | relation | event | claim
  subject: string | null;
  predicate: string | null; // metric name, relation name, event kind, or claim verdict
  object: string | null;
  value: number | null;
  unit: string | null;
  date: string | null;
  date_end: string | null;
  confidence: string;
  source_id: string;
  quote: string;
  detail: string; // the whole fact as JSON
  file: string;
  line: number;
}

export interface FactEntityTable {
  fact_id: string;
  entity_id: string;
  role: string; // subject | object | actor | country
}

export interface QuarantineTable {
  id: number; // order of discovery within the build
  dataset: string;
  file: string;
  row_number: number;
  field: string | null;
  value: string | null;
  reason: string;
  raw: string;
}

export interface PriceTable {
  id: string;
  provider: string;
  developer: string;
  model: string;
  tier: string;
  open_weights: number;
  third_party_host: number;
  eci_models: string;
  currency: string;
  input_per_mtok: number;
  output_per_mtok: number;
  input_usd_per_mtok: number;
  output_usd_per_mtok: number;
  rate_id: string | null;
  effective: string;
  withdrawn: string | null;
  change: string;
  source_id: string;
  source_kind: string;
  quote: string;
  confidence: string;
  note: string | null;
  file: string;
  line: number;
}

export interface ExchangeRateTable {
  id: string;
  currency: string;
  date: string;
  per_usd: number;
  source_id: string;
  quote: string;
  confidence: string;
  file: string;
  line: number;
}

/** Epoch AI's Capabilities Index: one row per model version. */
export interface Database {
  meta: MetaTable;
  datasets: DatasetTable;
  sources: SourceTable;
  countries: CountryTable;
  blocs: BlocTable;
  bloc_members: BlocMemberTable;
  organizations: OrganizationTable;
  models: ModelTable;
  model_developers: ModelDeveloperTable;
  chips: ChipTable;
  capability_scores: CapabilityScoreTable;
  clusters: ClusterTable;
  cluster_countries: ClusterCountryTable;
  cluster_owners: ClusterOwnerTable;
  data_centers: DataCenterTable;
  data_center_organizations: DataCenterOwnerTable;
  data_center_timeline: DataCenterTimelineTable;
  companies: CompanyTable;
  company_reports: CompanyReportTable;
  company_metrics: CompanyMetricTable;
  facts: FactTable;
  fact_entities: FactEntityTable;
  quarantine: QuarantineTable;
  original_rows: OriginalRowTable;
  prices: PriceTable;
  exchange_rates: ExchangeRateTable;
}
