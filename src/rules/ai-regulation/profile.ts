import { z } from "zod";
import { parsePartialDate, type IsoDay } from "../../domain/partial-date.js";

/** A calendar day, YYYY-MM-DD, checked to exist (2026-02-30 is refused). */
export const isoDaySchema = z
  .string()
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parsePartialDate(text)?.precision === "day", {
    message: "a real calendar date as YYYY-MM-DD",
  });
export type { IsoDay };

export const EU_MEMBER_STATES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

export const JURISDICTIONS = [
  "EU",
  "CN",
  "US-FED",
  "US-CA",
  "US-CO",
  "US-TX",
  "US-IL",
  "US-NY",
  "US-NYC",
  "US-UT",
] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** A market as the profile names it: a jurisdiction, or "EU-NL" style for one member state. */
const marketJurisdictionSchema = z.union([
  z.enum(JURISDICTIONS),
  z.enum(EU_MEMBER_STATES.map((code) => `EU-${code}` as const) as unknown as [`EU-${string}`, ...`EU-${string}`[]]),
]);

export const ROLES = [
  "provider",
  "deployer",
  "importer",
  "distributor",
  "developer",
  "operator",
  "employer",
  "platform",
] as const;
export const DEPLOYER_TYPES = [
  "private",
  "public_authority",
  "law_enforcement",
  "private_providing_public_service",
  "eu_institution",
  "natural_person_nonprofessional",
] as const;
export const DECISION_DOMAINS = [
  "employment_recruitment",
  "employment_management",
  "education_access",
  "education_assessment",
  "education_level",
  "education_proctoring",
  "credit",
  "insurance_life_health",
  "insurance_other",
  "public_benefits",
  "emergency_dispatch",
  "housing",
  "healthcare",
  "legal_services",
  "law_enforcement_victim_risk",
  "law_enforcement_polygraph",
  "law_enforcement_evidence",
  "law_enforcement_offending_risk",
  "law_enforcement_profiling",
  "migration_polygraph",
  "migration_risk_assessment",
  "migration_applications",
  "migration_identification",
  "justice",
  "elections",
] as const;
/** Purpose tags the rules key on; the spec leaves the list open, these are the ones its rules need. */
export const PURPOSE_TAGS = [
  "fraud_detection",
  "personalised_recommendation",
  "ranking_selection",
  "retrieval_filtering",
  "scheduling_dispatch",
  "content_generation",
  "diagnostic_support",
  "critical_infrastructure_safety",
  "election_campaign_logistics",
] as const;
export const SYNTHETIC_CONTENT = ["text", "image", "audio", "video", "virtual_scene"] as const;
export const BIOMETRICS = [
  "remote_id_realtime",
  "remote_id_post",
  "verification_only",
  "categorisation_sensitive",
  "categorisation_other",
  "emotion_recognition",
] as const;
export const USE_CONTEXTS = [
  "workplace",
  "education_institution",
  "publicly_accessible_space",
  "consumer",
  "internal_rnd",
  "military",
  "medical_or_safety_reason",
] as const;
export const PRACTICE_FLAGS = [
  "subliminal_or_manipulative_harmful",
  "exploits_vulnerability_harmful",
  "social_scoring_cross_context_or_disproportionate",
  "crime_prediction_solely_profiling",
  "untargeted_face_scraping",
  "biometric_categorisation_sensitive_attributes",
  "gov_social_scoring",
  "intent_incite_self_harm_or_crime",
  "intent_unlawful_discrimination",
  "intent_infringe_constitutional_rights",
  "intent_sexual_deepfake_or_csam",
  "ncii_purpose",
] as const;
export const ART_6_3_CONDITIONS = [
  "none",
  "narrow_procedural",
  "improves_prior_human",
  "pattern_detection_with_review",
  "preparatory",
] as const;
export const RBI_EXCEPTIONS = ["none", "victim_search", "imminent_threat_or_terror", "serious_crime_suspect"] as const;

const setOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .default([])
    .transform((list) => [...new Set(list)]);
const flag = z.boolean().default(false);
const amount = z.number().finite().nonnegative();

