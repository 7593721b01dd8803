/** Shared pieces of the EU catalogue: instruments, dated versions, named facts, sources (spec §2). */
import type { Instrument, NamedFact, Rule, ScheduleOption, Transition } from "../rule.js";
import { all, any, fact, flag, has, is, not, role, text } from "./builders.js";

export const AI_ACT = "eu-ai-act";
export const GDPR = "eu-gdpr";
export const ORIGINAL = "2024-08-01";
/**
 * Reg (EU) 2026/1744 (Digital Omnibus on AI) in force. What the stored sources establish: Parliament adopted the
 * text on 16 June 2026 and the Council on 29 June 2026, and it enters into force on the third day after publication
 * in the Official Journal (SOURCES.omnibus; data/facts/events/eu-ai-act.yaml). Its Official Journal record, and so
 * this day, could not be read in a stored page (issue 11).
 */
export const OMNIBUS = "2026-07-27";
const BY_AI_ACT = "Reg (EU) 2024/1689";
const BY_OMNIBUS = "Reg (EU) 2026/1744";

const CLEM = "https://github.com/ThomasMoreAI/legal-skills-open/blob/3dd1e52b653ce3741ca1375dd1dd3761c5cf9c0a/eu/regulatory/skills/ai-act-compliance-clemensjl/references";
export const SOURCES = {
  art5: "https://powerquant.dk/en/prohibited-ai-practices-article-5",
  /** Heuking: Parliament's vote of 16 June 2026 and the Council's adoption of 29 June 2026 (source heuking-2026-07-ai-omnibus). */
  omnibus:
    "https://www.heuking.de/en/news-events/newsletter-articles/detail/ai-omnibus-2026-trilogue-agreement-on-amendments-to-the-ai-act-brings-longer-deadlines-and-less-bureaucracy.html",
  timeline: `${CLEM}/timeline.md`,
  highRisk: `${CLEM}/high-risk-classification.md`,
  highRiskObligations: `${CLEM}/high-risk-obligations.md`,
  deployer: `${CLEM}/deployer-duties.md`,
  art50: "https://aiact.annotated.nl/en/aiact/art/50/",
  art49: "https://legalviz.eu/aia/article/49",
  gpai: `${CLEM}/gpai.md`,
  governance: `${CLEM}/governance-enforcement.md`,
} as const;

export const EU_INSTRUMENTS: readonly Instrument[] = [
  {
    id: AI_ACT,
    jurisdiction: "EU",
    title: text("AI Act, as amended by the Digital Omnibus on AI", "AI-verordening, zoals gewijzigd door de Digitale Omnibus over AI"),
    cite: "Reg (EU) 2024/1689",
    url: SOURCES.timeline,
    confidence: "V",
    shortCircuitOnProhibition: true,
    events: [
      { date: ORIGINAL, state: "adopted", note: text("Entry into force (Art 113).", "Inwerkingtreding (art. 113).") },
      {
        date: OMNIBUS,
        state: "adopted",
        note: text(
          "Reg (EU) 2026/1744 in force (adopted by Parliament on 16 June and the Council on 29 June 2026; in force on the third day after publication, day of publication not verified): high-risk dates deferred, two new Art 5 bans.",
          "Verordening (EU) 2026/1744 in werking (aangenomen door het Parlement op 16 juni en de Raad op 29 juni 2026; in werking op de derde dag na publicatie, publicatiedag niet geverifieerd): data voor hoog risico uitgesteld, twee nieuwe verboden in art. 5.",
        ),
      },
    ],
  },
  {
    id: GDPR,
    jurisdiction: "EU",
    title: text("General Data Protection Regulation", "Algemene verordening gegevensbescherming (AVG)"),
    cite: "Reg (EU) 2016/679",
    url: SOURCES.governance,
    confidence: "V",
    events: [{ date: "2018-05-25", state: "adopted", note: text("GDPR applies.", "De AVG is van toepassing.") }],
  },
];

/** A day set by the original AI Act and not moved. */
export const aiActFrom = (date: string): ScheduleOption[] => [{ versions: [{ since: ORIGINAL, date, by: BY_AI_ACT }] }];
/** A day that exists only in the omnibus version (new Art 5 bans, Art 50(2) legacy). */
export const omnibusFrom = (date: string): ScheduleOption[] => [{ versions: [{ since: OMNIBUS, date, by: BY_OMNIBUS }] }];

const ANNEX_III_DATES = [
  { since: ORIGINAL, date: "2026-08-02", by: BY_AI_ACT },
  { since: OMNIBUS, date: "2027-12-02", by: BY_OMNIBUS },
];
const ANNEX_I_DATES = [
  { since: ORIGINAL, date: "2027-08-02", by: BY_AI_ACT },
  { since: OMNIBUS, date: "2028-08-02", by: BY_OMNIBUS },
];
export const ANNEX_III_SCHEDULE: ScheduleOption[] = [{ versions: ANNEX_III_DATES }];
export const ANNEX_I_SCHEDULE: ScheduleOption[] = [{ versions: ANNEX_I_DATES }];
/** Chapter III ss.1-3: the Annex I day for Annex I products, else the Annex III day (Art 113(c) as amended). */
export const HIGH_RISK_SCHEDULE: ScheduleOption[] = [
  { when: fact("annex_i"), versions: ANNEX_I_DATES },
  { versions: ANNEX_III_DATES },
];

