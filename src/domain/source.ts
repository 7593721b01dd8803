import { z } from "zod";

/** A slug: lower case letters, digits and hyphens; the id style of sources, facts and organisations. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug of lower-case letters, digits and hyphens");

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a bare year written unquoted in YAML (a number) is read as its text. */
export const partialDateSchema = z.preprocess(
  (value) => (typeof value === "number" && Number.isInteger(value) ? String(value) : value),
  z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "a date as YYYY, YYYY-MM or YYYY-MM-DD"),
);
export const dayDateSchema = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, "a date as YYYY-MM-DD");

/**
 * How close a source is to the fact: primary sources establish it (the law, the regulator, the company, the
 * dataset), secondary ones report it (an established newsroom, trade press, a law firm's analysis), tertiary
 * ones pass it on (an aggregator, a mirror, a blog, an encyclopedia).
 */
export const SOURCE_KINDS = ["primary", "secondary", "tertiary"] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** What a source is; each type belongs to exactly one kind. */
export const SOURCE_KIND_OF_TYPE = {
  law: "primary",
  regulator: "primary",
  court: "primary",
  government: "primary",
  "international-body": "primary",
  company: "primary",
  filing: "primary",
  statistics: "primary",
  paper: "primary",
  dataset: "primary",
  newsroom: "secondary",
  "trade-press": "secondary",
  "expert-analysis": "secondary",
  aggregator: "tertiary",
  mirror: "tertiary",
  blog: "tertiary",
  encyclopedia: "tertiary",
} as const satisfies Record<string, SourceKind>;
export type SourceType = keyof typeof SOURCE_KIND_OF_TYPE;
export const sourceTypeSchema = z.enum(Object.keys(SOURCE_KIND_OF_TYPE) as [SourceType, ...SourceType[]]);

const httpUrlSchema = z.url({ protocol: /^https?$/ });

/** Where a fact or a dataset comes from. Many facts share one source. */
export const sourceSchema = z.strictObject({
  id: slugSchema,
  kind: sourceKindSchema,
  type: sourceTypeSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: httpUrlSchema,
  /** A copy (mirror, aggregator): the address of the original it copies. */
  copy_of: httpUrlSchema.optional(),
  /** The original is cited, but it was read through this copy. */
  read_via: httpUrlSchema.optional(),
  published: partialDateSchema.optional(),
  accessed: dayDateSchema,
  /** ISO 639-1 code of the source's language, e.g. "en", "nl", "zh". */
  language: z.string().regex(/^[a-z]{2}$/, "an ISO 639-1 language code such as en or nl"),
  licence: z.string().min(1).optional(),
  notes: z.string().min(1).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A source file under data/sources/ holds a list of sources. */
export const sourceFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });
