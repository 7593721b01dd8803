/**
 * Where a model's training compute sits against the compute thresholds the spec names (§1.4): the EU
 * systemic-risk presumption (10^25 FLOP, Art 51(2)) and the US frontier thresholds (10^26 operations).
 * Each verdict says whether the estimate's uncertainty band straddles the threshold.
 */
import type { RuleConfidence } from "../../domain/vocabulary.js";
import type { Text } from "./rule.js";

/** Epoch AI's confidence labels for a training-compute estimate. */
export const COMPUTE_CONFIDENCES = ["Confident", "Likely", "Speculative", "Unknown", "Unverified"] as const;
export type ComputeConfidence = (typeof COMPUTE_CONFIDENCES)[number];

/**
 * Multiplicative band assumed around an estimate of each confidence; an assumption of this engine
 * (read from Epoch's usage: confident ≈ within 3x, likely ≈ 10x, speculative ≈ 30x), not a legal fact.
 */
const BAND: Readonly<Record<ComputeConfidence, number>> = {
  Confident: 3,
  Likely: 10,
  Speculative: 30,
  Unknown: Infinity,
  Unverified: Infinity,
};

export interface ComputeThreshold {
  readonly id: string;
  readonly flop: number;
  readonly label: Text;
  readonly citation: string;
  /** Legal status of the threshold on the knowledge cut-off. */
  readonly status: "in_force" | "pending_legislation" | "historical" | "indicative";
  readonly confidence: RuleConfidence;
}

export const COMPUTE_THRESHOLDS: readonly ComputeThreshold[] = [
  {
    id: "EU-GPAI-INDICATIVE",
    flop: 1e23,
    label: {
      en: "EU general-purpose model, indicative criterion",
      nl: "EU-model voor algemene doeleinden, indicatief criterium",
    },
    citation: "Commission GPAI guidelines C(2025) 7719 pt 17",
    status: "indicative",
    confidence: "V",
  },
  {
    id: "EU-AIA-51-2",
    flop: 1e25,
    label: { en: "EU systemic-risk presumption", nl: "EU-vermoeden van systeemrisico" },
    citation: "Reg (EU) 2024/1689 Art 51(2)",
    status: "in_force",
    confidence: "V",
  },
  {
    id: "US-CA-SB53",
    flop: 1e26,
    label: { en: "California SB 53 frontier model", nl: "Californisch frontiermodel (SB 53)" },
    citation: "B&P §22757.11",
    status: "in_force",
    confidence: "V",
  },
  {
    id: "US-NY-RAISE",
    flop: 1e26,
    label: {
      en: "New York RAISE Act frontier model (from 1 Jan 2027)",
      nl: "New Yorks frontiermodel volgens de RAISE-wet (vanaf 1 jan 2027)",
    },
    citation: "RAISE Act as amended",
    status: "in_force",
    confidence: "S",
  },
  {
    id: "US-IL-SB315",
    flop: 1e26,
    label: {
      en: "Illinois SB 315 frontier model (signature not confirmed)",
      nl: "Frontiermodel volgens Illinois SB 315 (ondertekening niet bevestigd)",
    },
    citation: "SB 315",
    status: "pending_legislation",
    confidence: "S",
  },
  {
    id: "US-FED-EO14110",
    flop: 1e26,
    label: {
      en: "EO 14110 reporting threshold (revoked 20 Jan 2025)",
      nl: "Meldingsdrempel EO 14110 (ingetrokken 20 jan 2025)",
    },
    citation: "EO 14110 §4.2",
    status: "historical",
    confidence: "M",
  },
];

export type ThresholdVerdict = "above" | "below" | "uncertain";

export interface ThresholdResult {
  readonly threshold: ComputeThreshold;
  /** The point estimate is strictly above the threshold (every named threshold compares with ">"). */
  readonly estimate_above: boolean;
  /** "uncertain" when the confidence band around the estimate contains the threshold. */
  readonly verdict: ThresholdVerdict;
}

export interface ComputeClassification {
  readonly training_compute_flop: number;
  readonly confidence: ComputeConfidence;
  /** Presumed a general-purpose model with systemic risk (estimate > 10^25 FLOP). */
  readonly eu_systemic_presumed: boolean;
  /** Above 10^26 operations: a frontier model under CA SB 53 and NY RAISE (revenue tests come on top). */
  readonly above_us_frontier: boolean;
  readonly thresholds: readonly ThresholdResult[];
}

export function classifyTrainingCompute(flop: number, confidence: ComputeConfidence): ComputeClassification {
  if (!Number.isFinite(flop) || flop < 0)
    throw new RangeError(`training compute must be a finite, non-negative FLOP count, got ${flop}`);
  const band = BAND[confidence];
  const thresholds = COMPUTE_THRESHOLDS.map((threshold): ThresholdResult => {
    const estimate_above = flop > threshold.flop;
    const low = flop / band;
    const high = flop * band;
    const verdict: ThresholdVerdict = low > threshold.flop ? "above" : high <= threshold.flop ? "below" : "uncertain";
    return { threshold, estimate_above, verdict };
  });
  return {
    training_compute_flop: flop,
    confidence,
    eu_systemic_presumed: flop > 1e25,
    above_us_frontier: flop > 1e26,
    thresholds,
  };
}

export interface ModelComputeEstimate {
  readonly id: string;
  readonly name: string;
  readonly training_compute_flop: number;
  readonly confidence: ComputeConfidence;
}

/** The models presumed systemic in the EU or above the US frontier threshold, largest first. */
export function modelsAboveThresholds(
  models: readonly ModelComputeEstimate[],
): readonly (ModelComputeEstimate & { readonly classification: ComputeClassification })[] {
  return models
    .map((model) => ({
      ...model,
      classification: classifyTrainingCompute(model.training_compute_flop, model.confidence),
    }))
    .filter((model) => model.classification.eu_systemic_presumed || model.classification.above_us_frontier)
    .sort((a, b) => b.training_compute_flop - a.training_compute_flop);
}
