/** The shapes of the regulation endpoints' answers that these pages read (see src/api/routes/obligations.ts). */
import type { Localized } from "../../i18n/locale.js";

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
export type Regime = "EU" | "CN" | "US";

export interface ObligationResult {
  readonly id: string;
  readonly kind: string;
  readonly citation: string;
  readonly citation_url: string;
  readonly text: Localized;
  readonly status: ObligationStatus;
  readonly status_date: string | null;
  readonly applies_from: string | null;
  readonly reason: Localized | null;
  readonly confidence: string;
  readonly unconfirmed: boolean;
  readonly confidence_note: string | null;
  readonly needs_review: boolean;
  readonly review_reasons: readonly Localized[];
  readonly watch: Localized | null;
}

export interface Screen {
  readonly id: string;
  readonly result: ScreenResult;
  readonly date: string | null;
  readonly reason: Localized;
  readonly citation: string;
  readonly confidence: string;
}

export interface JurisdictionAssessment {
  readonly jurisdiction: string;
  readonly in_scope: boolean;
  readonly scope_reason: Localized;
  readonly tier: string;
  readonly tier_applicable_at_D: boolean;
  readonly effective_tier_at_D: string;
  readonly model_tier: string | null;
  readonly explanation: Localized;
  readonly obligations: readonly ObligationResult[];
  readonly notes: readonly ObligationResult[];
  readonly penalties: readonly ObligationResult[];
  readonly screens: readonly Screen[];
}

export interface Assessment {
  readonly as_of: string;
  readonly knowledge_cutoff: string;
  readonly warnings: readonly Localized[];
  readonly per_jurisdiction: readonly JurisdictionAssessment[];
}

export interface Deadline {
  readonly date: string;
  readonly jurisdiction: string;
  readonly id: string;
  readonly kind: "starts" | "grace_period_ends";
  readonly citation: string;
  readonly citation_url: string;
  readonly text: Localized;
  readonly unconfirmed: boolean;
}

export interface UnconfirmedMark {
  readonly id: string;
  readonly jurisdiction: string;
  readonly citation: string;
  readonly confidence: string;
  readonly confidence_note: string | null;
}

export interface ObligationsAnswer {
  readonly as_of: string;
  readonly assessment: Assessment;
  readonly upcoming_deadlines: readonly Deadline[];
  readonly unconfirmed: readonly UnconfirmedMark[];
}

export interface TimelineEntry {
  readonly date: string;
  readonly jurisdiction: string;
  readonly kind: "instrument" | "applies" | "event";
  readonly id: string;
  readonly text: Localized;
  readonly rule_ids: readonly string[];
  readonly confidence: string;
  readonly citation_url: string;
  readonly superseded: boolean;
}

export interface MatrixRow {
  readonly id: string;
  readonly dimension: Localized;
  readonly cells: Readonly<Partial<Record<Regime, Localized>>>;
}

export interface RegulationsResponse {
  readonly data: {
    readonly knowledge_cutoff: string;
    readonly timelines: Readonly<Partial<Record<Regime, readonly TimelineEntry[]>>>;
    readonly matrix: readonly MatrixRow[];
    readonly approaches: Readonly<Partial<Record<Regime, Localized>>>;
    readonly unconfirmed_rule_ids: readonly string[];
  };
}

/** A 400 from POST /api/v1/obligations: every problem, each naming its field path. */
export interface BodyIssue {
  readonly parameter: string;
  readonly message: string;
}
