/**
 * The query parameters of the list endpoints (`/api/v1/<name>` and its CSV twin): each list's own filters,
 * beside the parameters every list takes (limit, cursor, sort, q, from, to, country, bloc: query-params.ts).
 * The columns a list sorts by are the store's (src/db list descriptors): the API builds each list's schema
 * from these filters and those columns with `listQuerySchema`.
 */
import { z } from "zod";
import { SOURCE_KINDS } from "../domain/source.js";
import { flag } from "../indicators/params.js";
import { commaList } from "./query-params.js";

const entityParam = z.string().regex(/^(?:[A-Z]{2}|[a-z0-9-]+)$/, "an organisation id or a country code");
const confidenceParam = commaList(z.enum(["high", "medium", "low"]));
const slugParam = z.string().regex(/^[a-z0-9-]+$/, "an id of lower-case letters, digits and hyphens");

/** A list over the curated facts of one kind names the kind's predicate with its own parameter. */
function factKindFilters<Param extends string>(predicateParam: Param, predicateHelp: string, entityHelp: string) {
  return {
    ...({
      [predicateParam]: commaList(
        z.string().regex(/^[a-z0-9-]+$/, `${predicateParam} values such as ${predicateHelp.split(",")[0]}`),
      )
        .optional()
        .describe(predicateHelp),
    } as Record<Param, z.ZodOptional<ReturnType<typeof commaList<z.ZodString>>>>),
    entity: entityParam.optional().describe(entityHelp),
    confidence: confidenceParam.optional(),
  };
}

/** Each list's own filters, by its name in the URL. */
export const LIST_FILTERS = {
  models: {
    dataset: commaList(z.enum(["notable", "large_scale", "frontier"]))
      .optional()
      .describe("notable, large_scale, frontier"),
    organization: slugParam.optional().describe("Organisation id (see /api/v1/organizations)"),
    domain: z.string().min(1).optional().describe("Domain contains this text, e.g. Language"),
    accessibility: z.string().min(1).optional().describe("Accessibility contains this text, e.g. Open weights"),
    confidence: commaList(z.enum(["Confident", "Likely", "Speculative", "Unknown", "Unverified"])).optional(),
    min_compute: z.coerce.number().positive().optional().describe("Minimum training compute in FLOP, e.g. 1e25"),
  },
  chips: {
    organization: slugParam.optional().describe("Designer's organisation id"),
    type: commaList(z.string().min(1)).optional().describe("GPU, TPU, NPU, ..."),
  },
  clusters: {
    status: commaList(z.enum(["Existing", "Planned", "Decommissioned"])).optional(),
    certainty: commaList(z.enum(["Confirmed", "Likely", "Unlikely"])).optional(),
    organization: slugParam.optional().describe("Owner's organisation id"),
  },
  "data-centers": {
    organization: slugParam.optional().describe("Owner, user or investor organisation id"),
  },
  organizations: {
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
  },
  countries: {},
  blocs: {},
  facts: {
    kind: commaList(z.enum(["metric", "relation", "event", "claim"])).optional(),
    entity: entityParam.optional().describe("Facts about this organisation or country"),
    predicate: commaList(z.string().min(1)).optional().describe("Metric, relation, event kind or claim verdict"),
    confidence: confidenceParam.optional(),
    source: slugParam.optional().describe("Source id"),
  },
  relations: factKindFilters(
    "relation",
    "invests-in, cloud-provider-of, supplies-chips-to, manufactures-for, owns, ...",
    "Relations with this organisation or country at either end",
  ),
  events: factKindFilters(
    "event_kind",
    "export-control, regulation, ban, programme, investment, military, quantum, ...",
    "Events with this actor or country",
  ),
  sources: {
    kind: commaList(z.enum(SOURCE_KINDS)).optional(),
    publisher: z.string().min(1).optional(),
  },
  prices: {
    provider: commaList(z.string().regex(/^[a-z0-9-]+$/, "organisation ids such as openai,deepseek"))
      .optional()
      .describe("Seller's organisation id(s), e.g. openai,deepseek"),
    currency: commaList(z.enum(["USD", "CNY", "EUR"]))
      .optional()
      .describe("Listed currency: USD, CNY, EUR"),
    tier: commaList(z.enum(["flagship", "budget"]))
      .optional()
      .describe("flagship, budget"),
    confidence: confidenceParam.optional(),
    source_kind: commaList(z.enum(["pricing-page", "archived-pricing-page", "announcement", "third-party"]))
      .optional()
      .describe("pricing-page, archived-pricing-page, announcement, third-party"),
    open_weights: flag().optional().describe("Only open-weights models (true) or only closed ones (false)"),
  },
} as const;
