import type { DatasetDefinition } from "./dataset.js";
import { RowFields } from "./row-fields.js";
import { FieldError } from "../normalize/field-error.js";

/**
 * Epoch AI's Capabilities Index (ECI), one row per model version, from the benchmarking hub's download.
 * Minimal: the score, release date and developer as Epoch lists them; rows without a score are kept out
 * (quarantined with the reason) since the price of capability cannot use them.
 */
export const epochCapabilitiesIndex: DatasetDefinition = {
  id: "epoch_capabilities_index",
  sourceId: "epoch-capabilities-index",
  title: "Epoch Capabilities Index (AI Benchmarking Hub)",
  file: "benchmark_data/epoch_capabilities_index.csv",
  // Published on the benchmarking hub, not under epoch.ai/data/: an absolute address replaces the base.
  remoteFile: "https://epoch.ai/benchmarks",
  table: "capabilities",
  mapRow(row, _context, sourceId) {
    const fields = new RowFields(row);
    const id = fields.required("Model version");
    const eci = fields.number("ECI Score");
    if (eci === null) throw new FieldError("ECI Score", "", "no ECI score for this model version");
    const released = fields.date("Release date");
    return {
      capabilities: [
        {
          id,
          display_name: fields.text("Display name") ?? fields.text("Model name") ?? id,
          eci,
          release_date: released?.day ?? null,
          organization: fields.text("Organization"),
          country: fields.text("Country"),
          accessibility: fields.text("Model accessibility"),
          source_id: sourceId,
          row_number: row.line,
        },
      ],
    };
  },
};
