import type { Sourced } from "../types.js";

/** The AI Diffusion rule as written (RV4, §3.7); applied only in mode as_written from its compliance date. */
export const AI_DIFFUSION = {
  /** The US plus 18 countries. */
  tier1: ["US", "AU", "BE", "CA", "DK", "FI", "FR", "DE", "IE", "IT", "JP", "NL", "NZ", "NO", "KR", "ES", "SE", "TW", "GB"],
  /** Tier 3 is D:5 plus Macau at the date; Tier 2 is every other country. */
  lppTppPerConsigneePerYear: 26_900_000,
  countryCapTpp2025To2027: 790_000_000,
  citation: { instrument: "90 FR 4544 (tiers, LPP, country caps)", sources: ["R26", "R25"] },
  confidence: "secondary",
} as const satisfies Sourced & Record<string, unknown>;

/** What the sources leave open about RV4; shown with every as_written answer it shapes. */
export const AI_DIFFUSION_OPEN_POINTS = {
  text: "AI Diffusion details unconfirmed: NVEU caps, how AIA/LPP interact with earlier D:4 licence requirements, which paragraphs had the 2026-01-15 compliance date; country caps and earlier shipments in the year are not evaluated",
  nl: "details van de AI Diffusion-regel onbevestigd: NVEU-plafonds, hoe AIA/LPP samengaan met eerdere D:4-vergunningplichten, welke paragrafen de nalevingsdatum 2026-01-15 hadden; landenplafonds en eerdere leveringen in het jaar zijn niet beoordeeld",
  citation: { instrument: "90 FR 4544", sources: ["R26"] },
  confidence: "unconfirmed",
} as const satisfies Sourced & Record<string, unknown>;

/** Non-datacenter 3A090.a items (gaming GPUs) under RV4: ACA for Tier 2, NAC for Tier 3. */
export const AI_DIFFUSION_NON_DATACENTER = {
  text: "non-datacenter 3A090.a under AI Diffusion: ACA for Tier 2, NAC for Tier 3",
  nl: "3A090.a niet voor datacenters onder de AI Diffusion-regel: ACA voor Tier 2, NAC voor Tier 3",
  citation: { instrument: "90 FR 4544, as summarised by SemiAnalysis", sources: ["R26"] },
  confidence: "secondary",
} as const satisfies Sourced & Record<string, unknown>;
