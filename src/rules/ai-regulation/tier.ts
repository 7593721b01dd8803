/** Tier vocabulary and the tier a run signals (spec §1.5, §2.9, §3.9, §4.9). */
import type { Jurisdiction } from "./profile.js";
import type { TierCode } from "./rule.js";
import type { RuleEvaluation } from "./status.js";

/** Strongest first; the default when nothing signals. */
interface TierLadder {
  readonly order: readonly TierCode[];
  readonly fallback: TierCode;
  /** EU §2.9: a prohibition that is only scheduled does not set the tier; US §4.9 counts scheduled hits. */
  readonly scheduledProhibitionsClassify: boolean;
}

const US_STATE: TierLadder = {
  order: ["US_PROHIBITED_USE", "US_REGULATED_HIGH_IMPACT", "US_TRANSPARENCY_ONLY"],
  fallback: "US_NOT_COVERED",
  scheduledProhibitionsClassify: true,
};
export const SYSTEM_TIERS: Readonly<Record<Jurisdiction, TierLadder>> = {
  EU: {
    order: [
      "EU_PROHIBITED",
      "EU_HIGH_RISK_ANNEX_I",
      "EU_HIGH_RISK_ANNEX_III",
      "EU_NOT_HIGH_RISK_6_3",
      "EU_TRANSPARENCY",
    ],
    fallback: "EU_MINIMAL",
    scheduledProhibitionsClassify: false,
  },
  CN: {
    order: ["CN_FILING_REQUIRED", "CN_REGULATED", "CN_PIPL_ONLY"],
    fallback: "CN_OUT_OF_SCOPE",
    scheduledProhibitionsClassify: true,
  },
  "US-FED": {
    order: ["US_PROHIBITED_USE"],
    fallback: "US_FED_NO_GENERAL_AI_STATUTE",
    scheduledProhibitionsClassify: true,
  },
  "US-CA": US_STATE,
  "US-CO": US_STATE,
  "US-TX": US_STATE,
  "US-IL": US_STATE,
  "US-NY": US_STATE,
  "US-NYC": US_STATE,
  "US-UT": US_STATE,
};
/** EU model tiers are orthogonal to the system tier; the open-source tier only exists below systemic risk. */
export const MODEL_TIERS: readonly TierCode[] = ["EU_GPAI_SYSTEMIC", "EU_GPAI_FOSS", "EU_GPAI"];

export interface TierSignals {
  /** Tiers whose trigger holds and whose duties apply now or are scheduled (prohibitions only when in force). */
  readonly classified: ReadonlySet<TierCode>;
  /** Tiers whose duties apply at D. */
  readonly effective: ReadonlySet<TierCode>;
}

export function tierSignals(evaluations: readonly RuleEvaluation[], ladder: TierLadder): TierSignals {
  const classified = new Set<TierCode>();
  const effective = new Set<TierCode>();
  for (const { rule, triggered, status } of evaluations) {
    if (!rule.tier || !triggered) continue;
    const inForce = status === "applicable" || status === "needs_review";
    const coming = status === "scheduled" || status === "grace_period";
    if (inForce) effective.add(rule.tier);
    if (inForce || (coming && (rule.kind !== "prohibition" || ladder.scheduledProhibitionsClassify)))
      classified.add(rule.tier);
  }
  return { classified, effective };
}

/** The strongest tier of a ladder present in a set of signals. */
export function strongest(order: readonly TierCode[], signals: ReadonlySet<TierCode>): TierCode | undefined {
  return order.find((tier) => signals.has(tier));
}
