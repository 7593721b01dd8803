import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { metaContract, type EpochDataStatus } from "../../contract/meta.js";
import type { ApiContext } from "../context.js";
import { toSourcedCsv } from "../csv.js";

/**
 * Whether Epoch AI's data is in the store: "missing" when no dataset has a stored row (a store built from
 * the curated facts alone), "partial" when some are empty. The dashboard shows a banner for either, and no
 * figure computed from zero records is presented as a fact.
 */
export function epochDataStatus(datasets: readonly { id: string; status: string; rows_stored: number | null }[]) {
  const empty = datasets.filter((dataset) => dataset.status !== "loaded" || !dataset.rows_stored);
  const status: EpochDataStatus["status"] =
    empty.length === datasets.length ? "missing" : empty.length > 0 ? "partial" : "loaded";
  return { status, empty_datasets: empty.map((dataset) => dataset.id) };
}

/** Meta endpoints under /api/v1/-/: what this server and its store are. */
export function registerMetaRoutes(app: FastifyInstance, context: ApiContext): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    "/api/v1/-/version",
    {
      schema: {
        summary: "Code version, snapshot id and the checksum and counts of every dataset",
        tags: ["meta"],
        ...metaContract.version,
      },
    },
    async () => {
      const meta = Object.fromEntries(
        (await context.db.selectFrom("meta").selectAll().execute()).map((row) => [row.key, row.value]),
      );
      const datasets = await context.db.selectFrom("datasets").selectAll().orderBy("id").execute();
      return {
        code_version: context.codeVersion,
        snapshot_id: context.snapshotId,
        built_at: meta.built_at ?? null,
        epoch_data: epochDataStatus(datasets),
        datasets: datasets.map(({ build_ms: _ms, ...dataset }) => dataset),
        attribution: context.attribution,
      };
    },
  );

  const quarantined = (dataset: string | undefined) => {
    let query = context.db.selectFrom("quarantine").selectAll().orderBy("id");
    if (dataset) query = query.where("dataset", "=", dataset);
    return query.execute();
  };
  typed.get(
    "/api/v1/-/quarantine",
    {
      schema: {
        summary: "Rows set aside at build time, with dataset, line, field and reason",
        tags: ["meta"],
        ...metaContract.quarantine,
      },
    },
    async (request) => {
      const rows = await quarantined(request.query.dataset);
      return { data: rows.map(({ raw, ...row }) => ({ ...row, raw: safeJson(raw) })), total: rows.length, next: null };
    },
  );
  typed.get(
    "/api/v1/-/quarantine.csv",
    { schema: { summary: "Quarantined rows as CSV", tags: ["meta"], ...metaContract.quarantineCsv } },
    async (request, reply) => {
      reply.type("text/csv; charset=utf-8");
      return toSourcedCsv(await quarantined(request.query.dataset), context.attribution);
    },
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text; // a row the CSV parser could not split is kept as its raw text
  }
}
