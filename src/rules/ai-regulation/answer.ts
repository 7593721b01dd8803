/**
 * The answer to one profile on one day (optionally compared with a second day): the assessment, the deadlines
 * still to come and the rules kept with an unconfirmed mark. Shared by the API and `wedloop obligations --json`.
 */
import type { Assessment } from "./assessment.js";
import { assess } from "./assess.js";
import { diffAssessments, type AssessmentDiff } from "./diff.js";
import type { IsoDay, Jurisdiction, SystemProfile } from "./profile.js";
import type { Text } from "./rule.js";
import type { RegulationTables } from "./tables/tables.js";

/** A duty that starts, or a grace period that ends, after the assessment day. */
export interface Deadline {
  readonly date: IsoDay;
  readonly jurisdiction: Jurisdiction;
  readonly id: string;
  readonly kind: "starts" | "grace_period_ends";
  readonly citation: string;
  readonly citation_url: string;
  readonly text: Text;
  readonly unconfirmed: boolean;
}

export interface UnconfirmedMark {
  readonly id: string;
  readonly jurisdiction: Jurisdiction;
  readonly citation: string;
  readonly confidence: string;
  readonly confidence_note: string | null;
}

/** The answer to one profile on one day. */
export interface ObligationsAnswer {
  readonly as_of: IsoDay;
  readonly assessment: Assessment;
  readonly upcoming_deadlines: readonly Deadline[];
  /** The rules in this answer kept with an unconfirmed mark ([S], [M], [C]): the closing note. */
  readonly unconfirmed: readonly UnconfirmedMark[];
  readonly diff: { readonly as_of: IsoDay; readonly assessment: Assessment; readonly changes: AssessmentDiff } | null;
}

export function obligationsAnswer(
  tables: RegulationTables,
  profile: SystemProfile,
  date: IsoDay,
  diffDate?: IsoDay,
): ObligationsAnswer {
  const assessment = assess(tables, profile, date);
  const later = diffDate === undefined ? null : assess(tables, profile, diffDate);
  return {
    as_of: date,
    assessment,
    upcoming_deadlines: upcomingDeadlines(assessment),
    unconfirmed: unconfirmedMarks(assessment),
    diff:
      later && diffDate !== undefined
        ? { as_of: diffDate, assessment: later, changes: diffAssessments(assessment, later) }
        : null,
  };
}

function reported(assessment: Assessment) {
  return assessment.per_jurisdiction
    .filter((result) => result.in_scope)
    .flatMap((result) =>
      [...result.obligations, ...result.notes, ...result.penalties].map((record) => ({
        jurisdiction: result.jurisdiction,
        record,
      })),
    );
}

export function upcomingDeadlines(assessment: Assessment): Deadline[] {
  return reported(assessment)
    .filter(
      ({ record }) =>
        (record.status === "scheduled" || record.status === "grace_period") &&
        record.status_date !== null &&
        record.status_date > assessment.as_of,
    )
    .map(({ jurisdiction, record }): Deadline => ({
      date: record.status_date!,
      jurisdiction,
      id: record.id,
      kind: record.status === "grace_period" ? "grace_period_ends" : "starts",
      citation: record.citation,
      citation_url: record.citation_url,
      text: record.text,
      unconfirmed: record.unconfirmed,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export function unconfirmedMarks(assessment: Assessment): UnconfirmedMark[] {
  const seen = new Set<string>();
  return reported(assessment)
    .filter(({ record }) => record.unconfirmed && !seen.has(record.id) && seen.add(record.id))
    .map(({ jurisdiction, record }) => ({
      id: record.id,
      jurisdiction,
      citation: record.citation,
      confidence: record.confidence,
      confidence_note: record.confidence_note,
    }));
}