const PUBLIC_DEPLOYER = is("deployer_type", "public_authority", "law_enforcement", "eu_institution");
const PLACED_BEFORE_CH3 = { placedBefore: "applies_from", market: "EU" } as const;

/** Engine rule EU-AIA-111-2 (Art 111(2)): legacy high-risk systems, never Art 5 or Art 50. */
export const HIGH_RISK_LEGACY: readonly Transition[] = [
  {
    when: all(PLACED_BEFORE_CH3, PUBLIC_DEPLOYER),
    effect: { kind: "deferred", to: "2030-08-02" },
    reason: text(
      "Placed on the market before the Chapter III date and used by a public authority: comply by 2 Aug 2030.",
      "Vóór de datum van hoofdstuk III in de handel gebracht en gebruikt door een overheidsinstantie: naleven uiterlijk 2 aug 2030.",
    ),
    citation: "Reg (EU) 2024/1689 Art 111(2)",
  },
  {
    when: all(PLACED_BEFORE_CH3, flag("significant_design_change_after_ch3_date")),
    effect: { kind: "none" },
    reason: text("Legacy system significantly changed in design: covered.", "Bestaand systeem met ingrijpende ontwerpwijziging: valt eronder."),
    citation: "Reg (EU) 2024/1689 Art 111(2)",
  },
  {
    when: PLACED_BEFORE_CH3,
    effect: { kind: "not_triggered" },
    reason: text(
      "Legacy: placed on the market before the Chapter III date and not significantly changed in design since (Art 111(2)).",
      "Bestaand systeem: vóór de datum van hoofdstuk III in de handel gebracht en sindsdien niet ingrijpend gewijzigd (art. 111(2)).",
    ),
    citation: "Reg (EU) 2024/1689 Art 111(2)",
  },
];

/** Art 5 tests shared with Annex III point 1, which covers biometrics only "where not prohibited". */
export const RBI_FOR_LAW_ENFORCEMENT = all(
  has("biometrics", "remote_id_realtime"),
  has("use_context", "publicly_accessible_space"),
  is("deployer_type", "law_enforcement"),
);
export const RBI_BAN = all(RBI_FOR_LAW_ENFORCEMENT, is("rbi_exception", "none"));
export const EMOTION_BAN = all(
  has("biometrics", "emotion_recognition"),
  has("use_context", "workplace", "education_institution"),
  not(has("use_context", "medical_or_safety_reason")),
);
export const CATEGORISATION_BAN = all(
  any(has("biometrics", "categorisation_sensitive"), has("practice_flags", "biometric_categorisation_sensitive_attributes")),
  not(is("deployer_type", "law_enforcement")),
);

/** Annex III points and the profile tags that reach them (spec §2.4 mapping). */
export const ANNEX_III_POINTS: readonly { readonly point: string; readonly area: string; readonly when: ReturnType<typeof all> }[] = [
  { point: "1(a)", area: "biometrics", when: all(has("biometrics", "remote_id_realtime", "remote_id_post"), not(RBI_BAN)) },
  { point: "1(b)", area: "biometrics", when: all(has("biometrics", "categorisation_sensitive"), not(CATEGORISATION_BAN)) },
  { point: "1(c)", area: "biometrics", when: all(has("biometrics", "emotion_recognition"), not(EMOTION_BAN)) },
  { point: "2", area: "critical infrastructure", when: has("intended_purpose", "critical_infrastructure_safety") },
  { point: "3(a)", area: "education", when: has("decision_domains", "education_access") },
  { point: "3(b)", area: "education", when: has("decision_domains", "education_assessment") },
  { point: "3(c)", area: "education", when: has("decision_domains", "education_level") },
  { point: "3(d)", area: "education", when: has("decision_domains", "education_proctoring") },
  { point: "4(a)", area: "employment", when: has("decision_domains", "employment_recruitment") },
  { point: "4(b)", area: "employment", when: has("decision_domains", "employment_management") },
  {
    point: "5(a)",
    area: "essential services",
    when: all(has("decision_domains", "public_benefits"), is("deployer_type", "public_authority", "private_providing_public_service", "eu_institution")),
  },
  { point: "5(b)", area: "essential services", when: all(has("decision_domains", "credit"), not(has("intended_purpose", "fraud_detection"))) },
  { point: "5(c)", area: "essential services", when: has("decision_domains", "insurance_life_health") },
  { point: "5(d)", area: "essential services", when: has("decision_domains", "emergency_dispatch") },
  { point: "6(a)", area: "law enforcement", when: has("decision_domains", "law_enforcement_victim_risk") },
  { point: "6(b)", area: "law enforcement", when: has("decision_domains", "law_enforcement_polygraph") },
  { point: "6(c)", area: "law enforcement", when: has("decision_domains", "law_enforcement_evidence") },
  { point: "6(d)", area: "law enforcement", when: has("decision_domains", "law_enforcement_offending_risk") },
  { point: "6(e)", area: "law enforcement", when: has("decision_domains", "law_enforcement_profiling") },
  { point: "7(a)", area: "migration", when: has("decision_domains", "migration_polygraph") },
  { point: "7(b)", area: "migration", when: has("decision_domains", "migration_risk_assessment") },
  { point: "7(c)", area: "migration", when: has("decision_domains", "migration_applications") },
  { point: "7(d)", area: "migration", when: has("decision_domains", "migration_identification") },
  { point: "8(a)", area: "justice and democracy", when: has("decision_domains", "justice") },
  {
    point: "8(b)",
    area: "justice and democracy",
    when: all(has("decision_domains", "elections"), not(has("intended_purpose", "election_campaign_logistics"))),
  },
];

