/**
 * Shared vocabulary of the export-control engine: how sure a fact is, where it comes from, and the
 * shape of the answer. Data files and functions import from here; nothing here computes.
 */

import type { Citation, FactConfidence, IsoDay, SpecSourceId } from "../../domain/vocabulary.js";

export type { Citation, FactConfidence, IsoDay, SpecSourceId };
/** Evidence tags weakest first (the spec's legend [U], [D], [I], [S], [C], [P]). */
export { CONFIDENCE_ORDER } from "../../domain/vocabulary.js";

/** The evidence tags in Dutch, for detail lines that name one. */
export const CONFIDENCE_NL: Readonly<Record<FactConfidence, string>> = {
  unconfirmed: "onbevestigd",
  disputed: "betwist",
  inferred: "afgeleid",
  secondary: "uit een secundaire bron",
  computed: "berekend",
  quoted: "letterlijk geciteerd",
};

/** Every entry of the rule data carries these. */
export interface Sourced {
  readonly citation: Citation;
  readonly confidence: FactConfidence;
}

/** The instruments of the spec's §2, in order (data/rules/export-control/rule-versions.yaml describes each). */
export const RULE_VERSION_IDS = [
  "RV0",
  "RV1",
  "RV1a",
  "RV1b",
  "RV2",
  "RV2a",
  "RV3",
  "RV4",
  "RV5",
  "RV6",
  "RV7",
  "RV8",
  "RV9",
  "RV10",
  "RV11",
  "RV12",
] as const;

export type RuleVersionId = (typeof RULE_VERSION_IDS)[number];

export type Mode = "enforced" | "as_written";

/** A detail line in English (`text`) and Dutch (`nl`): the engine writes both, the edge shows one. */
export interface DetailLine {
  readonly text: string;
  readonly nl: string;
}

/** One step of the reasoning, with the fact it rests on. */
export interface Reason {
  readonly text: string;
  readonly nl: string;
  readonly citation: Citation;
  readonly confidence: FactConfidence;
  readonly ruleVersion?: RuleVersionId;
}

/** A warning the reader must see: an unconfirmed fact used, an input missing, a check not made. */
export interface Caveat {
  readonly text: string;
  readonly nl: string;
  readonly kind:
    "unconfirmed_fact" | "disputed_fact" | "missing_input" | "not_evaluated" | "compliance_pending" | "input_note";
  readonly citation?: Citation;
}

export const REVIEW_POLICY_KINDS = [
  "presumption_of_denial",
  "presumption_of_approval",
  "case_by_case",
  /** RV10 case-by-case applies only if the exporter meets the certifications, which the input did not state. */
  "case_by_case_if_certified",
  /** The source of the requirement (an is-informed letter, an embargo) states no review policy. */
  "not_stated",
  /** A licence is needed, but which policy applies depends on an input that is missing. */
  "undetermined",
] as const;

export type ReviewPolicy = (typeof REVIEW_POLICY_KINDS)[number];

export const LICENCE_EXCEPTION_IDS = ["NAC", "ACA", "HBM", "AIA", "LPP"] as const;

export type LicenceExceptionId = (typeof LICENCE_EXCEPTION_IDS)[number];

export type LicenceAnswer =
  | { readonly kind: "no_licence" }
  | {
      readonly kind: "licence_required";
      readonly basis: "rule" | "is_informed_letter" | "headquarters_rule" | "embargo";
      readonly reviewPolicy: ReviewPolicy;
      readonly reviewPolicyConfidence: FactConfidence;
    }
  | {
      readonly kind: "licence_exception";
      readonly exception: LicenceExceptionId;
      /** null when the sources do not say whether the exception needs a notification. */
      readonly notificationRequired: boolean | null;
    }
  | { readonly kind: "indeterminate"; readonly decidingInputs: readonly string[] };

/**
 * The spec's legend code for an answer (§6.2): NLR, LR-II, LR-II‡, LR-D, LR-D†, LR-A*, NAC-N, NAC, ACA,
 * CBC, CBC§, LE-HBM, AIA, LPP, LR-E (embargo), LR (licence, policy not stated), ? (indeterminate).
 */
export type AnswerCode = string;
