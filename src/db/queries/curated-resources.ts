import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import {
  blocCountries,
  countryOrBloc,
  equalsAny,
  type Condition,
  type ListDescriptor,
  type ListFilters,
} from "./list.js";

type Builder = Parameters<Condition>[0];

export interface OrganizationFilters extends ListFilters {
  readonly kind?: readonly string[];
  readonly curated?: boolean;
}

export const organizationList: ListDescriptor<OrganizationFilters> = {
  table: "organizations",
  idColumn: "id",
  nameColumn: "name",
  dateColumn: "founded",
  sortable: ["name", "id", "hq_country", "founded"],
  conditions: (filters) => [
    ...countryOrBloc("organizations.hq_country", filters),
    ...equalsAny("organizations.kind", filters.kind),
    ...(filters.curated === undefined
      ? []
      : [(eb: Builder) => eb("organizations.hq_basis", filters.curated ? "=" : "!=", "curated")]),
  ],
};

export function hydrateOrganizations(rows: Record<string, unknown>[]) {
  return rows.map((row) => ({ ...row, aliases: JSON.parse(row.aliases as string) as string[] }));
}

export const countryList: ListDescriptor<ListFilters> = {
  table: "countries",
  idColumn: "code",
  nameColumn: "name_en",
  dateColumn: null,
  sortable: ["code", "name_en", "name_nl"],
  conditions: (filters) => countryOrBloc("countries.code", filters),
};

/** Each country with the blocs it belongs to. */
export async function hydrateCountries(db: Kysely<Database>, rows: Record<string, unknown>[]) {
  const codes = rows.map((row) => row.code as string);
  const memberships = codes.length
    ? await db.selectFrom("bloc_members").selectAll().where("country", "in", codes).execute()
    : [];
  return rows.map((row) => ({
    ...row,
    blocs: memberships
      .filter((member) => member.country === row.code)
      .map((member) => member.bloc_id)
      .sort(),
  }));
}

export const blocList: ListDescriptor<ListFilters> = {
  table: "blocs",
  idColumn: "id",
  nameColumn: "name_en",
  dateColumn: null,
  sortable: ["position", "id", "name_en"],
  conditions: (filters) =>
    filters.countries?.length
      ? [
          (eb: Builder) =>
            eb.exists(
              eb
                .selectFrom("bloc_members")
                .select(sql`1`.as("one"))
                .whereRef("bloc_members.bloc_id", "=", "blocs.id")
                .where("bloc_members.country", "in", [...filters.countries!]),
            ),
        ]
      : [],
};

export async function hydrateBlocs(db: Kysely<Database>, rows: Record<string, unknown>[]) {
  const ids = rows.map((row) => row.id as string);
  const members = ids.length
    ? await db.selectFrom("bloc_members").selectAll().where("bloc_id", "in", ids).orderBy("country").execute()
    : [];
  return rows.map((row) => ({
    ...row,
    rest: Boolean(row.rest),
    derived: Boolean(row.derived),
    members: members.filter((member) => member.bloc_id === row.id).map((member) => member.country),
  }));
}

export interface FactFilters extends ListFilters {
  readonly kind?: readonly string[];
  readonly entity?: string;
  readonly predicate?: readonly string[];
  readonly confidence?: readonly string[];
  readonly source?: string;
}

export const factList: ListDescriptor<FactFilters> = {
  table: "facts",
  idColumn: "id",
  nameColumn: "quote",
  dateColumn: "date",
  sortable: ["date", "id", "kind", "predicate"],
  conditions: (filters) => [
    ...equalsAny("facts.kind", filters.kind),
    ...equalsAny("facts.predicate", filters.predicate),
    ...equalsAny("facts.confidence", filters.confidence),
    ...(filters.source ? [(eb: Builder) => eb("facts.source_id", "=", filters.source)] : []),
    ...(filters.entity ? [(eb: Builder) => linkedEntity(eb, [filters.entity!])] : []),
    ...(filters.countries?.length ? [(eb: Builder) => linkedEntity(eb, filters.countries!)] : []),
    ...(filters.blocs?.length ? [(eb: Builder) => linkedEntity(eb, blocCountries(eb, filters.blocs!))] : []),
  ],
};

function linkedEntity(eb: Builder, entities: readonly string[] | ReturnType<typeof blocCountries>) {
  return eb.exists(
    eb
      .selectFrom("fact_entities")
      .select(sql`1`.as("one"))
      .whereRef("fact_entities.fact_id", "=", "facts.id")
      .where("fact_entities.entity_id", "in", Array.isArray(entities) ? [...entities] : (entities as never)),
  );
}

export function hydrateFacts(
  rows: Record<string, unknown>[],
): (Record<string, unknown> & { detail: Record<string, unknown> })[] {
  return rows.map(({ detail, ...row }) => ({
    ...row,
    detail: JSON.parse(detail as string) as Record<string, unknown>,
  }));
}

export interface SourceFilters extends ListFilters {
  readonly kind?: readonly string[];
  readonly publisher?: string;
}

export const sourceList: ListDescriptor<SourceFilters> = {
  table: "sources",
  idColumn: "id",
  nameColumn: "title",
  dateColumn: "published",
  sortable: ["id", "published", "publisher", "title"],
  conditions: (filters) => [
    ...equalsAny("sources.kind", filters.kind),
    ...(filters.publisher
      ? [
          (eb: Builder) =>
            sql<boolean>`lower(${eb.ref("sources.publisher")}) = ${filters.publisher!.toLowerCase()}` as never,
        ]
      : []),
  ],
};
