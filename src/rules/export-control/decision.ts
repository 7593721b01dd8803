import { inputNames } from "./input-names.js";
import type {
  AnswerCode,
  Caveat,
  FactConfidence,
  LicenceAnswer,
  LicenceExceptionId,
  Reason,
  ReviewPolicy,
} from "./types.js";
import type { ReviewPolicyEntry } from "./tables/schema.js";

/** An answer under construction: what one part of the engine concluded, and why. */
export interface Decision {
  readonly answer: LicenceAnswer;
  readonly code: AnswerCode;
  readonly reasons: readonly Reason[];
  readonly caveats: readonly Caveat[];
}

type Basis = Extract<LicenceAnswer, { kind: "licence_required" }>["basis"];

export function noLicence(reasons: readonly Reason[], caveats: readonly Caveat[] = []): Decision {
  return { answer: { kind: "no_licence" }, code: "NLR", reasons, caveats };
}

export function indeterminate(
  decidingInputs: readonly string[],
  reasons: readonly Reason[],
  caveats: readonly Caveat[] = [],
): Decision {
  const unique = [...new Set(decidingInputs)];
  return {
    answer: { kind: "indeterminate", decidingInputs: unique },
    code: "?",
    reasons,
    caveats: [
      ...caveats,
      {
        text: `the answer depends on a missing fact: ${inputNames(unique)}`,
        nl: `het antwoord hangt af van een ontbrekend gegeven: ${inputNames(unique, "nl")}`,
        kind: "missing_input",
      },
    ],
  };
}

export function exception(
  id: LicenceExceptionId,
  notificationRequired: boolean | null,
  reasons: readonly Reason[],
  caveats: readonly Caveat[] = [],
): Decision {
  const code = id === "NAC" ? (notificationRequired ? "NAC-N" : "NAC") : id === "HBM" ? "LE-HBM" : id;
  return { answer: { kind: "licence_exception", exception: id, notificationRequired }, code, reasons, caveats };
}

/** Legend codes (§6.2): † and * mark a review policy that rests on unconfirmed facts. */
function policyCode(policy: ReviewPolicy, confidence: FactConfidence): AnswerCode {
  const unsure = confidence === "unconfirmed";
  switch (policy) {
    case "presumption_of_denial":
      return unsure ? "LR-D†" : "LR-D";
    case "presumption_of_approval":
      return unsure ? "LR-A*" : "LR-A";
    case "case_by_case":
      return "CBC";
    case "case_by_case_if_certified":
      return "CBC§";
    case "not_stated":
    case "undetermined":
      return "LR";
  }
}

export function licenceRequired(
  basis: Basis,
  policy: ReviewPolicy,
  confidence: FactConfidence,
  reasons: readonly Reason[],
  caveats: readonly Caveat[] = [],
  code: AnswerCode = policyCode(policy, confidence),
): Decision {
  return {
    answer: { kind: "licence_required", basis, reviewPolicy: policy, reviewPolicyConfidence: confidence },
    code,
    reasons,
    caveats,
  };
}

/** A licence under a review-policy entry of data/rules/export-control/review-policies.yaml, with that entry as a reason. */
export function licenceUnderPolicy(
  basis: Basis,
  entry: ReviewPolicyEntry,
  reasons: readonly Reason[],
  caveats: readonly Caveat[] = [],
): Decision {
  const policyReason: Reason = {
    text: `review policy: ${entry.text}`,
    nl: `beoordelingsbeleid: ${entry.nl}`,
    citation: entry.citation,
    confidence: entry.confidence,
    ruleVersion: entry.ruleVersion,
  };
  return licenceRequired(basis, entry.policy, entry.confidence, [...reasons, policyReason], caveats);
}

export function withMore(decision: Decision, reasons: readonly Reason[], caveats: readonly Caveat[] = []): Decision {
  return { ...decision, reasons: [...decision.reasons, ...reasons], caveats: [...decision.caveats, ...caveats] };
}
