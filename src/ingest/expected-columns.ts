/**
 * Columns each Epoch file must have, by its path in the snapshot: the ones its loader cannot do without. A
 * download whose header lacks one (a renamed column, an error page, another file) is refused by `data pull`.
 */
const MODEL_COLUMNS = ["Model", "Organization", "Publication date", "Training compute (FLOP)"];
const REPORT_COLUMNS = ["Id", "Company", "Date"];

export const EXPECTED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  "notable_ai_models.csv": MODEL_COLUMNS,
  "large_scale_ai_models.csv": MODEL_COLUMNS,
  "frontier_ai_models.csv": MODEL_COLUMNS,
  "ml_hardware.csv": ["Hardware name", "Manufacturer", "Release date"],
  "gpu_clusters.csv": ["Name", "Status", "First Operational Date"],
  "data_centers/data_centers.csv": ["Handle", "Latitude", "Longitude"],
  "data_centers/data_center_timelines.csv": ["Date", "Data center"],
  "ai_companies/ai_companies.csv": ["Name", "Founding date"],
  "ai_companies/ai_companies_funding_rounds.csv": ["Id", "Company", "Close date"],
  "ai_companies/ai_companies_revenue_reports.csv": REPORT_COLUMNS,
  "ai_companies/ai_companies_staff_reports.csv": REPORT_COLUMNS,
  "ai_companies/ai_companies_usage_reports.csv": REPORT_COLUMNS,
  "ai_companies/ai_companies_compute_spend.csv": REPORT_COLUMNS,
  "benchmark_data/epoch_capabilities_index.csv": ["Model version", "ECI Score", "Release date"],
};
