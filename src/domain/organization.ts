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
  "other",
]);

/** An organisation as curated in data/organizations.yaml: the canonical id, its aliases and where it is headquartered. */
export const organizationSpecSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  hq: countryCodeSchema,
  kind: organizationKindSchema,
  /** Other spellings, including Epoch's, that resolve to this organisation. */
  aliases: z.array(z.string().min(1)).default([]),
  founded: partialDateSchema.optional(),
  parent: slugSchema.optional(),
  source: slugSchema.optional(),
});
export type OrganizationSpec = z.infer<typeof organizationSpecSchema>;
export const organizationFileSchema = z.strictObject({ organizations: z.array(organizationSpecSchema).min(1) });