export const profileSchema = z.strictObject({
  id: z.string().optional(),
  description: z.string().optional(),
  artifact: z.enum(["system", "model", "both"]).default("system"),
  roles: setOf(ROLES),
  provider_established_in: z
    .string()
    .regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code such as NL or US")
    .optional(),
  deployer_type: z.enum(DEPLOYER_TYPES).default("private"),
  markets: z
    .array(z.strictObject({ jurisdiction: marketJurisdictionSchema, placed_on_market_date: isoDaySchema.optional() }))
    .default([]),
  output_used_in_eu: flag,
  sector: z.string().optional(),
  intended_purpose: setOf(PURPOSE_TAGS),
  general_purpose: flag,
  training_compute_flop: amount.optional(),
  modification_compute_flop: amount.optional(),
  base_model_compute_flop: amount.optional(),
  open_weights: flag,
  foss_licence: flag,
  synthetic_content: setOf(SYNTHETIC_CONTENT),
  deepfake_of_real_persons: flag,
  edits_biometric_features: flag,
  ncii_capable: flag,
  ncii_safeguards: z.boolean().default(true),
  csam_safeguards: z.boolean().default(true),
  interacts_with_people: flag,
  anthropomorphic_companion: flag,
  /** Extension: minors are among the users (CN ANTH minors' duties, EU Art 5(1)(b) review, CA SB 243). */
  minors_among_users: flag,
  user_counts: z
    .strictObject({
      monthly_users_CA: amount.optional(),
      registered_users_CN: amount.optional(),
      mau_CN: amount.optional(),
    })
    .default({}),
  /** Unset means: true for a public-facing CN content, chat or social service (spec §1.1). */
  public_opinion_or_mobilization: z.boolean().optional(),
  /** Extension: offered to the public as an internet information service (CN scope; spec §3.9 public_facing). */
  offered_to_public: z.boolean().default(true),
  /** Extension: publishes AI-generated text to inform the public on matters of public interest (EU Art 50(4)). */
  publishes_public_interest_text: flag,
  /** Extension: a natural or legal person holds editorial responsibility after human review (EU Art 50(4) exception). */
  editorial_responsibility: flag,
  decision_domains: setOf(DECISION_DOMAINS),
  materially_influences_decision: flag,
  /** Extension: decisions are taken without any human involvement (GDPR Art 22 "solely automated"). */
  solely_automated_decisions: flag,
  profiling: flag,
  art_6_3_condition: z.enum(ART_6_3_CONDITIONS).default("none"),
  biometrics: setOf(BIOMETRICS),
  use_context: setOf(USE_CONTEXTS),
  annex_i_product: z
    .strictObject({
      legislation: z.string().min(1),
      /** Extension: Annex I section; B means the sectoral act carries the requirements (Art 2(2)). */
      section: z.enum(["A", "B"]).default("A"),
      third_party_conformity_required: flag,
      safety_component: flag,
      is_product: flag,
    })
    .optional(),
  practice_flags: setOf(PRACTICE_FLAGS),
  rbi_exception: z.enum(RBI_EXCEPTIONS).default("none"),
  rbi_prior_authorisation: flag,
  rbi_national_law_enables: flag,
  revenue_usd_prev_year: amount.optional(),
  employees_fte: z.number().int().nonnegative().optional(),
  regulated_occupation: flag,
  hosts_user_generated_content: flag,
  subject_to_federal_lending_law: flag,
  significant_design_change_after_ch3_date: flag,
  personal_data: z.boolean().default(true),
});

/** A profile as written in a file (defaults not yet applied). */
export type SystemProfileSpec = z.input<typeof profileSchema>;
/** A validated profile with every default filled in. */
export type SystemProfile = z.output<typeof profileSchema>;
export type MarketJurisdiction = SystemProfile["markets"][number]["jurisdiction"];

/** The jurisdiction a market counts towards: "EU-NL" counts as "EU". */
export function marketRegime(market: MarketJurisdiction): Jurisdiction {
  return market.startsWith("EU") ? "EU" : (market as Jurisdiction);
}

/** The earliest placement date the profile gives for a jurisdiction, if any. */
export function placementDate(profile: SystemProfile, jurisdiction: Jurisdiction): IsoDay | undefined {
  const dates = profile.markets
    .filter(
      (market) => marketRegime(market.jurisdiction) === jurisdiction && market.placed_on_market_date !== undefined,
    )
    .map((market) => market.placed_on_market_date as string)
    .sort();
  return dates[0];
}

/** The CN public-opinion attribute with the spec's default applied. */
export function hasPublicOpinionAttribute(profile: SystemProfile): boolean {
  if (profile.public_opinion_or_mobilization !== undefined) return profile.public_opinion_or_mobilization;
  const contentService =
    profile.interacts_with_people || profile.synthetic_content.length > 0 || profile.hosts_user_generated_content;
  return profile.offered_to_public && contentService;
}
