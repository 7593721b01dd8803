import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { listRows, type ListDescriptor, type ListFilters } from "../db/queries/list.js";
import { LIST_RECORDS, listContract } from "../contract/lists.js";
import type { ApiContext } from "./context.js";
import { toSourcedCsv } from "./csv.js";
import { decodeCursor, encodeCursor, queryFingerprint } from "./cursor.js";
import { IndicatorParamError } from "../indicators/params.js";
import { storeMemo } from "./store-memo.js";

type ListQuery = { limit: number; cursor?: string; sort: string; [key: string]: unknown };

/** One list endpoint and its CSV twin: `/api/v1/<name>` and `/api/v1/<name>.csv`. */
export interface ListResource<Filters extends ListFilters> {
  readonly name: string;
  readonly summary: string;
  readonly descriptor: ListDescriptor<Filters>;
  readonly query: z.ZodType<ListQuery>;
  /** Query parameters to store filters (country/bloc/from/to/q are mapped for every resource). */
  filters(query: ListQuery): Filters;
  hydrate(
    context: ApiContext,
    rows: Record<string, unknown>[],
    options?: { withRaw: boolean },
  ): Promise<Record<string, unknown>[]> | Record<string, unknown>[];
  /** Source ids of a record: the dataset's, a fact's, or the record's own. */
  sourceIds(record: Record<string, unknown>): string[];
  /** Whether records come from Epoch AI (the attribution is added). */
  readonly epoch: boolean;
}

export function commonFilters(query: ListQuery): ListFilters {
  return {
    countries: query.country as string[] | undefined,
    blocs: query.bloc as string[] | undefined,
    from: query.from as string | undefined,
    to: query.to as string | undefined,
    q: query.q as string | undefined,
  };
}

function parseSort(sort: string) {
  return sort.startsWith("-") ? { column: sort.slice(1), descending: true } : { column: sort, descending: false };
}

type KnownIds = Record<string, ReadonlySet<string>>;

/**
 * The ids a list filter may name, read once per store build through the store memo: a rebuild re-reads them,
 * and a read that failed (the database was down) is retried by the next request instead of kept.
 */
const memos = new WeakMap<ApiContext, ReturnType<typeof storeMemo>>();
function knownIds(context: ApiContext): Promise<KnownIds> {
  let memo = memos.get(context);
  if (!memo) {
    memo = storeMemo(context);
    memos.set(context, memo);
  }
  return memo<KnownIds>("known-ids", () =>
    Promise.all([
      context.db.selectFrom("blocs").select("id").orderBy("position").execute(),
      context.db.selectFrom("countries").select("code").orderBy("code").execute(),
      context.db.selectFrom("organizations").select("id").orderBy("id").execute(),
    ]).then(([blocs, countries, organizations]) => ({
      bloc: new Set(blocs.map((row) => row.id)),
      country: new Set(countries.map((row) => row.code)),
      organization: new Set(organizations.map((row) => row.id)),
    })),
  );
}

/**
 * An unknown bloc, country or organisation is a 400 naming the value and the valid choices, never an
 * empty 200 that reads as "none".
 */
export async function checkKnownIds(context: ApiContext, query: Record<string, unknown>): Promise<void> {
  const known = await knownIds(context);
  for (const [parameter, ids] of Object.entries(known)) {
    const given = query[parameter];
    const values = Array.isArray(given) ? given : typeof given === "string" ? [given] : [];
    const unknown = values.find((value) => !ids.has(String(value)));
    if (unknown === undefined) continue;
    const choices = [...ids];
    const listed =
      choices.length > 40
        ? `${choices.slice(0, 40).join(", ")}, … (see /api/v1/${parameter === "country" ? "countries" : `${parameter}s`})`
        : choices.join(", ");
    throw new IndicatorParamError(parameter, `unknown ${parameter} '${String(unknown)}'; valid: ${listed}`);
  }
}

