import type { Sourced } from "../types.js";

/** 3A090 as defined in October 2022 (§1.2): both conditions must hold ("and"). */
export const THRESHOLDS_2022 = {
  tppMin: 4800,
  interconnectMinGBps: 600,
  citation: { instrument: "87 FR 62186, ECCN 3A090.a (2022)", sources: ["R2"] },
  confidence: "quoted",
} as const satisfies Sourced & Record<string, unknown>;

/** 3A090.a/.b as defined in October 2023 (§3.2). "Min" is "or more" (>=), "below" is "less than" (<). */
export const THRESHOLDS_2023 = {
  a1: { tppMin: 4800 },
  a2: { tppMin: 1600, pdMin: 5.92 },
  b1: { tppMin: 2400, tppBelow: 4800, pdMin: 1.6, pdBelow: 5.92 },
  b2: { tppMin: 1600, pdMin: 3.2, pdBelow: 5.92 },
  /** Note 2: items not designed or marketed for data centres are outside 3A090 below this TPP. */
  nonDatacenterTppMin: 4800,
  citation: { instrument: "88 FR 73458, ECCN 3A090.a-.b and Note 2", sources: ["R2"] },
  confidence: "quoted",
} as const satisfies Sourced & Record<string, unknown>;

/** 3A090.c high-bandwidth memory and License Exception HBM (§1.5). */
export const HBM_THRESHOLDS = {
  /** Strictly "greater than". */
  densityAboveGBpsPerMm2: 2,
  /** License Exception HBM only below this density. */
  exceptionBelowGBpsPerMm2: 3.3,
  citation: { instrument: "89 FR 96790, ECCN 3A090.c and §740.25", sources: ["R2", "R28"] },
  confidence: "quoted",
} as const satisfies Sourced & Record<string, unknown>;

/** RV10 case-by-case path for China/Macau (§3.6). Both are strict "less than". */
export const RV10_THRESHOLDS = {
  tppBelow: 21000,
  dramBandwidthBelowGBps: 6500,
  citation: { instrument: "91 FR 1684, Supp. No. 2 to Part 748 (dd)(1)", sources: ["R2", "R30"] },
  confidence: "quoted",
} as const satisfies Sourced & Record<string, unknown>;

/**
 * How "total DRAM bandwidth" is read: the vendor's peak HBM/GDDR bandwidth of the package.
 * The definition in the notes to (dd)(1) was not retrieved (§1.7).
 */
export const TOTAL_DRAM_BANDWIDTH_READING = {
  text: "Total DRAM bandwidth is read as the vendor's peak HBM/GDDR bandwidth of the package; the regulatory definition was not retrieved",
  nl: "totale DRAM-bandbreedte is gelezen als de piekbandbreedte (HBM/GDDR) van de behuizing volgens de fabrikant; de wettelijke definitie is niet opgehaald",
  citation: { instrument: "91 FR 1684, notes to Supp. No. 2 to Part 748 (dd)(1)", sources: ["R2"] },
  confidence: "unconfirmed",
} as const satisfies Sourced & Record<string, unknown>;
