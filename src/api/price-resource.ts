import { z } from "zod";
import { hydratePrices, priceList } from "../db/queries/price-resources.js";
import { flag } from "../indicators/params.js";
import { commaList, listQuerySchema } from "../contract/query-params.js";
import { commonFilters, type ListResource } from "./list-route.js";

/** `/api/v1/prices` and its CSV twin: curated API list prices per million tokens, each dated and sourced. */
export const prices: ListResource<Parameters<typeof priceList.conditions>[0]> = {
  name: "prices",
  summary:
    "API list prices per million input and output tokens (curated), in the listed currency and in US dollars, each with the day it took effect and its source",
  descriptor: priceList,
  query: listQuerySchema(priceList.sortable, "effective", {
    provider: commaList(z.string().regex(/^[a-z0-9-]+$/, "organisation ids such as openai,deepseek"))
      .optional()
      .describe("Seller's organisation id(s), e.g. openai,deepseek"),
    currency: commaList(z.enum(["USD", "CNY", "EUR"]))
      .optional()
      .describe("Listed currency: USD, CNY, EUR"),
    tier: commaList(z.enum(["flagship", "budget"]))
      .optional()
      .describe("flagship, budget"),
    confidence: commaList(z.enum(["high", "medium", "low"])).optional(),
    source_kind: commaList(z.enum(["pricing-page", "archived-pricing-page", "announcement", "third-party"]))
      .optional()
      .describe("pricing-page, archived-pricing-page, announcement, third-party"),
    open_weights: flag().optional().describe("Only open-weights models (true) or only closed ones (false)"),
  }),
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
