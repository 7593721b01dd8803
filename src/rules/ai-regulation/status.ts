/** The status of one rule for one profile at date D (spec §1.3), with versioned dates and transitions. */
import { explainFailure, holds, type ConditionContext } from "./condition.js";
import type { ObligationStatus } from "./assessment.js";
import type { IsoDay } from "./profile.js";
import type { DatedVersion, Instrument, InstrumentState, Rule, Text } from "./rule.js";
import { formatDay } from "./format-day.js";

export interface RuleEvaluation {
  readonly rule: Rule;
  readonly instrument: Instrument;
  readonly triggered: boolean;
  readonly status: ObligationStatus;
  readonly statusDate: IsoDay | null;
  readonly appliesFrom: IsoDay;
  readonly version: DatedVersion;
  readonly reason: Text | null;
  readonly reviewReasons: readonly Text[];
  readonly laterHistory: Text | null;
}

/** The instrument's state at D, or null when it did not exist yet. */
export function instrumentStateAt(instrument: Instrument, date: IsoDay): InstrumentState | null {
  const past = instrument.events.filter((event) => event.date <= date);
  return past.at(-1)?.state ?? null;
}

/** The applies-from version in force at D: the last pair whose `since` is on or before D (spec §1.3). */
export function versionAt(rule: Rule, context: ConditionContext, date: IsoDay): DatedVersion | null {
  const option = rule.appliesFrom.find((candidate) => candidate.when === undefined || holds(candidate.when, context));
  return option?.versions.filter((version) => version.since <= date).at(-1) ?? null;
}

/** Null when the rule is not part of the law at D, or its context does not hold for the profile. */
export function evaluateRule(
  rule: Rule,
  instrument: Instrument,
  context: ConditionContext,
  date: IsoDay,
): RuleEvaluation | null {
  const state = instrumentStateAt(instrument, date);
  const version = versionAt(rule, context, date);
  if (state === null || version === null) return null;
  // A prohibition is always screened; other rules are reported only where their context holds.
  const relevant = rule.context ?? (rule.kind === "prohibition" ? null : rule.trigger);
  if (relevant !== null && !holds(relevant, context)) return null;
  const dated: ConditionContext = { ...context, appliesFrom: version.date };
  const base = {
    rule,
    instrument,
    appliesFrom: version.date,
    version,
    laterHistory: laterHistory(rule, instrument, context, date),
  };

  if (!holds(rule.trigger, dated)) {
    if (rule.uncertain && holds(rule.uncertain.when, dated)) {
      return {
        ...base,
        triggered: false,
        status: "needs_review",
        statusDate: null,
        reason: rule.uncertain.reason,
        reviewReasons: [rule.uncertain.reason],
      };
    }
    const reason = rule.whyNot ?? explainFailure(rule.trigger, dated);
    return { ...base, triggered: false, status: "not_triggered", statusDate: null, reason, reviewReasons: [] };
  }

  const reviewReasons = (rule.caveats ?? [])
    .filter((caveat) => holds(caveat.when, dated))
    .map((caveat) => caveat.reason);
  const lifecycle = lifecycleStatus(state, instrument, rule, date);
  if (lifecycle) return { ...base, triggered: true, ...lifecycle, reviewReasons };

  const dates = datedStatus(rule, dated, version.date, date);
  const uncertain = rule.uncertain && holds(rule.uncertain.when, dated) ? rule.uncertain.reason : null;
  if (uncertain) reviewReasons.push(uncertain);
  // A doubt turns an applicable duty into one to review; a prohibition whose trigger holds stays a hit, or a ban
  // would vanish when an unrelated flag (minors among the users) raised a doubt.
  const status =
    uncertain && dates.status === "applicable" && rule.kind !== "prohibition" ? "needs_review" : dates.status;
  return { ...base, triggered: true, ...dates, status, reviewReasons };
}

function lifecycleStatus(state: InstrumentState, instrument: Instrument, rule: Rule, date: IsoDay) {
  const note = instrument.events.filter((event) => event.date <= date).at(-1)?.note ?? null;
  if (state === "pending_legislation")
    return { status: "pending_legislation" as const, statusDate: null, reason: note };
  if (state === "stayed") return { status: "stayed" as const, statusDate: null, reason: note };
  if (state === "repealed") return { status: "repealed" as const, statusDate: null, reason: note };
  if (rule.appliesUntil !== undefined && rule.appliesUntil <= date) {
    const day = formatDay(rule.appliesUntil);
    return {
      status: "repealed" as const,
      statusDate: null,
      reason: { en: `Ended on ${day.en}.`, nl: `Beëindigd op ${day.nl}.` },
    };
  }
  return null;
}

function datedStatus(
  rule: Rule,
  context: ConditionContext,
  appliesFrom: IsoDay,
  date: IsoDay,
): { status: ObligationStatus; statusDate: IsoDay | null; reason: Text | null } {
  const transition = (rule.transitions ?? []).find(
    (candidate) => (candidate.since ?? "0000-00-00") <= date && holds(candidate.when, context),
  );
  const reason = transition?.reason ?? null;
  const effect = transition?.effect ?? { kind: "none" as const };
  if (effect.kind === "not_triggered") return { status: "not_triggered", statusDate: null, reason };
  if (effect.kind === "deferred") {
    return date < effect.to
      ? { status: "scheduled", statusDate: effect.to, reason }
      : { status: "applicable", statusDate: null, reason };
  }
  if (effect.kind === "grace_period") {
    if (date >= effect.until) return { status: "applicable", statusDate: null, reason };
    return { status: date < appliesFrom ? "scheduled" : "grace_period", statusDate: effect.until, reason };
  }
  return date < appliesFrom
    ? { status: "scheduled", statusDate: appliesFrom, reason }
    : { status: "applicable", statusDate: null, reason };
}

/** Events after D that the cut-off knows of: later instrument events and later versions of the date. */
function laterHistory(rule: Rule, instrument: Instrument, context: ConditionContext, date: IsoDay): Text | null {
  const en: string[] = [];
  const nl: string[] = [];
  for (const event of instrument.events.filter((candidate) => candidate.date > date)) {
    const day = formatDay(event.date);
    en.push(`${day.en}: ${event.note.en}`);
    nl.push(`${day.nl}: ${event.note.nl}`);
  }
  const option = rule.appliesFrom.find((candidate) => candidate.when === undefined || holds(candidate.when, context));
  for (const version of option?.versions.filter((candidate) => candidate.since > date) ?? []) {
    const since = formatDay(version.since);
    const moved = formatDay(version.date);
    en.push(`${since.en}: ${version.by} sets the date to ${moved.en}.`);
    nl.push(`${since.nl}: ${version.by} legt de datum op ${moved.nl}.`);
  }
  return en.length === 0 ? null : { en: en.join(" "), nl: nl.join(" ") };
}
