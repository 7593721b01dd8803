import { sql, type Kysely, type SqlBool } from "kysely";
import type { Database } from "../schema.js";
import {
  blocCountries,
  countryOrBloc,
  equalsAny,
  type Condition,
  type ListDescriptor,
  type ListFilters,
} from "./list.js";

/** Rows of a child table keyed by their parent id, for attaching lists to a page of records. */
async function childrenOf<Row extends object>(
  db: Kysely<Database>,
  table: "model_developers" | "cluster_countries" | "cluster_owners" | "data_center_organizations",
  parentColumn: string,
  parentIds: readonly string[],
): Promise<Map<string, Row[]>> {
  const byParent = new Map<string, Row[]>();
  if (parentIds.length === 0) return byParent;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const rows = (await (db as Kysely<any>)
    .selectFrom(table)
    .selectAll()
    .where(parentColumn, "in", [...parentIds])
    .execute()) as Row[];
  for (const row of rows) {
    const parent = (row as Record<string, unknown>)[parentColumn] as string;
    byParent.set(parent, [...(byParent.get(parent) ?? []), row]);
  }
  const position = (row: Row) => Number((row as { position?: number }).position ?? 0);
  for (const list of byParent.values()) list.sort((a, b) => position(a) - position(b));
  return byParent;
}

/**
 * A country or bloc filter through a link table: the record matches when any linked country does. Written as
 * `id in (select parent from link where country in ...)` so both databases use the (country, parent) index
 * once instead of probing the link table per record.
 */
function linkedCountry(linkTable: string, parentColumn: string, table: string, filters: ListFilters): Condition[] {
  const linkedTo = (eb: Parameters<Condition>[0], countries: readonly string[] | ReturnType<typeof blocCountries>) =>
    eb(
      `${table}.id`,
      "in",
      eb
        .selectFrom(linkTable)
        .select(`${linkTable}.${parentColumn}`)
        .where(`${linkTable}.country`, "in", Array.isArray(countries) ? [...countries] : (countries as never)),
    );
  return [
    ...(filters.countries?.length ? [(eb: Parameters<Condition>[0]) => linkedTo(eb, filters.countries!)] : []),
    ...(filters.blocs?.length
      ? [(eb: Parameters<Condition>[0]) => linkedTo(eb, blocCountries(eb, filters.blocs!))]
      : []),
  ];
}

function likeAny(column: string, value: string | undefined): Condition[] {
  if (!value) return [];
  return [(eb) => sql<SqlBool>`lower(${eb.ref(column)}) like ${`%${value.toLowerCase()}%`}`];
}

function withOrganization(
  linkTable: string,
  parentColumn: string,
  table: string,
  organization: string | undefined,
): Condition[] {
  if (!organization) return [];
  return [
    (eb) =>
      eb.exists(
        eb
          .selectFrom(linkTable)
          .select(sql`1`.as("one"))
          .whereRef(`${linkTable}.${parentColumn}`, "=", `${table}.id`)
          .where(`${linkTable}.organization_id`, "=", organization),
      ),
  ];
}

export interface ModelFilters extends ListFilters {
  readonly dataset?: readonly string[];
  readonly organization?: string;
  readonly domain?: string;
  readonly accessibility?: string;
  readonly confidence?: readonly string[];
  readonly minCompute?: number;
}

export const modelList: ListDescriptor<ModelFilters> = {
  table: "models",
  idColumn: "id",
  nameColumn: "name",
  dateColumn: "publication_date",
  sortable: ["publication_date", "name", "training_compute_flop", "parameters", "training_cost_2023_usd"],
  conditions: (filters) => [
    ...linkedCountry("model_developers", "model_id", "models", filters),
    // One model, one record: a model in several Epoch files is listed once. With one `dataset` that file's
    // row stands for it (its own estimates and provenance); otherwise the primary row, filtered on membership.
    ...(filters.dataset?.length === 1
      ? equalsAny("models.dataset", filters.dataset)
      : [
          (eb: Parameters<Condition>[0]) => eb("models.is_primary", "=", 1),
          ...(filters.dataset?.length
            ? [
                (eb: Parameters<Condition>[0]) =>
                  eb.or(filters.dataset!.map((dataset) => eb(`models.in_${dataset}` as "models.in_notable", "=", 1))),
              ]
            : []),
        ]),
    ...withOrganization("model_developers", "model_id", "models", filters.organization),
    ...likeAny("models.domain", filters.domain),
    ...likeAny("models.accessibility", filters.accessibility),
    ...equalsAny("models.confidence", filters.confidence),
    ...(filters.minCompute !== undefined
      ? [(eb: Parameters<Condition>[0]) => eb("models.training_compute_flop", ">=", filters.minCompute)]
      : []),
  ],
};

