import { hydratePrices, priceList } from "../db/queries/price-resources.js";
import { LIST_FILTERS } from "../contract/list-queries.js";
import { listQuerySchema } from "../contract/query-params.js";
import { commonFilters, type ListResource } from "./list-route.js";

/** `/api/v1/prices` and its CSV twin: curated API list prices per million tokens, each dated and sourced. */
export const prices: ListResource<Parameters<typeof priceList.conditions>[0]> = {
  name: "prices",
  summary:
    "API list prices per million input and output tokens (curated), in the listed currency and in US dollars, each with the day it took effect and its source",
  descriptor: priceList,
  query: listQuerySchema(priceList.sortable, "effective", LIST_FILTERS.prices),
  filters: (query) => ({
    ...commonFilters(query),
    provider: query.provider as string[] | undefined,
    currency: query.currency as string[] | undefined,
    tier: query.tier as string[] | undefined,
    confidence: query.confidence as string[] | undefined,
    sourceKind: query.source_kind as string[] | undefined,
    openWeights: query.open_weights as boolean | undefined,
  }),
  hydrate: (context, rows) => hydratePrices(context.db, rows),
  sourceIds: (record) => [record.source_id as string],
  epoch: false,
};
