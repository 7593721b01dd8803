import { z } from "zod";
import { countryCodeSchema } from "./fact.js";
import { partialDateSchema, slugSchema } from "./source.js";

export const organizationKindSchema = z.enum([
  "company",
  "lab",
  "university",
  "government",
  "programme",
  "consortium",
  "nonprofit",
  "instrument",
  "product",
  "model",
  "chip",
  "person",
  "place",
  "concept",
  "other",
]);

/** Kinds that are organisations and so must have headquarters; the others (a law, a concept) may lack one. */
export const KINDS_WITH_HQ: ReadonlySet<z.infer<typeof organizationKindSchema>> = new Set([
  "company",
  "lab",
  "university",
  "government",
  "consortium",
  "nonprofit",
]);

/**
 * An organisation as curated in data/organizations/: the canonical id, its aliases and where it is headquartered.
 * The same list holds the other named things facts are about (a programme, a law, a product, a person, a
 * concept); for them `hq` is the jurisdiction or home country, if any.
 */
export const organizationSpecSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  hq: countryCodeSchema.optional(),
  kind: organizationKindSchema,
  /** Other spellings, including Epoch's, that resolve to this organisation. */
  aliases: z.array(z.string().min(1)).default([]),
  founded: partialDateSchema.optional(),
  parent: slugSchema.optional(),
  source: slugSchema.optional(),
});
export type OrganizationSpec = z.infer<typeof organizationSpecSchema>;
export const organizationFileSchema = z.strictObject({ organizations: z.array(organizationSpecSchema).min(1) });
