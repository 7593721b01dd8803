/**
 * Epoch AI's Capabilities Index (ECI): one score per model version on a common scale built from many
 * benchmarks. It feeds the capability lag, beside the compute lag of the largest training runs.
 */
import { FieldError } from "../normalize/field-error.js";
import { slugify } from "../normalize/organization.js";
import type { DatasetDefinition } from "./dataset.js";
import { provenanceOf, RowFields } from "./row-fields.js";

export const capabilitiesIndex: DatasetDefinition = {
  id: "epoch_capabilities_index",
  sourceId: "epoch-capabilities-index",
  feeds: ["capabilities"],
  title: "Epoch Capabilities Index",
  file: "benchmark_data/epoch_capabilities_index.csv",
  table: "capability_scores",
  mapRow(row, context, sourceId) {
    const fields = new RowFields(row);
    const version = fields.required("Model version");
    const eci = fields.measure("ECI Score");
    if (eci === null) throw new FieldError("ECI Score", "", "required value is empty");
    const released = fields.date("Release date");
    const countries = fields
      .countries("Country", context.countries)
      .filter((country): country is string => country !== null);
    return {
      capability_scores: [
        {
          id: slugify(version),
          model_version: version,
          model_name: fields.text("Model name") ?? version,
          display_name: fields.text("Display name"),
          release_date: released?.day ?? null,
          eci,
          organization: fields.text("Organization"),
          countries: countries.join(";"),
          accessibility: fields.text("Model accessibility"),
          confidence: fields.text("Confidence"),
          ...provenanceOf(row, sourceId),
        },
      ],
    };
  },
};
