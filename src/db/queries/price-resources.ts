import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { countryOrBloc, equalsAny, type Condition, type ListDescriptor, type ListFilters } from "./list.js";

export interface PriceFilters extends ListFilters {
  readonly provider?: readonly string[];
  readonly currency?: readonly string[];
  readonly tier?: readonly string[];
  readonly confidence?: readonly string[];
  readonly sourceKind?: readonly string[];
  readonly openWeights?: boolean;
}

/** Curated API list prices; country and bloc filters select by the model developer's headquarters. */
export const priceList: ListDescriptor<PriceFilters> = {
  table: "prices",
  idColumn: "id",
  nameColumn: "model",
  dateColumn: "effective",
  sortable: ["effective", "id", "provider", "input_usd_per_mtok", "output_usd_per_mtok"],
  conditions: (filters) => {
    const where = countryOrBloc("organizations.hq_country", filters);
    const openWeights: Condition[] =
      filters.openWeights === undefined ? [] : [(eb) => eb("prices.open_weights", "=", filters.openWeights ? 1 : 0)];
    const developerIn: Condition[] = where.length
      ? [
          (eb) =>
            eb(
              "prices.developer",
              "in",
              eb
                .selectFrom("organizations")
                .select("organizations.id")
                .where((inner) => inner.and(where.map((condition) => condition(inner)))),
            ),
        ]
      : [];
    return [
      ...equalsAny("prices.provider", filters.provider),
      ...equalsAny("prices.currency", filters.currency),
      ...equalsAny("prices.tier", filters.tier),
      ...equalsAny("prices.confidence", filters.confidence),
      ...equalsAny("prices.source_kind", filters.sourceKind),
      ...openWeights,
      ...developerIn,
    ];
  },
};

/** Price rows as the API shows them: flags as booleans, the ECI model list as a list, the developer's country. */
export async function hydratePrices(
  db: Kysely<Database>,
  rows: Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  const developers = [...new Set(rows.map((row) => row.developer as string))];
  const countries = new Map(
    developers.length === 0
      ? []
      : (await db.selectFrom("organizations").select(["id", "hq_country"]).where("id", "in", developers).execute()).map(
          (row) => [row.id, row.hq_country],
        ),
  );
  return rows.map((row) => ({
    ...row,
    developer_country: countries.get(row.developer as string) ?? null,
    open_weights: row.open_weights === 1,
    third_party_host: row.third_party_host === 1,
    eci_models: JSON.parse(row.eci_models as string) as string[],
  }));
}
