import type { CsvRow } from "../csv-rows.js";
import { FieldError } from "../normalize/field-error.js";
import { slugify } from "../normalize/organization.js";
import type { DatasetDefinition, LoadContext, RowOutput } from "./dataset.js";
import { provenanceOf, RowFields } from "./row-fields.js";

type ModelDataset = "notable" | "large_scale" | "frontier";

// Not in the large-scale dataset, which has cloud and upfront costs instead.
const COST_COLUMN = "Training compute cost (2023 USD)";
const CONFIDENCE_LABELS = new Set(["Confident", "Likely", "Speculative", "Unknown", "Unverified"]);

/**
 * Epoch lists a model's developers in "Organization" and their countries in "Country (of organization)",
 * both comma-separated and usually in the same order. When the counts match, developer i is paired with
 * country i; when they differ, the organisations and countries are stored as separate lists (position by
 * position, the longer list padding the other with null), so both attribution rules still see every country.
 */
function modelRow(dataset: ModelDataset, row: CsvRow, context: LoadContext, sourceId: string): RowOutput {
  const fields = new RowFields(row);
  const name = fields.required("Model");
  const id = `${dataset}-${slugify(name)}`;
  const published = fields.date("Publication date");
  const confidence = fields.text("Confidence");
  if (confidence !== null && !CONFIDENCE_LABELS.has(confidence)) {
    throw new FieldError("Confidence", confidence, `unknown confidence label ${JSON.stringify(confidence)}`);
  }
  const organizations = context.organizations
    .splitNames(fields.text("Organization") ?? "")
    .map((organization) => context.organizations.resolve(organization));
  const countries = fields.countries("Country (of organization)", context.countries);
  // Headquarters evidence: developer i is in country i when the lists align, or all in one country when only one is named.
  const distinct = new Set(countries);
  if (organizations.length === countries.length || (distinct.size === 1 && countries[0])) {
    organizations.forEach((organization, position) => {
      const country = organizations.length === countries.length ? countries[position] : countries[0];
      if (country) context.organizations.observeCountry(organization, country);
    });
  }
  const developers = Array.from({ length: Math.max(organizations.length, countries.length) }, (_, position) => ({
    model_id: id,
    position,
    organization_id: organizations[position] ?? null,
    country: countries[position] ?? null,
  }));
  return {
    models: [
      {
        id,
        dataset,
        name,
        publication_date: published?.day ?? null,
        date_precision: published?.precision ?? null,
        domain: fields.text("Domain"),
        task: fields.text("Task"),
        organization: fields.text("Organization"),
        parameters: fields.measure("Parameters"),
        training_compute_flop: fields.measure("Training compute (FLOP)"),
        confidence,
        accessibility: fields.text("Model accessibility"),
        notability: fields.has("Notability criteria") ? fields.text("Notability criteria") : null,
        training_hardware: fields.text("Training hardware"),
        hardware_quantity: fields.measure("Hardware quantity"),
        training_cost_2023_usd: fields.has(COST_COLUMN) ? fields.measure(COST_COLUMN) : null,
        link: fields.text("Link"),
        // Filled in once every model file is read (one model, one record across the files).
        model_key: modelKey(name),
        in_notable: 0,
        in_large_scale: 0,
        in_frontier: 0,
        is_primary: 0,
        ...provenanceOf(row, sourceId),
      },
    ],
    model_developers: developers,
  };
}

/**
 * The key one model has in every Epoch file: its name in lower case without spaces, hyphens or underscores
 * ("GLM-4.6" and "GLM 4.6" are one model), so "DeepLabV3+" and "DeepLabV3" stay two.
 */
export function modelKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-_]+/g, "");
}

function modelDataset(dataset: ModelDataset, file: string, title: string): DatasetDefinition {
  return {
    id: file.replace(/\.csv$/, ""),
    sourceId: `epoch-${file.replace(/\.csv$/, "").replace(/_/g, "-")}`,
    feeds: ["models"],
    title,
    file,
    table: "models",
    mapRow: (row, context, sourceId) => modelRow(dataset, row, context, sourceId),
    // Within one file, two spellings of one name on the same publication date are one model.
    duplicateKey: (output) => {
      const model = output.models?.[0];
      return model
        ? {
            key: `${modelKey(model.name)}|${model.publication_date ?? ""}`,
            reason: "same model name (ignoring case, spaces and hyphens) and publication date",
          }
        : null;
    },
  };
}

export const notableModels = modelDataset("notable", "notable_ai_models.csv", "Notable AI Models");
export const largeScaleModels = modelDataset("large_scale", "large_scale_ai_models.csv", "Large-Scale AI Models");
export const frontierModels = modelDataset("frontier", "frontier_ai_models.csv", "Frontier AI Models");