export async function hydrateModels(db: Kysely<Database>, rows: Record<string, unknown>[]) {
  const developers = await childrenOf<Database["model_developers"]>(
    db,
    "model_developers",
    "model_id",
    rows.map((row) => row.id as string),
  );
  // Each row the model has in Epoch's files, with its provenance.
  const keys = [...new Set(rows.map((row) => row.model_key as string))];
  const records = keys.length
    ? await db
        .selectFrom("models")
        .select(["model_key", "id", "dataset", "source_id", "row_number"])
        .where("model_key", "in", keys)
        .execute()
    : [];
  return rows.map(({ in_notable, in_large_scale, in_frontier, is_primary: _primary, ...row }) => ({
    ...row,
    in_notable: in_notable === 1,
    in_large_scale: in_large_scale === 1,
    in_frontier: in_frontier === 1,
    records: records
      .filter((record) => record.model_key === row.model_key)
      .map(({ id, dataset, source_id, row_number }) => ({ id, dataset, source_id, row: row_number })),
    developers: (developers.get(row.id as string) ?? []).map(({ organization_id, country }) => ({
      organization_id,
      country,
    })),
  }));
}

export interface ChipFilters extends ListFilters {
  readonly organization?: string;
  readonly type?: readonly string[];
}

export const chipList: ListDescriptor<ChipFilters> = {
  table: "chips",
  idColumn: "id",
  nameColumn: "name",
  dateColumn: "release_date",
  sortable: [
    "release_date",
    "name",
    "tpp_bit_ops",
    "memory_bandwidth_bytes_per_s",
    "tensor_fp16_flops",
    "release_price_usd",
  ],
  conditions: (filters) => [
    ...(filters.organization
      ? [(eb: Parameters<Condition>[0]) => eb("chips.manufacturer_id", "=", filters.organization)]
      : []),
    ...equalsAny("chips.type", filters.type),
    // A chip's country is its designer's headquarters.
    ...(filters.countries?.length || filters.blocs?.length
      ? [
          (eb: Parameters<Condition>[0]) =>
            eb.exists(
              eb
                .selectFrom("organizations")
                .select(sql`1`.as("one"))
                .whereRef("organizations.id", "=", "chips.manufacturer_id")
                .where((inner) =>
                  inner.and([
                    ...(filters.countries?.length
                      ? [inner("organizations.hq_country", "in", [...filters.countries])]
                      : []),
                    ...(filters.blocs?.length
                      ? [inner("organizations.hq_country", "in", blocCountries(inner, filters.blocs))]
                      : []),
                  ]),
                ),
            ),
        ]
      : []),
  ],
};

export interface ClusterFilters extends ListFilters {
  readonly status?: readonly string[];
  readonly organization?: string;
  readonly certainty?: readonly string[];
}

export const clusterList: ListDescriptor<ClusterFilters> = {
  table: "clusters",
  idColumn: "id",
  nameColumn: "name",
  dateColumn: "first_operational",
  sortable: ["first_operational", "name", "h100_equivalents", "ops_16bit", "power_mw", "hardware_cost_usd"],
  conditions: (filters) => [
    ...linkedCountry("cluster_countries", "cluster_id", "clusters", filters),
    ...equalsAny("clusters.status", filters.status),
    ...equalsAny("clusters.certainty", filters.certainty),
    ...withOrganization("cluster_owners", "cluster_id", "clusters", filters.organization),
  ],
};

export async function hydrateClusters(db: Kysely<Database>, rows: Record<string, unknown>[]) {
  const ids = rows.map((row) => row.id as string);
  const countries = await childrenOf<Database["cluster_countries"]>(db, "cluster_countries", "cluster_id", ids);
  const owners = await childrenOf<Database["cluster_owners"]>(db, "cluster_owners", "cluster_id", ids);
  return rows.map((row) => ({
    ...row,
    urls: JSON.parse(row.urls as string) as string[],
    possible_duplicate: Boolean(row.possible_duplicate),
    in_standard_analysis: Boolean(row.in_standard_analysis),
    countries: (countries.get(row.id as string) ?? []).map((entry) => entry.country),
    owners: (owners.get(row.id as string) ?? []).map((entry) => entry.organization_id),
  }));
}

export interface DataCenterFilters extends ListFilters {
  readonly organization?: string;
}

export const dataCenterList: ListDescriptor<DataCenterFilters> = {
  table: "data_centers",
  idColumn: "id",
  nameColumn: "name",
  dateColumn: null,
  sortable: ["name", "current_power_mw", "current_h100_equivalents", "current_capital_cost_usd"],
  conditions: (filters) => [
    ...countryOrBloc("data_centers.country", filters),
    ...withOrganization("data_center_organizations", "data_center_id", "data_centers", filters.organization),
  ],
};

export async function hydrateDataCenters(db: Kysely<Database>, rows: Record<string, unknown>[]) {
  const ids = rows.map((row) => row.id as string);
  const parties = await childrenOf<Database["data_center_organizations"]>(
    db,
    "data_center_organizations",
    "data_center_id",
    ids,
  );
  const timeline = ids.length
    ? await db
        .selectFrom("data_center_timeline")
        .selectAll()
        .where("data_center_id", "in", ids)
        .orderBy("date")
        .execute()
    : [];
  return rows.map((row) => ({
    ...row,
    organizations: (parties.get(row.id as string) ?? []).map(({ organization_id, role, confidence }) => ({
      organization_id,
      role,
      confidence,
    })),
    timeline: timeline
      .filter((entry) => entry.data_center_id === row.id)
      .map(({ date, construction_status, power_mw, h100_equivalents, capital_cost_usd, row_number }) => ({
        date,
        construction_status,
        power_mw,
        h100_equivalents,
        capital_cost_usd,
        row_number,
      })),
  }));
}
