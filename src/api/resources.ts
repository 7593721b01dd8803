import { z } from "zod";
import {
  chipList,
  clusterList,
  dataCenterList,
  hydrateClusters,
  hydrateDataCenters,
  hydrateModels,
  modelList,
} from "../db/queries/epoch-resources.js";
import {
  blocList,
  countryList,
  factList,
  hydrateBlocs,
  hydrateCountries,
  hydrateFacts,
  hydrateOrganizations,
  organizationList,
  sourceList,
} from "../db/queries/curated-resources.js";
import { SOURCE_KINDS } from "../domain/source.js";
import { prices } from "./price-resource.js";
import { commaList, listQuerySchema } from "../contract/query-params.js";
import { commonFilters, type ListResource } from "./list-route.js";

const entityParam = z.string().regex(/^(?:[A-Z]{2}|[a-z0-9-]+)$/, "an organisation id or a country code");
const confidenceParam = commaList(z.enum(["high", "medium", "low"]));
const slugParam = z.string().regex(/^[a-z0-9-]+$/, "an id of lower-case letters, digits and hyphens");

/** Epoch records with their provenance; the single-record view adds the original CSV row (`raw`). */
function withProvenance(rows: Record<string, unknown>[], options?: { withRaw: boolean }) {
  return rows.map(({ raw, ...row }) => ({
    ...row,
    provenance: { source_id: row.source_id, row: row.row_number },
    ...(options?.withRaw && typeof raw === "string" ? { raw: JSON.parse(raw) as Record<string, string> } : {}),
  }));
}

const epochSource = (record: Record<string, unknown>) => [record.source_id as string];

export const models: ListResource<Parameters<typeof modelList.conditions>[0]> = {
  name: "models",
  summary: "AI models from Epoch AI's notable, large-scale and frontier datasets",
  descriptor: modelList,
  query: listQuerySchema(modelList.sortable, "-publication_date", {
    dataset: commaList(z.enum(["notable", "large_scale", "frontier"]))
      .optional()
      .describe("notable, large_scale, frontier"),
    organization: slugParam.optional().describe("Organisation id (see /api/v1/organizations)"),
    domain: z.string().min(1).optional().describe("Domain contains this text, e.g. Language"),
    accessibility: z.string().min(1).optional().describe("Accessibility contains this text, e.g. Open weights"),
    confidence: commaList(z.enum(["Confident", "Likely", "Speculative", "Unknown", "Unverified"])).optional(),
    min_compute: z.coerce.number().positive().optional().describe("Minimum training compute in FLOP, e.g. 1e25"),
  }),
  filters: (query) => ({
    ...commonFilters(query),
    dataset: query.dataset as string[] | undefined,
    organization: query.organization as string | undefined,
    domain: query.domain as string | undefined,
    accessibility: query.accessibility as string | undefined,
    confidence: query.confidence as string[] | undefined,
    minCompute: query.min_compute as number | undefined,
  }),
  hydrate: async (context, rows, options) => withProvenance(await hydrateModels(context.db, rows), options),
  sourceIds: epochSource,
  epoch: true,
};

export const chips: ListResource<Parameters<typeof chipList.conditions>[0]> = {
  name: "chips",
  summary: "AI accelerators from Epoch AI's machine-learning hardware dataset",
  descriptor: chipList,
  query: listQuerySchema(chipList.sortable, "-release_date", {
    organization: slugParam.optional().describe("Designer's organisation id"),
    type: commaList(z.string().min(1)).optional().describe("GPU, TPU, NPU, ..."),
  }),
  filters: (query) => ({
    ...commonFilters(query),
    organization: query.organization as string | undefined,
    type: query.type as string[] | undefined,
  }),
  hydrate: (_context, rows, options) => withProvenance(rows, options),
  sourceIds: epochSource,
  epoch: true,
};