export const EU_FACTS: Readonly<Record<string, NamedFact>> = {
  system: { when: is("artifact", "system", "both"), text: text("the artefact is an AI system", "het artefact is een AI-systeem") },
  gpai_model: {
    when: all(is("artifact", "model", "both"), flag("general_purpose")),
    text: text("a general-purpose AI model", "een AI-model voor algemene doeleinden"),
  },
  systemic: {
    when: all(fact("gpai_model"), { above: "training_compute_flop", value: 1e25 }),
    text: text("training compute above 10^25 FLOP (Art 51(2) presumption)", "trainingsrekenkracht boven 10^25 FLOP (vermoeden art. 51(2))"),
  },
  foss: {
    when: all(flag("open_weights"), flag("foss_licence")),
    text: text("weights public under a free and open-source licence", "gewichten openbaar onder een vrije opensourcelicentie"),
  },
  annex_i: {
    when: all(
      fact("system"),
      { annexI: "third_party_conformity_required" },
      any({ annexI: "safety_component" }, { annexI: "is_product" }),
      not({ annexI: "section_b" }),
    ),
    text: text(
      "an Annex I Section A product (or its safety component) needing third-party conformity assessment",
      "een product uit bijlage I, afdeling A (of een veiligheidscomponent ervan) met conformiteitsbeoordeling door derden",
    ),
  },
  annex_iii: {
    when: all(fact("system"), any(...ANNEX_III_POINTS.map((entry) => entry.when))),
    text: text("an Annex III use", "een toepassing uit bijlage III"),
  },
  derogated: {
    when: all(not(flag("profiling")), not(flag("materially_influences_decision")), not(is("art_6_3_condition", "none"))),
    text: text("an Art 6(3) condition without profiling or material influence", "een voorwaarde van art. 6(3) zonder profilering of wezenlijke invloed"),
  },
  annex_iii_high_risk: {
    when: all(fact("annex_iii"), not(fact("derogated"))),
    text: text("high-risk under Art 6(2) and Annex III", "hoog risico volgens art. 6(2) en bijlage III"),
  },
  high_risk: {
    when: any(fact("annex_i"), fact("annex_iii_high_risk")),
    text: text("a high-risk AI system", "een AI-systeem met een hoog risico"),
  },
  annex_iii_point_2_only: {
    when: all(has("intended_purpose", "critical_infrastructure_safety"), not(any(...ANNEX_III_POINTS.filter((entry) => entry.point !== "2").map((entry) => entry.when)))),
    text: text("Annex III point 2 (critical infrastructure) only", "alleen bijlage III, punt 2 (kritieke infrastructuur)"),
  },
  provider: { when: role("provider", "developer"), text: text("the party is a provider", "de partij is aanbieder") },
  deployer: {
    when: all(role("deployer", "operator", "employer"), not(is("deployer_type", "natural_person_nonprofessional"))),
    text: text("the party deploys the system professionally", "de partij zet het systeem beroepsmatig in"),
  },
  special_category_data: {
    when: all(
      flag("personal_data"),
      any(
        has("biometrics", "remote_id_realtime", "remote_id_post", "categorisation_sensitive", "emotion_recognition", "verification_only"),
        has("practice_flags", "untargeted_face_scraping"),
        has("decision_domains", "healthcare", "insurance_life_health"),
        has("intended_purpose", "diagnostic_support"),
      ),
    ),
    text: text("processes special-category (e.g. biometric or health) data", "verwerkt bijzondere persoonsgegevens (zoals biometrische of gezondheidsgegevens)"),
  },
  automated_decision: {
    when: all(flag("personal_data"), any(flag("solely_automated_decisions"), all(flag("materially_influences_decision"), flag("profiling")))),
    text: text("automated decisions or profiling with significant effects", "geautomatiseerde besluiten of profilering met aanmerkelijke gevolgen"),
  },
};

/** Defaults shared by every EU rule. */
export function euRule(rule: Omit<Rule, "jurisdiction" | "instrument" | "confidence" | "kind"> & Partial<Pick<Rule, "instrument" | "confidence" | "kind">>): Rule {
  return { jurisdiction: "EU", instrument: AI_ACT, confidence: "V", kind: "obligation", ...rule };
}
