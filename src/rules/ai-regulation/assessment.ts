/** The answer the engine gives (spec §1.2), field names as the spec writes them. */
import type { IsoDay, Jurisdiction } from "./profile.js";
import type { RuleConfidence } from "../../domain/vocabulary.js";
import type { RuleKind, Text, TierCode } from "./rule.js";

export const KNOWLEDGE_CUTOFF: IsoDay = "2026-11-27";

export type ObligationStatus =
  | "applicable"
  | "scheduled"
  | "grace_period"
  | "pending_legislation"
  | "stayed"
  | "repealed"
  | "not_triggered"
  | "needs_review";

export type ScreenResult = "hit" | "clear" | "needs_review" | "will_be_prohibited" | "exempt";

export interface ObligationResult {
  readonly id: string;
  readonly kind: RuleKind;
  readonly instrument: string;
  readonly addressee: string;
  /** Instrument and article, e.g. "Reg (EU) 2024/1689 Art 26(6)". */
  readonly citation: string;
  readonly citation_url: string;
  readonly text: Text;
  readonly status: ObligationStatus;
  /** The day a `scheduled` duty starts, or a `grace_period` ends, for this profile. */
  readonly status_date: IsoDay | null;
  readonly applies_from: IsoDay | null;
  readonly applies_until: IsoDay | null;
  readonly reason: Text | null;
  readonly confidence: RuleConfidence;
  /** True for every fact the spec did not verify ([S], [M], [C]). */
  readonly unconfirmed: boolean;
  readonly confidence_note: string | null;
  readonly needs_review: boolean;
  readonly review_reasons: readonly Text[];
  readonly penalty_ref: string | null;
  /** Hindsight: changes after D known at the knowledge cut-off. */
  readonly later_history: Text | null;
  /** Preemption or litigation watch; never removes the duty. */
  readonly watch: Text | null;
}

export interface Screen {
  readonly id: string;
  readonly result: ScreenResult;
  readonly date: IsoDay | null;
  readonly reason: Text;
  readonly citation: string;
  readonly confidence: RuleConfidence;
}

export interface JurisdictionAssessment {
  readonly jurisdiction: Jurisdiction;
  readonly in_scope: boolean;
  readonly scope_reason: Text;
  readonly tier: TierCode;
  readonly tier_applicable_at_D: boolean;
  readonly effective_tier_at_D: TierCode;
  /** EU general-purpose model tier (the model is assessed beside the system); null elsewhere. */
  readonly model_tier: TierCode | null;
  readonly explanation: Text;
  readonly obligations: readonly ObligationResult[];
  readonly notes: readonly ObligationResult[];
  readonly penalties: readonly ObligationResult[];
  readonly screens: readonly Screen[];
}

export interface Assessment {
  readonly as_of: IsoDay;
  readonly knowledge_cutoff: IsoDay;
  readonly warnings: readonly Text[];
  readonly per_jurisdiction: readonly JurisdictionAssessment[];
}
