/**
 * The AI-regulation answers: an assessment of a system profile on a date (and the changes to a second date),
 * the rule catalogue with each regime's timeline and the comparison matrix, and the models above the compute
 * thresholds the rules name.
 */
import { z } from "zod";
import { REGULATORY_REGIMES, type RegulatoryRegime } from "../domain/vocabulary.js";
import { isoDaySchema, JURISDICTIONS, profileSchema } from "../rules/ai-regulation/profile.js";
import { errorBody, list, localized, openRecord } from "./common.js";
import { commaList } from "./query-params.js";

const day = z.string().describe("YYYY-MM-DD");
const jurisdiction = z.string().describe("EU, CN, US-FED or a US state such as US-CA");
export const regime = z.enum(REGULATORY_REGIMES);
export type { RegulatoryRegime };
const confidence = z
  .enum(["V", "S", "M", "C"])
  .describe("V verified against the text, S secondary source, M from memory, C contested");
const tier = z.string().describe("Tier code such as EU_HIGH_RISK_ANNEX_III or EU_GPAI_SYSTEMIC");

export const obligationStatus = z.enum([
  "applicable",
  "scheduled",
  "grace_period",
  "pending_legislation",
  "stayed",
  "repealed",
  "not_triggered",
  "needs_review",
]);
export type ObligationStatus = z.output<typeof obligationStatus>;
export const screenResult = z.enum(["hit", "clear", "needs_review", "will_be_prohibited", "exempt"]);
export type ScreenResult = z.output<typeof screenResult>;

export const obligationResult = z.object({
  id: z.string(),
  kind: z.enum(["obligation", "prohibition", "exemption", "classification", "note", "penalty"]),
  instrument: z.string(),
  addressee: z.string(),
  citation: z.string(),
  citation_url: z.string(),
  text: localized,
  status: obligationStatus,
  status_date: day.nullable(),
  applies_from: day.nullable(),
  applies_until: day.nullable(),
  reason: localized.nullable(),
  confidence,
  unconfirmed: z.boolean(),
  confidence_note: z.string().nullable(),
  needs_review: z.boolean(),
  review_reasons: list(localized),
  penalty_ref: z.string().nullable(),
  later_history: localized.nullable(),
  watch: localized.nullable(),
});
export type ObligationResult = z.output<typeof obligationResult>;

export const screen = z.object({
  id: z.string(),
  result: screenResult,
  date: day.nullable(),
  reason: localized,
  citation: z.string(),
  confidence,
});
export type Screen = z.output<typeof screen>;

export const jurisdictionAssessment = z.object({
  jurisdiction,
  in_scope: z.boolean(),
  scope_reason: localized,
  tier,
  tier_applicable_at_D: z.boolean(),
  effective_tier_at_D: tier,
  model_tier: tier.nullable(),
  explanation: localized,
  obligations: list(obligationResult),
  notes: list(obligationResult),
  penalties: list(obligationResult),
  screens: list(screen),
});
export type JurisdictionAssessment = z.output<typeof jurisdictionAssessment>;

export const assessment = z.object({
  as_of: day,
  knowledge_cutoff: day,
  warnings: list(localized),
  per_jurisdiction: list(jurisdictionAssessment),
});
export type Assessment = z.output<typeof assessment>;

const statusAt = z.object({ status: obligationStatus, status_date: day.nullable() });
export const assessmentDiff = z.object({
  before_as_of: day,
  after_as_of: day,
  per_jurisdiction: list(
    z.object({
      jurisdiction,
      in_scope: z.object({ before: z.boolean(), after: z.boolean() }),
      tier: z.object({ before: tier, after: tier }),
      effective_tier_at_D: z.object({ before: tier, after: tier }),
      obligations: list(
        z.object({
          id: z.string(),
          citation: z.string(),
          text: localized,
          before: statusAt.nullable(),
          after: statusAt.nullable(),
        }),
      ),
      screens: list(z.object({ id: z.string(), before: screenResult.nullable(), after: screenResult.nullable() })),
    }),
  ).describe("Only jurisdictions where something changed"),
});
export type AssessmentDiff = z.output<typeof assessmentDiff>;

export const deadline = z.object({
  date: day,
  jurisdiction,
  id: z.string(),
  kind: z.enum(["starts", "grace_period_ends"]),
  citation: z.string(),
  citation_url: z.string(),
  text: localized,
  unconfirmed: z.boolean(),
});
export type Deadline = z.output<typeof deadline>;

export const unconfirmedMark = z.object({
  id: z.string(),
  jurisdiction,
  citation: z.string(),
  confidence: z.string(),
  confidence_note: z.string().nullable(),
});
export type UnconfirmedMark = z.output<typeof unconfirmedMark>;

export const obligationsAnswer = z.object({
  as_of: day,
  assessment,
  upcoming_deadlines: list(deadline),
  unconfirmed: list(unconfirmedMark).describe("The rules in this answer kept with an unconfirmed mark"),
  diff: z
    .object({ as_of: day, assessment, changes: assessmentDiff })
    .nullable()
    .describe("The assessment on diff_date and what changed, or null without diff_date"),
});
export type ObligationsAnswer = z.output<typeof obligationsAnswer>;

/** A 400 of POST /api/v1/obligations: every problem, each naming its field path. */
export const bodyIssue = z.object({ parameter: z.string(), message: z.string() });
export type BodyIssue = z.output<typeof bodyIssue>;

export const timelineEntry = z.object({
  date: day,
  jurisdiction,
  kind: z.enum(["instrument", "applies", "event"]),
  id: z.string(),
  text: localized,
  rule_ids: list(z.string()).describe('Rules whose duties start that day (kind "applies")'),
  confidence,
  citation_url: z.string(),
  superseded: z.boolean().describe("The entry comes from a law version later superseded"),
});
export type TimelineEntry = z.output<typeof timelineEntry>;

