import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listRows, type ListDescriptor, type ListFilters } from "../db/queries/list.js";
import type { ApiContext } from "./context.js";
import { toCsv } from "./csv.js";
import { decodeCursor, encodeCursor, queryFingerprint } from "./cursor.js";

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

const listResponse = z.object({
  data: z.array(z.record(z.string(), z.unknown())),
  total: z.number().int(),
  next: z.string().nullable(),
  attribution: z.string().optional(),
});

export function registerList<Filters extends ListFilters>(
  app: FastifyInstance,
  context: ApiContext,
  resource: ListResource<Filters>,
): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const page = async (query: ListQuery, everything: boolean) => {
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
        response: { 200: listResponse },
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
        params: z.strictObject({ id: z.string().min(1).max(300) }),
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
      },
    },
    async (request, reply) => {
      const { records } = await page(request.query, true);
      if (resource.epoch) reply.header("x-attribution", context.attribution);
      reply.header("content-disposition", `attachment; filename="wedloop-${resource.name}.csv"`);
      reply.type("text/csv; charset=utf-8");
      return toCsv(records);
    },
  );
}
