import { z } from "zod";
import { partialDateSchema, slugSchema } from "./source.js";

/**
 * Curated facts: what we state ourselves, each with one source and the quote that supports it.
 * Conflicting sources are two facts, never one averaged value.
 */

/** An entity a fact is about: an organisation/programme id from data/organizations.yaml, or an ISO country code. */
export const entityIdSchema = z
  .string()
  .regex(
    /^(?:[A-Z]{2}|[a-z0-9]+(?:-[a-z0-9]+)*)$/,
    "an organisation id (kebab-case) or an ISO 3166-1 alpha-2 country code",
  );
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code such as NL");

export const confidenceSchema = z.enum(["high", "medium", "low"]);
/** How sure we are of a curated fact or price: high, medium or low (not the export-control FactConfidence). */
export type CuratedConfidence = z.infer<typeof confidenceSchema>;

export const periodSchema = z.strictObject({ from: partialDateSchema, to: partialDateSchema });

/** A money amount converted to another currency, with the rate used (original amount stays in value/unit). */
export const conversionSchema = z.strictObject({
  value: z.number(),
  unit: z.string().min(1),
  rate: z.number().positive(),
  rate_date: partialDateSchema,
  rate_source: slugSchema,
});

/** A further source that supports the same fact, with its own verbatim quote (e.g. the law beside the news). */
export const supportSchema = z.strictObject({ source: slugSchema, quote: z.string().min(1) });

const factBase = {
  id: slugSchema,
  confidence: confidenceSchema,
  source: slugSchema,
  /** Short verbatim quote from the source, in the source's language. */
  quote: z.string().min(1),
  also: z.array(supportSchema).optional(),
  note: z.string().min(1).optional(),
};

/** A number about an entity: a valuation, a budget, a count. */
export const metricFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("metric"),
  subject: entityIdSchema,
  metric: slugSchema,
  value: z.number(),
  /** Unit, or ISO 4217 currency code for money (USD, EUR, CNY). */
  unit: z.string().min(1),
  converted: conversionSchema.optional(),
  date: partialDateSchema.optional(),
  period: periodSchema.optional(),
});

/** A dated link between two entities: investment, ownership, cloud partnership, supply. */
export const relationFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("relation"),
  subject: entityIdSchema,
  relation: slugSchema,
  object: entityIdSchema,
  date: partialDateSchema,
  until: partialDateSchema.optional(),
  value: z.number().optional(),
  unit: z.string().min(1).optional(),
  converted: conversionSchema.optional(),
  /**
   * The commitment this relation is a tranche of (another relation's id): an "up to USD 4bn" commitment paid in
   * tranches is one commitment fact plus one fact per tranche, so sums count the commitment once.
   */
  tranche_of: slugSchema.optional(),
});

/** Something that happened on a date: a rule, a ban, a programme, a milestone. */
export const eventFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("event"),
  date: partialDateSchema,
  event_kind: slugSchema,
  title_en: z.string().min(1),
  title_nl: z.string().min(1),
  actors: z.array(entityIdSchema).default([]),
  countries: z.array(countryCodeSchema).default([]),
  /**
   * A step on the way to a rule, not the rule's legal effect: a proposal, a draft for comment, a negotiating
   * position, a vote or agreement before adoption, a veto, an announcement of a rule to come, or non-binding
   * guidance. Without a stage, a regulation or export-control event states a legal effect (adopted, in force,
   * applies, revoked) and needs a primary source.
   */
  stage: z.enum(["proposal", "draft", "position", "vote", "agreement", "veto", "announcement", "guidance"]).optional(),
});

/** The verdict scale, from right to wrong, then the two that judge nothing (docs/data.md defines each). */
export const CLAIM_VERDICTS = [
  "accurate",
  "mostly-accurate",
  "imprecise",
  "inaccurate",
  "unverifiable",
  "opinion",
] as const;
export const claimVerdictSchema = z.enum(CLAIM_VERDICTS);
export type ClaimVerdict = z.infer<typeof claimVerdictSchema>;

/** What a claim states: only a checkable statement (about the past or present) can be right or wrong. */
export const claimStatementSchema = z.enum(["checkable", "value-judgement", "prediction"]);
/** The factual error the reason describes: none, one in a side detail, or one in the claim's core. */
export const claimErrorSchema = z.enum(["none", "detail", "core"]);

/** A record in Wedloop's own data that decides a claim: a model, an organisation, an indicator, a fact. */
export const claimRecordSchema = z.strictObject({
  resource: z.enum(["models", "organizations", "facts", "chips", "indicators"]),
  id: z.string().min(1),
  /** What the record shows about the claim, in English. */
  shows: z.string().min(1),
});

/** A statement made by a source (the seed blog post), checked: the quote is the claim itself. */
export const claimFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("claim"),
  claim_en: z.string().min(1),
  verdict: claimVerdictSchema,
  statement: claimStatementSchema.default("checkable"),
  error: claimErrorSchema.default("none"),
  subjects: z.array(entityIdSchema).default([]),
  /** A better source for the point, required unless the verdict is accurate or opinion. */
  better_source: slugSchema.optional(),
  reason: z.string().min(1).optional(),
  /** Records in Wedloop's data that decide the claim (model counts, release dates, compute). */
  records: z.array(claimRecordSchema).optional(),
});

export const factSchema = z.discriminatedUnion("kind", [
  metricFactSchema,
  relationFactSchema,
  eventFactSchema,
  claimFactSchema,
]);
export type Fact = z.infer<typeof factSchema>;
export type FactKind = Fact["kind"];

/** A fact file under data/facts/<topic>/ holds a list of facts. */
export const factFileSchema = z.strictObject({ facts: z.array(factSchema).min(1) });
