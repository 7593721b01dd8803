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

/** Where a fact or a dataset comes from. Many facts share one source. */
export const sourceSchema = z.strictObject({
  id: slugSchema,
  kind: z.enum(["dataset", "document"]),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
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