export const clusters: ListResource<Parameters<typeof clusterList.conditions>[0]> = {
  name: "clusters",
  summary: "GPU clusters and AI supercomputers from Epoch AI",
  descriptor: clusterList,
  query: listQuerySchema(clusterList.sortable, "-first_operational", {
    status: commaList(z.enum(["Existing", "Planned", "Decommissioned"])).optional(),
    certainty: commaList(z.enum(["Confirmed", "Likely", "Unlikely"])).optional(),
    organization: slugParam.optional().describe("Owner's organisation id"),
  }),
  filters: (query) => ({
    ...commonFilters(query),
    status: query.status as string[] | undefined,
    certainty: query.certainty as string[] | undefined,
    organization: query.organization as string | undefined,
  }),
  hydrate: async (context, rows, options) => withProvenance(await hydrateClusters(context.db, rows), options),
  sourceIds: epochSource,
  epoch: true,
};

export const dataCenters: ListResource<Parameters<typeof dataCenterList.conditions>[0]> = {
  name: "data-centers",
  summary: "Frontier AI data centres from Epoch AI, with their timelines",
  descriptor: dataCenterList,
  query: listQuerySchema(dataCenterList.sortable, "-current_power_mw", {
    organization: slugParam.optional().describe("Owner, user or investor organisation id"),
  }),
  filters: (query) => ({ ...commonFilters(query), organization: query.organization as string | undefined }),
  hydrate: async (context, rows, options) => withProvenance(await hydrateDataCenters(context.db, rows), options),
  sourceIds: () => ["epoch-data-centers", "epoch-data-center-timelines"],
  epoch: true,
};

export const organizations: ListResource<Parameters<typeof organizationList.conditions>[0]> = {
  name: "organizations",
  summary: "Organisations: curated players and every developer, owner and company the datasets name",
  descriptor: organizationList,
  query: listQuerySchema(organizationList.sortable, "name", {
    kind: commaList(z.string().min(1))
      .optional()
      .describe(
        "company, lab, university, government, programme, instrument, product, model, chip, person, place, concept, ...",
      ),
    curated: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional()
      .describe("Only curated (true) or only dataset-derived (false)"),
  }),
  filters: (query) => ({
    ...commonFilters(query),
    kind: query.kind as string[] | undefined,
    curated: query.curated as boolean | undefined,
  }),
  hydrate: (_context, rows) => hydrateOrganizations(rows),
  sourceIds: (record) => (record.source_id ? [record.source_id as string] : []),
  epoch: false,
};

export const countries: ListResource<Parameters<typeof countryList.conditions>[0]> = {
  name: "countries",
  summary: "Countries (ISO 3166-1) with their names in English and Dutch and the blocs they belong to",
  descriptor: countryList,
  query: listQuerySchema(countryList.sortable, "code", {}),
  filters: commonFilters,
  hydrate: (context, rows) => hydrateCountries(context.db, rows),
  sourceIds: () => [],
  epoch: false,
};

export const blocs: ListResource<Parameters<typeof blocList.conditions>[0]> = {
  name: "blocs",
  summary: "Blocs (data/blocs.yaml) and their member countries",
  descriptor: blocList,
  query: listQuerySchema(blocList.sortable, "position", {}),
  filters: commonFilters,
  hydrate: (context, rows) => hydrateBlocs(context.db, rows),
  sourceIds: () => [],
  epoch: false,
};

export const facts: ListResource<Parameters<typeof factList.conditions>[0]> = {
  name: "facts",
  summary: "Curated facts (metrics, relations, events, checked claims), each with its source and quote",
  descriptor: factList,
  query: listQuerySchema(factList.sortable, "date", {
    kind: commaList(z.enum(["metric", "relation", "event", "claim"])).optional(),
    entity: entityParam.optional().describe("Facts about this organisation or country"),
    predicate: commaList(z.string().min(1)).optional().describe("Metric, relation, event kind or claim verdict"),
    confidence: confidenceParam.optional(),
    source: slugParam.optional().describe("Source id"),
  }),
  filters: (query) => ({
    ...commonFilters(query),
    kind: query.kind as string[] | undefined,
    entity: query.entity as string | undefined,
    predicate: query.predicate as string[] | undefined,
    confidence: query.confidence as string[] | undefined,
    source: query.source as string | undefined,
  }),
  hydrate: (_context, rows) => hydrateFacts(rows),
  sourceIds: (record) => [
    record.source_id as string,
    ...((record.detail as { better_source?: string }).better_source
      ? [(record.detail as { better_source: string }).better_source]
      : []),
  ],
  epoch: false,
};

