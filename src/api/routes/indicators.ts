import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { indicatorsContract } from "../../contract/indicators.js";
import { loadObservations, type StoreObservations } from "../../db/queries/observations.js";
import { EPOCH_DATASETS } from "../../ingest/loaders/epoch-datasets.js";
import { IndicatorParamError } from "../../indicators/params.js";
import {
  findIndicator,
  INDICATORS,
  parameterJsonSchema,
  rowJsonSchemas,
  type IndicatorDefinition,
} from "../../indicators/registry.js";
import type { IndicatorSeries } from "../../indicators/series.js";
import { BoundedCache } from "../bounded-cache.js";
import type { ApiContext } from "../context.js";
import { storeMemo } from "../store-memo.js";
import { toSourcedCsv } from "../csv.js";

// Results are cached per store build, indicator and parameters, within a memory budget (a series as objects
// takes a few times its JSON length).
const CACHE_ENTRIES = 500;
// Small: the response cache keeps the answers themselves; this one saves recomputing a series that several
// URLs (JSON, CSV, languages) share, and must not hold every answer a second time.
const CACHE_BYTES = 16 * 1024 * 1024;
const OBJECT_BYTES_PER_JSON_CHAR = 4;

/** The sources every curated price and reference rate cites. */
async function curatedPriceSources(context: ApiContext): Promise<string[]> {
  const [prices, rates] = await Promise.all([
    context.db.selectFrom("prices").select("source_id").distinct().execute(),
    context.db.selectFrom("exchange_rates").select("source_id").distinct().execute(),
  ]);
  return [...prices, ...rates].map((row) => row.source_id);
}

export function registerIndicatorRoutes(app: FastifyInstance, context: ApiContext): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const memo = storeMemo(context);
  const cache = new BoundedCache<IndicatorSeries>(CACHE_ENTRIES, CACHE_BYTES);

  const sourcesOf = async (indicator: IndicatorDefinition) => {
    // The datasets whose rows become what the indicator reads (each dataset's `feeds`) are its sources.
    const ids = EPOCH_DATASETS.filter((dataset) => dataset.feeds.some((kind) => indicator.reads.includes(kind))).map(
      (dataset) => dataset.sourceId,
    );
    if (indicator.reads.includes("prices")) ids.push(...(await curatedPriceSources(context)));
    return context.db
      .selectFrom("sources")
      .select(["id", "title", "publisher", "url", "licence", "accessed", "notes"])
      .where("id", "in", ids)
      .orderBy("id")
      .execute();
  };

  const compute = async (
    id: string,
    query: Record<string, unknown>,
  ): Promise<{ indicator: IndicatorDefinition; series: IndicatorSeries; missing: string[] }> => {
    const indicator = findIndicator(id);
    if (!indicator) throw new IndicatorParamError("id", `no indicator ${id}; see /api/v1/indicators`);
    const key = `${context.storeVersion} ${id} ${JSON.stringify(Object.entries(query).sort())}`;
    const cached = cache.get(key);
    // The kinds of record this indicator reads of which the store holds none (Epoch data not loaded).
    const loaded = await memo<StoreObservations>("observations", () => loadObservations(context.db));
    const recordsOf = (kind: string) => (loaded as unknown as Record<string, unknown>)[kind];
    const missing = indicator.reads.filter((kind) => {
      const records = recordsOf(kind);
      return Array.isArray(records) && records.length === 0;
    });
    if (cached) return { indicator, series: cached, missing };
    // The snapshot date separates Epoch's measurements from its projections (data-centre timelines).
    const series = indicator.run({ ...loaded, snapshotDate: context.snapshotDate }, query);
    cache.set(key, series, JSON.stringify(series).length * OBJECT_BYTES_PER_JSON_CHAR);
    return { indicator, series, missing };
  };

  typed.get(
    "/api/v1/indicators",
    {
      schema: {
        summary: "Every indicator with its title, description, units and parameters",
        tags: ["indicators"],
        ...indicatorsContract.list,
      },
    },
    async () => ({
      data: INDICATORS.map((indicator) => ({
        id: indicator.id,
        title: indicator.title,
        description: indicator.description,
        units: indicator.units,
        parameters: parameterJsonSchema(indicator),
        rows: rowJsonSchemas(indicator),
      })),
    }),
  );

  typed.get(
    "/api/v1/indicators/:id",
    {
      schema: {
        summary: "One indicator's series with its method, sources, snapshot id and n; parameters as listed for it",
        tags: ["indicators"],
        ...indicatorsContract.one,
      },
      config: { ownQueryCheck: true },
    },
    async (request, reply) => {
      const { table: _table, ...query } = request.query as Record<string, unknown>;
      const { indicator, series, missing } = await compute(request.params.id, query);
      reply.header("x-attribution", context.attribution);
      return {
        data: {
          id: indicator.id,
          title: indicator.title,
          description: indicator.description,
          series,
          missing_data: missing,
          sources: await sourcesOf(indicator),
          snapshot_id: context.snapshotId,
          snapshot_date: context.snapshotDate,
        },
        attribution: context.attribution,
      };
    },
  );

  typed.get(
    "/api/v1/indicators/:id.csv",
    {
      schema: {
        summary: "One table of an indicator as CSV (?table=main by default)",
        tags: ["indicators"],
        ...indicatorsContract.csv,
      },
      config: { ownQueryCheck: true },
    },
    async (request, reply) => {
      const { table = "main", ...query } = request.query as Record<string, unknown>;
      const { series } = await compute(request.params.id, query);
      const chosen = series.tables.find((candidate) => candidate.key === table);
      if (!chosen)
        throw new IndicatorParamError(
          "table",
          `no table ${String(table)}; this indicator has ${series.tables.map((t) => t.key).join(", ")}`,
        );
      reply.header("x-attribution", context.attribution);
      reply.header("content-disposition", `attachment; filename="wedloop-${request.params.id}-${chosen.key}.csv"`);
      reply.type("text/csv; charset=utf-8");
      return toSourcedCsv(
        chosen.rows as Record<string, unknown>[],
        context.attribution,
        chosen.columns.map((column) => column.key),
      );
    },
  );
}
