/** Runs one jurisdiction's catalogue for a profile at D: statuses, screens and tier signals. */
import type { ObligationResult, Screen, ScreenResult } from "./assessment.js";
import type { ConditionContext } from "./condition.js";
import { evaluateRule, type RuleEvaluation } from "./status.js";
import type { IsoDay, SystemProfile } from "./profile.js";
import type { Instrument, Rule, RuleCatalogue } from "./rule.js";

export interface CatalogueRun {
  readonly evaluations: readonly RuleEvaluation[];
  readonly prohibitedAtD: boolean;
}

const isConsequenceOfProhibition = (rule: Rule) => "prohibitedAtD" in rule.trigger;

export function runCatalogue(catalogue: RuleCatalogue, profile: SystemProfile, date: IsoDay): CatalogueRun {
  const instruments = new Map<string, Instrument>(
    catalogue.instruments.map((instrument) => [instrument.id, instrument]),
  );
  const instrumentOf = (rule: Rule) => {
    const instrument = instruments.get(rule.instrument);
    if (!instrument) throw new Error(`rule ${rule.id} names unknown instrument "${rule.instrument}"`);
    return instrument;
  };
  const base: ConditionContext = { profile, facts: catalogue.facts };
  const evaluate = (rules: readonly Rule[], context: ConditionContext) =>
    rules.flatMap((rule) => evaluateRule(rule, instrumentOf(rule), context, date) ?? []);

  // Prohibitions first: a hit at D switches on the consequence rules and may drop the instrument's other duties.
  const prohibitions = evaluate(
    catalogue.rules.filter((rule) => rule.kind === "prohibition"),
    base,
  );
  const hits = prohibitions.filter((evaluation) => evaluation.triggered && evaluation.status === "applicable");
  const prohibitedAtD = hits.length > 0;
  const silenced = new Set(
    hits.filter((hit) => hit.instrument.shortCircuitOnProhibition).map((hit) => hit.instrument.id),
  );
  const others = evaluate(
    catalogue.rules.filter((rule) => rule.kind !== "prohibition"),
    { ...base, prohibitedAtD },
  ).filter(
    (evaluation) =>
      !silenced.has(evaluation.instrument.id) ||
      isConsequenceOfProhibition(evaluation.rule) ||
      evaluation.rule.kind === "penalty" ||
      evaluation.rule.kind === "classification",
  );
  const replaced = new Set(
    others
      .filter((evaluation) => evaluation.triggered && evaluation.rule.replaces)
      .map((evaluation) => evaluation.rule.replaces),
  );
  return {
    evaluations: [...prohibitions, ...others.filter((evaluation) => !replaced.has(evaluation.rule.id))],
    prohibitedAtD,
  };
}

export function toObligation(evaluation: RuleEvaluation): ObligationResult {
  const { rule, instrument } = evaluation;
  return {
    id: rule.id,
    kind: rule.kind,
    instrument: instrument.id,
    addressee: rule.addressee,
    citation: `${instrument.cite} ${rule.article}`,
    citation_url: rule.citationUrl,
    text: rule.text,
    status: evaluation.status,
    status_date: evaluation.statusDate,
    applies_from: evaluation.appliesFrom,
    applies_until: rule.appliesUntil ?? null,
    reason: evaluation.reason,
    confidence: rule.confidence,
    unconfirmed: rule.confidence !== "V",
    confidence_note: rule.confidenceNote ?? null,
    needs_review: evaluation.status === "needs_review" || evaluation.reviewReasons.length > 0,
    review_reasons: evaluation.reviewReasons,
    penalty_ref: rule.penaltyRef ?? null,
    later_history: evaluation.laterHistory,
    watch: instrument.watch ?? null,
  };
}

/** Screens: every prohibition, and every rule marked `screen`, whose context holds (spec §1.2). */
export function toScreen(evaluation: RuleEvaluation): Screen | null {
  const { rule } = evaluation;
  if (!rule.screen && rule.kind !== "prohibition") return null;
  const { result, date } = screenResult(evaluation);
  return {
    id: rule.id,
    result,
    date,
    reason: evaluation.reason ?? evaluation.reviewReasons[0] ?? rule.text,
    citation: `${evaluation.instrument.cite} ${rule.article}`,
    confidence: rule.confidence,
  };
}

function screenResult(evaluation: RuleEvaluation): { result: ScreenResult; date: IsoDay | null } {
  const { rule, status, triggered } = evaluation;
  if (!triggered)
    return {
      result: status === "needs_review" ? "needs_review" : "clear",
      date: status === "needs_review" ? null : evaluation.appliesFrom,
    };
  if (status === "needs_review") return { result: "needs_review", date: null };
  if (rule.kind === "exemption") return { result: "exempt", date: evaluation.appliesFrom };
  if (rule.kind === "prohibition") {
    if (status === "applicable") return { result: "hit", date: evaluation.appliesFrom };
    if (status === "scheduled") return { result: "will_be_prohibited", date: evaluation.statusDate };
    return { result: "clear", date: null };
  }
  return { result: "hit", date: evaluation.appliesFrom };
}