/** A list over the curated facts of one kind, with the kind's predicate under its own parameter name. */
function factsOfKind(options: {
  name: string;
  summary: string;
  kind: "relation" | "event";
  predicateParam: string;
  predicateHelp: string;
  entityHelp: string;
  reshape: (fact: Record<string, unknown> & { detail: Record<string, unknown> }) => Record<string, unknown>;
}): ListResource<Parameters<typeof factList.conditions>[0]> {
  return {
    name: options.name,
    summary: options.summary,
    descriptor: factList,
    query: listQuerySchema(factList.sortable, "date", {
      [options.predicateParam]: commaList(
        z
          .string()
          .regex(/^[a-z0-9-]+$/, `${options.predicateParam} values such as ${options.predicateHelp.split(",")[0]}`),
      )
        .optional()
        .describe(options.predicateHelp),
      entity: entityParam.optional().describe(options.entityHelp),
      confidence: confidenceParam.optional(),
      // The predicate's parameter name differs per kind, so the schema's keys are only known at run time.
    }) as unknown as ListResource<Parameters<typeof factList.conditions>[0]>["query"],
    filters: (query) => ({
      ...commonFilters(query),
      kind: [options.kind],
      entity: query.entity as string | undefined,
      predicate: query[options.predicateParam] as string[] | undefined,
      confidence: query.confidence as string[] | undefined,
    }),
    hydrate: (_context, rows) => hydrateFacts(rows).map(options.reshape),
    sourceIds: (record) => [record.source_id as string],
    epoch: false,
  };
}

/** Curated relations (investments, cloud deals, supply, ownership), each dated and sourced. */
export const relations = factsOfKind({
  name: "relations",
  summary: "Relations between organisations and countries (investment, cloud, supply, ownership), dated and sourced",
  kind: "relation",
  predicateParam: "relation",
  predicateHelp: "invests-in, cloud-provider-of, supplies-chips-to, manufactures-for, owns, ...",
  entityHelp: "Relations with this organisation or country at either end",
  reshape: ({ predicate, ...fact }) => ({ ...fact, relation: predicate }),
});

/** Curated events: rules, bans, programmes, investments, military AI and quantum milestones. */
export const events = factsOfKind({
  name: "events",
  summary: "Dated events: export controls, AI rules, bans, programmes, investments, military AI and quantum milestones",
  kind: "event",
  predicateParam: "event_kind",
  predicateHelp: "export-control, regulation, ban, programme, investment, military, quantum, ...",
  entityHelp: "Events with this actor or country",
  reshape: ({ predicate, detail, ...fact }) => ({
    ...fact,
    event_kind: predicate,
    title_en: detail.title_en,
    title_nl: detail.title_nl,
    actors: detail.actors,
    countries: detail.countries,
    detail,
  }),
});

export const sources: ListResource<Parameters<typeof sourceList.conditions>[0]> = {
  name: "sources",
  summary: "Sources: Epoch AI datasets and the documents curated facts cite",
  descriptor: sourceList,
  query: listQuerySchema(sourceList.sortable, "id", {
    kind: commaList(z.enum(SOURCE_KINDS)).optional(),
    publisher: z.string().min(1).optional(),
  }),
  filters: (query) => ({
    ...commonFilters(query),
    kind: query.kind as string[] | undefined,
    publisher: query.publisher as string | undefined,
  }),
  hydrate: (_context, rows) => rows,
  sourceIds: (record) => [record.id as string],
  epoch: false,
};

export const LIST_RESOURCES = [
  models,
  chips,
  clusters,
  dataCenters,
  organizations,
  countries,
  blocs,
  facts,
  relations,
  events,
  sources,
  prices,
] as const;