export function registerList<Filters extends ListFilters>(
  app: FastifyInstance,
  context: ApiContext,
  resource: ListResource<Filters>,
): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const record = LIST_RECORDS[resource.name as keyof typeof LIST_RECORDS];
  if (!record) throw new Error(`list ${resource.name} has no record schema in src/contract/lists.ts`);
  // Records are built from the store's columns at run time; the serialiser checks each against its schema.
  const contract = listContract(record as z.ZodType<Record<string, unknown>>, resource.summary);
  const page = async (query: ListQuery, everything: boolean) => {
    await checkKnownIds(context, query);
    const fingerprint = queryFingerprint(query);
    const offset = query.cursor
      ? decodeCursor(query.cursor, { snapshot: context.storeVersion, query: fingerprint })
      : 0;
    const result = await listRows(context.db, resource.descriptor, {
      filters: resource.filters(query),
      sort: parseSort(query.sort),
      offset: everything ? 0 : offset,
      limit: everything ? null : query.limit,
    });
    const records = (await resource.hydrate(context, result.rows)).map((record) => ({
      ...record,
      source_ids: resource.sourceIds(record),
    }));
    const nextOffset = offset + records.length;
    const next =
      !everything && nextOffset < result.total
        ? encodeCursor({ offset: nextOffset, snapshot: context.storeVersion, query: fingerprint })
        : null;
    return { records, total: result.total, next };
  };

  typed.get(
    `/api/v1/${resource.name}`,
    {
      schema: {
        summary: resource.summary,
        tags: [resource.name],
        querystring: resource.query,
        ...contract.page,
      },
    },
    async (request, reply) => {
      const { records, total, next } = await page(request.query, false);
      if (resource.epoch) reply.header("x-attribution", context.attribution);
      return { data: records, total, next, ...(resource.epoch ? { attribution: context.attribution } : {}) };
    },
  );

  typed.get(
    `/api/v1/${resource.name}/:id`,
    {
      schema: {
        summary: `One record of ${resource.name}, with the original row it came from`,
        tags: [resource.name],
        ...contract.one,
      },
    },
    async (request, reply) => {
      const rows = await context.db
        .selectFrom(resource.descriptor.table)
        .selectAll()
        .where(resource.descriptor.idColumn as never, "=", request.params.id as never)
        .execute();
      if (rows.length === 0)
        return reply.code(404).send({
          error: "not_found",
          parameter: "id",
          message: `no ${resource.name} record with id ${request.params.id}`,
        });
      const original = await context.db
        .selectFrom("original_rows")
        .select("raw")
        .where("table_name", "=", resource.descriptor.table)
        .where("record_id", "=", request.params.id)
        .executeTakeFirst();
      const withOriginal = (rows as Record<string, unknown>[]).map((row) =>
        original ? { ...row, raw: original.raw } : row,
      );
      const [record] = await resource.hydrate(context, withOriginal, { withRaw: true });
      if (resource.epoch) reply.header("x-attribution", context.attribution);
      return {
        data: { ...record, source_ids: resource.sourceIds(record!) },
        ...(resource.epoch ? { attribution: context.attribution } : {}),
      };
    },
  );

  typed.get(
    `/api/v1/${resource.name}.csv`,
    {
      schema: {
        summary: `${resource.summary} (CSV, every match; the cursor and limit are ignored)`,
        tags: [resource.name],
        querystring: resource.query,
        ...contract.csv,
      },
    },
    async (request, reply) => {
      const { records } = await page(request.query, true);
      if (resource.epoch) reply.header("x-attribution", context.attribution);
      reply.header("content-disposition", `attachment; filename="wedloop-${resource.name}.csv"`);
      reply.type("text/csv; charset=utf-8");
      const source = resource.epoch
        ? context.attribution
        : `Wedloop curated data; each record's sources are in source_ids (snapshot ${context.snapshotId}).`;
      return toSourcedCsv(records, source);
    },
  );
}
