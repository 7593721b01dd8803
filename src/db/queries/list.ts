import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import type { Database } from "../schema.js";

/** Filters every list understands; resources add their own. */
export interface ListFilters {
  /** ISO country codes, after blocs have been expanded. */
  readonly countries?: readonly string[];
  readonly blocs?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  /** Case-insensitive substring of the name. */
  readonly q?: string;
}

export interface ListRequest<Filters> {
  readonly filters: Filters;
  readonly sort: { readonly column: string; readonly descending: boolean };
  readonly offset: number;
  /** null: every match from the first (the CSV twin); offset is then ignored. */
  readonly limit: number | null;
}

export interface ListPage<Row> {
  readonly rows: Row[];
  readonly total: number;
}

// Dynamic table access: each resource's descriptor names its own table and columns, checked by its tests.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyBuilder = ExpressionBuilder<any, any>;
export type Condition = (eb: AnyBuilder) => Expression<SqlBool>;

/** How one resource lists: its table, its sortable columns and how its filters become conditions. */
export interface ListDescriptor<Filters extends ListFilters> {
  readonly table: keyof Database;
  readonly idColumn: string;
  readonly nameColumn: string;
  readonly dateColumn: string | null;
  readonly sortable: readonly string[];
  /** Conditions for the resource's own filters (country, bloc and the rest). */
  conditions(filters: Filters): Condition[];
}

/** LIKE pattern for a substring, with the wildcard characters of the user's text escaped. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Country codes of the given blocs, as a subquery. */
export function blocCountries(eb: AnyBuilder, blocs: readonly string[]) {
  return eb
    .selectFrom("bloc_members")
    .select("bloc_members.country")
    .where("bloc_members.bloc_id", "in", [...blocs]);
}

/** `column in (values)`, or no condition when no value is asked for. */
export function equalsAny(column: string, values: readonly string[] | undefined): Condition[] {
  return values?.length ? [(eb) => eb(column, "in", [...values])] : [];
}

/** A record whose own country column is one of the countries, or in one of the blocs, asked for. */
export function countryOrBloc(column: string, filters: ListFilters): Condition[] {
  return [
    ...equalsAny(column, filters.countries),
    ...(filters.blocs?.length ? [(eb: AnyBuilder) => eb(column, "in", blocCountries(eb, filters.blocs!))] : []),
  ];
}

function commonConditions(descriptor: ListDescriptor<ListFilters>, filters: ListFilters): Condition[] {
  const conditions: Condition[] = [];
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    conditions.push(
      (eb) =>
        sql<SqlBool>`lower(${eb.ref(`${descriptor.table}.${descriptor.nameColumn}`)}) like ${pattern} escape '\\'`,
    );
  }
  const dateColumn = descriptor.dateColumn;
  if (dateColumn && filters.from) conditions.push((eb) => eb(`${descriptor.table}.${dateColumn}`, ">=", filters.from));
  // "to" is inclusive of the whole day/month/year given: compare on the prefix.
  if (dateColumn && filters.to)
    conditions.push((eb) => eb(`${descriptor.table}.${dateColumn}`, "<=", `${filters.to}\uffff`));
  return conditions;
}

/**
 * One page of a resource plus the count of all matches, with the same query on SQLite and PostgreSQL.
 * Nulls sort last in both directions on both databases; the primary key breaks ties so pages are stable.
 */
export async function listRows<Filters extends ListFilters>(
  db: Kysely<Database>,
  descriptor: ListDescriptor<Filters>,
  request: ListRequest<Filters>,
): Promise<ListPage<Record<string, unknown>>> {
  const conditions = [...commonConditions(descriptor, request.filters), ...descriptor.conditions(request.filters)];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const base = (db as Kysely<any>)
    .selectFrom(descriptor.table)
    .where((eb) => eb.and(conditions.map((condition) => condition(eb))));
  const countRow = await base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
  const sortRef = `${descriptor.table}.${request.sort.column}`;
  const direction = request.sort.descending ? "desc" : "asc";
  let query = base
    .selectAll(descriptor.table)
    .orderBy(sql`case when ${sql.ref(sortRef)} is null then 1 else 0 end`)
    .orderBy(sql.ref(sortRef), direction)
    .orderBy(sql.ref(`${descriptor.table}.${descriptor.idColumn}`), direction);
  // SQLite only takes OFFSET after LIMIT: a request for every match starts at the first.
  if (request.limit !== null) query = query.limit(request.limit).offset(request.offset);
  return { rows: (await query.execute()) as Record<string, unknown>[], total: Number(countRow.total) };
}
