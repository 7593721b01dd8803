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
import { prices } from "./price-resource.js";
import { LIST_FILTERS } from "../contract/list-queries.js";
import { listQuerySchema } from "../contract/query-params.js";
import { commonFilters, type ListResource } from "./list-route.js";

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
  query: listQuerySchema(modelList.sortable, "-publication_date", LIST_FILTERS.models),
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
  query: listQuerySchema(chipList.sortable, "-release_date", LIST_FILTERS.chips),
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
  query: listQuerySchema(clusterList.sortable, "-first_operational", LIST_FILTERS.clusters),
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
  query: listQuerySchema(dataCenterList.sortable, "-current_power_mw", LIST_FILTERS["data-centers"]),
  filters: (query) => ({ ...commonFilters(query), organization: query.organization as string | undefined }),
  hydrate: async (context, rows, options) => withProvenance(await hydrateDataCenters(context.db, rows), options),
  sourceIds: () => ["epoch-data-centers", "epoch-data-center-timelines"],
  epoch: true,
};

export const organizations: ListResource<Parameters<typeof organizationList.conditions>[0]> = {
  name: "organizations",
  summary: "Organisations: curated players and every developer, owner and company the datasets name",
  descriptor: organizationList,
  query: listQuerySchema(organizationList.sortable, "name", LIST_FILTERS.organizations),
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
  query: listQuerySchema(countryList.sortable, "code", LIST_FILTERS.countries),
  filters: commonFilters,
  hydrate: (context, rows) => hydrateCountries(context.db, rows),
  sourceIds: () => [],
  epoch: false,
};

export const blocs: ListResource<Parameters<typeof blocList.conditions>[0]> = {
  name: "blocs",
  summary: "Blocs (data/blocs.yaml) and their member countries",
  descriptor: blocList,
  query: listQuerySchema(blocList.sortable, "position", LIST_FILTERS.blocs),
  filters: commonFilters,
  hydrate: (context, rows) => hydrateBlocs(context.db, rows),
  sourceIds: () => [],
  epoch: false,
};

export const facts: ListResource<Parameters<typeof factList.conditions>[0]> = {
  name: "facts",
  summary: "Curated facts (metrics, relations, events, checked claims), each with its source and quote",
  descriptor: factList,
  query: listQuerySchema(factList.sortable, "date", LIST_FILTERS.facts),
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
  filters: (typeof LIST_FILTERS)["relations" | "events"];
  reshape: (fact: Record<string, unknown> & { detail: Record<string, unknown> }) => Record<string, unknown>;
}): ListResource<Parameters<typeof factList.conditions>[0]> {
  return {
    name: options.name,
    summary: options.summary,
    descriptor: factList,
    // The predicate's parameter name differs per kind, so the schema's keys are only known at run time.
    query: listQuerySchema(factList.sortable, "date", options.filters) as unknown as ListResource<
      Parameters<typeof factList.conditions>[0]
    >["query"],
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
  filters: LIST_FILTERS.relations,
  reshape: ({ predicate, ...fact }) => ({ ...fact, relation: predicate }),
});

/** Curated events: rules, bans, programmes, investments, military AI and quantum milestones. */
export const events = factsOfKind({
  name: "events",
  summary: "Dated events: export controls, AI rules, bans, programmes, investments, military AI and quantum milestones",
  kind: "event",
  predicateParam: "event_kind",
  filters: LIST_FILTERS.events,
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
  query: listQuerySchema(sourceList.sortable, "id", LIST_FILTERS.sources),
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
