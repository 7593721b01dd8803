import { z } from "zod";
import { confidenceSchema } from "./fact.js";
import { dayDateSchema, slugSchema } from "./source.js";

/**
 * API list prices per million tokens, curated in data/prices/, and the reference rates that convert them
 * (data/exchange-rates.yaml). A later entry for the same provider and model is a dated change.
 */

export const priceCurrencySchema = z.enum(["USD", "CNY", "EUR"]);
export type PriceCurrency = z.infer<typeof priceCurrencySchema>;

/** Where the price was read: the provider's own pricing page (or its archived copy), its announcement, or a third party. */
export const priceSourceKindSchema = z.enum(["pricing-page", "archived-pricing-page", "announcement", "third-party"]);
export type PriceSourceKind = z.infer<typeof priceSourceKindSchema>;

export const priceChangeSchema = z.enum(["launch", "cut", "rise", "promotion"]);

export const priceSpecSchema = z.strictObject({
  id: slugSchema,
  /** Who sells access: an organisation id. */
  provider: slugSchema,
  /** Who made the model, when not the provider (an open-weights model on a host, a cloud arm of a group). */
  developer: slugSchema.optional(),
  /** The model as the provider names it on its price list. */
  model: z.string().min(1),
  tier: z.enum(["flagship", "budget"]),
  open_weights: z.boolean().default(false),
  /** The provider hosts another developer's open-weights model. */
  third_party_host: z.boolean().default(false),
  /** Model versions in Epoch AI's Capabilities Index ("Model version" column) this API model serves. */
  eci_models: z.array(z.string().min(1)).default([]),
  currency: priceCurrencySchema,
  input_per_mtok: z.number().nonnegative(),
  output_per_mtok: z.number().nonnegative(),
  /** The day the price took effect. */
  effective: dayDateSchema,
  /** The day the model left the price list, if known. */
  withdrawn: dayDateSchema.optional(),
  change: priceChangeSchema,
  source: slugSchema,
  source_kind: priceSourceKindSchema,
  /** Short verbatim quote from the source. */
  quote: z.string().min(1),
  confidence: confidenceSchema,
  note: z.string().min(1).optional(),
});
export type PriceSpec = z.infer<typeof priceSpecSchema>;

export const priceFileSchema = z.strictObject({ prices: z.array(priceSpecSchema).min(1) });

export const exchangeRateSchema = z.strictObject({
  id: slugSchema,
  currency: priceCurrencySchema.exclude(["USD"]),
  date: dayDateSchema,
  /** Units of `currency` per US dollar. */
  per_usd: z.number().positive(),
  source: slugSchema,
  quote: z.string().min(1),
  confidence: confidenceSchema,
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

export const exchangeRateFileSchema = z.strictObject({ rates: z.array(exchangeRateSchema).min(1) });

/** A price as the indicators see it: converted to US dollars, with its bloc-deciding country and provenance. */
export interface PriceObservation {
  readonly id: string;
  readonly provider: string;
  readonly providerName: string;
  readonly developer: string;
  /** Headquarters country of the developer (ISO alpha-2), or null when unknown. */
  readonly developerCountry: string | null;
  readonly model: string;
  readonly tier: "flagship" | "budget";
  readonly openWeights: boolean;
  readonly thirdPartyHost: boolean;
  readonly eciModels: readonly string[];
  readonly currency: PriceCurrency;
  readonly inputPerMtok: number;
  readonly outputPerMtok: number;
  /** Converted at `rateId`; equal to the list price for USD. */
  readonly inputUsdPerMtok: number;
  readonly outputUsdPerMtok: number;
  readonly rateId: string | null;
  readonly effective: string;
  readonly withdrawn: string | null;
  readonly change: string;
  readonly sourceId: string;
  readonly sourceKind: PriceSourceKind;
  readonly confidence: string;
  readonly file: string;
  readonly line: number;
}

export type { CapabilityObservation } from "./observations.js";
