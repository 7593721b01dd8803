/**
 * The article reader's contract (POST /api/v1/read): the request body and the answer, shared by the server, the
 * CLI's --json output and the dashboard page. Spans are UTF-16 offsets into `text`, end exclusive.
 */
import { z } from "zod";
import { claimVerdictSchema } from "./fact.js";

/** Characters of article text one request may carry (about 250 pages of prose). */
export const MAX_ARTICLE_CHARS = 1_000_000;

export const readLangSchema = z.enum(["nl", "en"]);

export const readRequestSchema = z.strictObject({
  text: z
    .string({ error: "required: the article as plain text, Markdown or HTML" })
    .min(1, "the article is empty")
    .max(MAX_ARTICLE_CHARS, `at most ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters`),
  format: z.enum(["auto", "text", "markdown", "html"]).default("auto"),
  lang: readLangSchema.optional().describe("language where a paragraph gives no clue (default: detected)"),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
    .optional()
    .describe("the article's date, for exchange rates (default: found in its first lines, else the latest rate)"),
});

const span = { start: z.number().int(), end: z.number().int(), text: z.string() };
const recordRefSchema = z.object({ resource: z.string(), id: z.string(), name: z.string() });

export const readEntitySchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("linked"),
    ...span,
    record: recordRefSchema.extend({ kind: z.string() }),
    parent: recordRefSchema.nullable(),
    basis: z.enum(["name", "possessive", "family", "metonym"]),
    confidence: z.number(),
  }),
  z.object({ status: z.literal("unknown"), ...span }),
]);

export const readAmountSchema = z.object({
  ...span,
  value: z.number(),
  scale: z.number(),
  currency: z.string().nullable(),
  unit: z.enum(["money", "percent", "number"]),
  qualifier: z.string(),
  lang: readLangSchema,
  usd: z.number().nullable(),
  rate: z
    .object({ id: z.string(), currency: z.string(), date: z.string(), per_usd: z.number(), source: z.string() })
    .nullable(),
});

export const readClaimSchema = z.object({
  ...span,
  lang: readLangSchema,
  normalised: z.object({
    subject: z.string().nullable(),
    object: z.string().nullable(),
    metric: z.string().nullable(),
    value: z.object({ amount: z.number(), unit: z.string(), qualifier: z.string() }).nullable(),
    date: z.string().nullable(),
  }),
  verdict: claimVerdictSchema,
  reason: z.string(),
  evidence: z.array(z.object({ resource: z.string(), id: z.string(), shows: z.string() })),
  decided_by: z.string().nullable(),
  curated_claim: z.string().nullable(),
});

export const readingSchema = z.object({
  text: z.string(),
  format: z.enum(["text", "markdown", "html"]),
  lang: readLangSchema,
  date: z.string().nullable(),
  paragraphs: z.array(z.object({ start: z.number(), end: z.number(), lang: readLangSchema })),
  entities: z.array(readEntitySchema),
  amounts: z.array(readAmountSchema),
  claims: z.array(readClaimSchema),
  counts: z.object({ linked: z.number(), unknown: z.number(), amounts: z.number(), claims: z.number() }),
  method: z.string(),
});
export type ArticleReading = z.infer<typeof readingSchema>;
export type ReadEntity = z.infer<typeof readEntitySchema>;
export type ReadAmount = z.infer<typeof readAmountSchema>;
export type ReadClaim = z.infer<typeof readClaimSchema>;
