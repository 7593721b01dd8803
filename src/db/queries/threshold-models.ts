import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/** A model of one Epoch dataset whose training-compute estimate exceeds a threshold, with its provenance. */
export interface ComputeModelRow {
  readonly id: string;
  readonly name: string;
  readonly dataset: string;
  readonly organization: string | null;
  readonly developer_countries: readonly string[];
  readonly publication_date: string | null;
  readonly training_compute_flop: number;
  /** Epoch's confidence label, verbatim (null when Epoch gives none). */
  readonly confidence: string | null;
  readonly link: string | null;
  readonly source_id: string;
  readonly row_number: number;
}

/** Models of `dataset` trained with strictly more than `minFlop`, largest first. */
export async function modelsAboveCompute(
  db: Kysely<Database>,
  query: { readonly dataset: string; readonly minFlop: number },
): Promise<ComputeModelRow[]> {
  const models = await db
    .selectFrom("models")
    .select([
      "id",
      "name",
      "dataset",
      "organization",
      "publication_date",
      "training_compute_flop",
      "confidence",
      "link",
      "source_id",
      "row_number",
    ])
    .where("dataset", "=", query.dataset)
    .where("training_compute_flop", ">", query.minFlop)
    .orderBy("training_compute_flop", "desc")
    .orderBy("name")
    .execute();
  if (models.length === 0) return [];
  const developers = await db
    .selectFrom("model_developers")
    .select(["model_id", "country"])
    .where(
      "model_id",
      "in",
      models.map((model) => model.id),
    )
    .orderBy("model_id")
    .orderBy("position")
    .execute();
  const countriesOf = new Map<string, string[]>();
  for (const developer of developers) {
    if (developer.country === null) continue;
    const countries = countriesOf.get(developer.model_id) ?? [];
    if (!countries.includes(developer.country)) countries.push(developer.country);
    countriesOf.set(developer.model_id, countries);
  }
  return models.map((model) => ({
    ...model,
    training_compute_flop: model.training_compute_flop as number,
    developer_countries: countriesOf.get(model.id) ?? [],
  }));
}
