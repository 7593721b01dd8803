/** The pure entry point: what the three regimes demand of one profile on one date (spec §1.6). */
import { KNOWLEDGE_CUTOFF, type Assessment, type JurisdictionAssessment } from "./assessment.js";
import { runCatalogue, toObligation, toScreen } from "./evaluate-catalogue.js";
import { explain } from "./explanation.js";
import { JURISDICTIONS, type IsoDay, type Jurisdiction, type SystemProfile } from "./profile.js";
import { scopeOf } from "./scope.js";
import type { RegulationTables } from "./tables/tables.js";
import { MODEL_TIERS, strongest, SYSTEM_TIERS, tierSignals } from "./tier.js";

const OBLIGATION_KINDS = new Set(["obligation", "prohibition", "exemption"]);

/** `tables`: the parsed rule tables (data/rules/ai-regulation/), read once by the caller. */
export function assess(tables: RegulationTables, profile: SystemProfile, date: IsoDay): Assessment {
  const warnings =
    date > KNOWLEDGE_CUTOFF
      ? [
          {
            en: `Knowledge cut-off ${KNOWLEDGE_CUTOFF}: the answer extrapolates the schedule known then; later changes are unknown.`,
            nl: `Kennisgrens ${KNOWLEDGE_CUTOFF}: het antwoord volgt het toen bekende schema; latere wijzigingen zijn onbekend.`,
          },
        ]
      : [];
  return {
    as_of: date,
    knowledge_cutoff: KNOWLEDGE_CUTOFF,
    warnings,
    per_jurisdiction: JURISDICTIONS.map((jurisdiction) => assessJurisdiction(tables, jurisdiction, profile, date)),
  };
}

function assessJurisdiction(
  tables: RegulationTables,
  jurisdiction: Jurisdiction,
  profile: SystemProfile,
  date: IsoDay,
): JurisdictionAssessment {
  const ladder = SYSTEM_TIERS[jurisdiction];
  const scope = scopeOf(jurisdiction, profile);
  if (!scope.inScope) {
    return {
      jurisdiction,
      in_scope: false,
      scope_reason: scope.reason,
      tier: ladder.fallback,
      tier_applicable_at_D: true,
      effective_tier_at_D: ladder.fallback,
      model_tier: null,
      explanation: scope.reason,
      obligations: [],
      notes: [],
      penalties: [],
      screens: [],
    };
  }
  const catalogue = tables.catalogues[jurisdiction];
  const { evaluations } = runCatalogue(catalogue, profile, date);
  const signals = tierSignals(evaluations, ladder);
  const systemTier = strongest(ladder.order, signals.classified) ?? ladder.fallback;
  const effectiveSystemTier = strongest(ladder.order, signals.effective) ?? ladder.fallback;
  const modelTier = jurisdiction === "EU" ? (strongest(MODEL_TIERS, signals.classified) ?? null) : null;
  const modelOnly = jurisdiction === "EU" && profile.artifact === "model";
  const tier = modelOnly ? (modelTier ?? ladder.fallback) : systemTier;
  const effectiveTier = modelOnly
    ? (strongest(MODEL_TIERS, signals.effective) ?? ladder.fallback)
    : effectiveSystemTier;

  // Prohibitions that do not hold are reported as screens only.
  const reported = evaluations.filter((evaluation) => evaluation.rule.kind !== "prohibition" || evaluation.triggered);
  const records = reported.map(toObligation);
  const obligations = records.filter((record) => OBLIGATION_KINDS.has(record.kind));
  const referenced = new Set(
    obligations.filter((record) => record.status !== "not_triggered").map((record) => record.penalty_ref),
  );
  return {
    jurisdiction,
    in_scope: true,
    scope_reason: scope.reason,
    tier,
    tier_applicable_at_D: tier === effectiveTier,
    effective_tier_at_D: effectiveTier,
    model_tier: modelTier,
    explanation: explain({
      jurisdiction,
      tier: systemTier,
      modelTier,
      profile,
      facts: catalogue.facts,
      annexIIIPoints: catalogue.annexIIIPoints ?? [],
      evaluations,
    }),
    obligations,
    notes: records.filter((record) => record.kind === "note" && record.status !== "not_triggered"),
    penalties: records.filter((record) => record.kind === "penalty" && referenced.has(record.id)),
    screens: evaluations.flatMap((evaluation) => toScreen(evaluation) ?? []),
  };
}
