import type { Fact } from "./fact.js";

type Claim = Extract<Fact, { kind: "claim" }>;

/** The factual error each verdict allows the reason to describe. */
const ERROR_OF_VERDICT = {
  accurate: "none",
  "mostly-accurate": "detail",
  imprecise: "none",
  inaccurate: "core",
  unverifiable: "none",
  opinion: "none",
} as const satisfies Record<Claim["verdict"], Claim["error"]>;

/**
 * Wording that states a correction ("chairman, not chief executive", "is wrong", "came out before"): a reason
 * using it describes a factual error, which an accurate, imprecise or unverifiable verdict cannot carry.
 */
const CORRECTION_WORDING =
  /\b(?:wrong|incorrect|untrue|false|mistaken|actually|in fact|rather than|instead of|contrary to)\b|, not (?:its |the |a |an |in |by |on )|\bnot \d/i;

export function describesFactualError(reason: string): boolean {
  return CORRECTION_WORDING.test(reason);
}

/**
 * Why a claim's verdict does not fit its reason and statement, or null when it does:
 * - "opinion" only for value judgements and predictions, and those only as "opinion";
 * - the error the claim records must be the one its verdict allows (detail for mostly accurate, core for
 *   inaccurate, none otherwise);
 * - a reason worded as a correction records an error.
 */
export function verdictMismatch(claim: Claim): { field: string; reason: string } | null {
  if (claim.verdict === "opinion" && claim.statement === "checkable")
    return {
      field: "verdict",
      reason: "opinion is only for value judgements and predictions, not checkable statements",
    };
  if (claim.verdict !== "opinion" && claim.statement !== "checkable")
    return { field: "statement", reason: `a ${claim.statement} cannot be judged ${claim.verdict}; use opinion` };
  const allowed = ERROR_OF_VERDICT[claim.verdict];
  if (claim.error !== allowed)
    return {
      field: "error",
      reason: `a claim judged ${claim.verdict} records error ${allowed}, not ${claim.error}`,
    };
  if (claim.error === "none" && claim.reason !== undefined && describesFactualError(claim.reason))
    return {
      field: "reason",
      reason: `the reason describes a factual error, which a claim judged ${claim.verdict} cannot carry: judge it mostly-accurate (an error in a detail) or inaccurate (in its core)`,
    };
  return null;
}
