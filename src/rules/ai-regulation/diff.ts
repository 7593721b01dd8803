/** What changes between two assessments: two dates for one profile, or two profiles on one date. */
import type { Assessment, ObligationResult, ObligationStatus, Screen, ScreenResult } from "./assessment.js";
import type { IsoDay, Jurisdiction } from "./profile.js";
import type { Text, TierCode } from "./rule.js";

export interface StatusAt {
  readonly status: ObligationStatus;
  readonly status_date: IsoDay | null;
}

export interface ObligationChange {
  readonly id: string;
  readonly citation: string;
  readonly text: Text;
  /** Null when the obligation is absent on that side. */
  readonly before: StatusAt | null;
  readonly after: StatusAt | null;
}

export interface ScreenChange {
  readonly id: string;
  readonly before: ScreenResult | null;
  readonly after: ScreenResult | null;
}

export interface JurisdictionDiff {
  readonly jurisdiction: Jurisdiction;
  readonly in_scope: { readonly before: boolean; readonly after: boolean };
  readonly tier: { readonly before: TierCode; readonly after: TierCode };
  readonly effective_tier_at_D: { readonly before: TierCode; readonly after: TierCode };
  readonly obligations: readonly ObligationChange[];
  readonly screens: readonly ScreenChange[];
}

export interface AssessmentDiff {
  readonly before_as_of: IsoDay;
  readonly after_as_of: IsoDay;
  /** Only jurisdictions where something changed. */
  readonly per_jurisdiction: readonly JurisdictionDiff[];
}

export function diffAssessments(before: Assessment, after: Assessment): AssessmentDiff {
  const afterBy = new Map(after.per_jurisdiction.map((result) => [result.jurisdiction, result]));
  const per_jurisdiction = before.per_jurisdiction.flatMap((left): JurisdictionDiff[] => {
    const right = afterBy.get(left.jurisdiction);
    if (!right) return [];
    const diff: JurisdictionDiff = {
      jurisdiction: left.jurisdiction,
      in_scope: { before: left.in_scope, after: right.in_scope },
      tier: { before: left.tier, after: right.tier },
      effective_tier_at_D: { before: left.effective_tier_at_D, after: right.effective_tier_at_D },
      obligations: obligationChanges([...left.obligations, ...left.notes], [...right.obligations, ...right.notes]),
      screens: screenChanges(left.screens, right.screens),
    };
    const unchanged =
      diff.in_scope.before === diff.in_scope.after &&
      diff.tier.before === diff.tier.after &&
      diff.effective_tier_at_D.before === diff.effective_tier_at_D.after &&
      diff.obligations.length === 0 &&
      diff.screens.length === 0;
    return unchanged ? [] : [diff];
  });
  return { before_as_of: before.as_of, after_as_of: after.as_of, per_jurisdiction };
}

function obligationChanges(left: readonly ObligationResult[], right: readonly ObligationResult[]): ObligationChange[] {
  const leftBy = new Map(left.map((record) => [record.id, record]));
  const rightBy = new Map(right.map((record) => [record.id, record]));
  const ids = [...new Set([...leftBy.keys(), ...rightBy.keys()])];
  return ids.flatMap((id) => {
    const a = leftBy.get(id);
    const b = rightBy.get(id);
    if (a && b && a.status === b.status && a.status_date === b.status_date) return [];
    const sample = (b ?? a)!;
    return [
      {
        id,
        citation: sample.citation,
        text: sample.text,
        before: a ? statusAt(a) : null,
        after: b ? statusAt(b) : null,
      },
    ];
  });
}

function screenChanges(left: readonly Screen[], right: readonly Screen[]): ScreenChange[] {
  const leftBy = new Map(left.map((screen) => [screen.id, screen.result]));
  const rightBy = new Map(right.map((screen) => [screen.id, screen.result]));
  const ids = [...new Set([...leftBy.keys(), ...rightBy.keys()])];
  return ids
    .filter((id) => leftBy.get(id) !== rightBy.get(id))
    .map((id) => ({ id, before: leftBy.get(id) ?? null, after: rightBy.get(id) ?? null }));
}

const statusAt = (record: ObligationResult): StatusAt => ({ status: record.status, status_date: record.status_date });