export const matrixRow = z.object({
  id: z.string(),
  dimension: localized,
  cells: z.partialRecord(regime, localized),
});
export type MatrixRow = z.output<typeof matrixRow>;

const instrument = openRecord({
  id: z.string(),
  jurisdiction,
  title: localized,
  cite: z.string(),
  url: z.string(),
  confidence,
  events: list(z.object({ date: day, state: z.string(), note: localized })),
});
const rule = openRecord({
  id: z.string(),
  jurisdiction,
  instrument: z.string(),
  article: z.string(),
  kind: z.string(),
  addressee: z.string(),
  text: localized,
  confidence,
  citationUrl: z.string(),
});

export const regulationsResponse = z.object({
  data: z.object({
    knowledge_cutoff: day,
    instruments: list(instrument),
    rules: list(rule).describe("Each rule with its trigger and schedule (conditions as in docs/regulation.md)"),
    timelines: z.partialRecord(regime, list(timelineEntry)),
    matrix: list(matrixRow),
    approaches: z.partialRecord(regime, localized),
    unconfirmed_rule_ids: list(z.string()),
  }),
});
export type RegulationsResponse = z.output<typeof regulationsResponse>;

const computeThreshold = z.object({
  id: z.string(),
  flop: z.number(),
  label: localized,
  citation: z.string(),
  status: z.enum(["in_force", "pending_legislation", "historical", "indicative"]),
  confidence,
});

export const modelAboveThresholds = z.object({
  id: z.string(),
  name: z.string(),
  dataset: z.string(),
  organization: z.string().nullable(),
  developer_countries: list(z.string()),
  publication_date: z.string().nullable(),
  training_compute_flop: z.number(),
  confidence: z.string().nullable().describe("Epoch's confidence label, verbatim"),
  link: z.string().nullable(),
  source_id: z.string(),
  row_number: z.number().int(),
  eu_systemic_presumed: z.boolean(),
  above_us_frontier: z.boolean(),
  thresholds: list(
    z.object({ id: z.string(), estimate_above: z.boolean(), verdict: z.enum(["above", "below", "uncertain"]) }),
  ),
});

/**
 * POST /api/v1/obligations as JSON: the profile and the day(s). The profile is the engine's own schema; only
 * its "not an object" message is the API's, which names the documentation.
 */
export const obligationsBody = z.strictObject({
  profile: z.strictObject(profileSchema.shape, {
    error: (issue) =>
      issue.code === "invalid_type" ? "a system profile object (see docs/ai-regulation.md)" : undefined,
  }),
  date: isoDaySchema,
  diff_date: isoDaySchema.optional(),
});
export type ObligationsBody = z.input<typeof obligationsBody>;
/** With a YAML profile (the file `wedloop obligations` reads) the days come in the query, as the CLI's flags. */
export const obligationsQuery = z.strictObject({
  date: isoDaySchema.optional().describe("With a YAML profile: the day of the assessment (as `--at` of the CLI)"),
  diff_date: isoDaySchema.optional().describe("With a YAML profile: a second day to compare with (as `--diff-at`)"),
});
export type ObligationsQuery = z.output<typeof obligationsQuery>;

export const regulationsQuery = z.strictObject({
  jurisdiction: commaList(
    z.enum([...JURISDICTIONS, "US"], {
      error: `jurisdictions such as EU, CN, US or ${JURISDICTIONS.filter((code) => code.startsWith("US-")).join(", ")}`,
    }),
  )
    .describe("Comma-separated jurisdictions (EU, CN, US-FED, US-CA, ...; US means every US jurisdiction)")
    .optional(),
});
export type RegulationsQuery = z.input<typeof regulationsQuery>;
export const regimeTimelineQuery = z.strictObject({
  regime: z.enum(REGULATORY_REGIMES, { error: "one of EU, CN, US" }).describe("EU, CN or US"),
});
export const modelsAboveThresholdsQuery = z.strictObject({
  dataset: z
    .enum(["large_scale", "notable", "frontier"], { error: "one of large_scale, notable, frontier" })
    .default("large_scale")
    .describe("Epoch models dataset (default large_scale)"),
  above: z
    .enum(["eu-systemic", "us-frontier"], { error: "eu-systemic or us-frontier" })
    .optional()
    .describe("Only models above the EU 10^25 presumption or the US 10^26 frontier threshold"),
});
export type ModelsAboveThresholdsQuery = z.input<typeof modelsAboveThresholdsQuery>;

/** Each operation's parameters, body and answers, spread into its route's schema. */
export const regulationContract = {
  obligations: {
    body: z.union([
      obligationsBody,
      z.string().describe("the profile as YAML (content-type text/yaml), with ?date= and ?diff_date="),
    ]),
    querystring: obligationsQuery,
    response: {
      200: z.object({ data: obligationsAnswer }),
      400: errorBody.extend({ issues: list(bodyIssue).optional() }),
    },
  },
  regulations: { querystring: regulationsQuery, response: { 200: regulationsResponse } },
  timeline: { querystring: regimeTimelineQuery, response: { 200: z.object({ data: list(timelineEntry), regime }) } },
  modelsAboveThresholds: {
    querystring: modelsAboveThresholdsQuery,
    response: {
      200: z.object({
        data: list(modelAboveThresholds),
        total: z.number().int(),
        thresholds: list(computeThreshold),
        method: localized,
        snapshot_id: z.string(),
        snapshot_date: z.string().nullable(),
        attribution: z.string(),
      }),
    },
  },
} as const;
