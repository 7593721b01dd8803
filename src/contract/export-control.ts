/**
 * The export-control answers (US rules on AI chips): one chip's check and timeline, a custom chip, the rule
 * data, and every chip's status. The engine's own types (src/rules/export-control) must fit these schemas;
 * the route modules do not compile otherwise.
 */
import { z } from "zod";
import type { Citation } from "../domain/vocabulary.js";
import { csvResponse, errorBody, list } from "./common.js";

export type { Citation };

const confidence = z
  .enum(["quoted", "computed", "secondary", "inferred", "disputed", "unconfirmed"])
  .describe("How sure a fact is: quoted from the law, computed, secondary, inferred, disputed, unconfirmed");
export const citation = z.object({
  instrument: z.string().describe("The law or document, e.g. 15 CFR 742.6(a)(6)"),
  sources: list(z.templateLiteral(["R", z.number().int()])).describe(
    "Source keys (R1, R2, ...) of /api/v1/export-control/rules `sources`",
  ),
}) satisfies z.ZodType<Citation>;
export const reason = z.object({
  text: z.string(),
  citation,
  confidence,
  ruleVersion: z.string().optional(),
});
export const caveat = z.object({ text: z.string(), kind: z.string(), citation: citation.optional() });

export const licenceAnswer = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("no_licence") }),
  z.object({
    kind: z.literal("licence_required"),
    basis: z.enum(["rule", "is_informed_letter", "headquarters_rule", "embargo"]),
    reviewPolicy: z.string(),
    reviewPolicyConfidence: confidence,
  }),
  z.object({
    kind: z.literal("licence_exception"),
    exception: z.enum(["NAC", "ACA", "HBM", "AIA", "LPP"]),
    notificationRequired: z.boolean().nullable(),
  }),
  z.object({ kind: z.literal("indeterminate"), decidingInputs: list(z.string()) }),
]);
export type LicenceAnswer = z.output<typeof licenceAnswer>;

export const classification = z.object({
  regime: z.string(),
  ruleVersion: z.string().nullable().describe("The rule version whose definition was applied"),
  status: z.enum(["controlled", "not_controlled", "indeterminate"]),
  eccn: z.string().nullable(),
  paragraphsMet: list(z.string()),
  tier: z.enum(["a", "b", "c", "2022"]).nullable(),
  exceptionEligible: z.boolean().nullable(),
  reasons: list(reason),
  caveats: list(caveat),
  decidingInputs: list(z.string()),
});

export const checkResult = z.object({
  question: z.object({
    destination: z.string(),
    effectiveDestination: z.string().describe("Destination as the rules read it (Hong Kong as China)"),
    endUserHq: z.string().nullable(),
    ultimateParentHq: z.string().nullable(),
    date: z.string(),
    mode: z.enum(["enforced", "as_written"]),
    item: z.enum(["ic", "computer"]),
    quantity: z.number(),
  }),
  metrics: z.object({
    tpp: z.number().nullable(),
    pd: z.number().nullable(),
    applicableDieAreaMm2: z.number().nullable(),
    steps: list(z.string()).describe("The arithmetic, one line per step"),
  }),
  classification,
  answer: licenceAnswer,
  code: z.string().describe("The answer code (NLR, LR-D, NAC-N, ...); see the legend of /export-control/rules"),
  reasons: list(reason),
  caveats: list(caveat),
  confidence: confidence.describe("The weakest confidence of any fact the reasons used"),
  citations: list(citation),
  ruleVersionsInForce: list(z.string()),
});
export type CheckResult = z.output<typeof checkResult>;

export const plainAnswer = z.object({
  language: z.enum(["en", "nl"]),
  headline: z.string().describe("First line: yes or no, and why, in one sentence"),
  reasons: list(z.object({ text: z.string(), citation: z.string() })),
  caveats: list(z.string()),
  questions: list(
    z.object({
      fact: z.enum(["die_area", "datacenter", "interconnect", "memory_bandwidth", "performance", "transistor"]),
      question: z.string(),
      parameter: z.string(),
      flag: z.string(),
      kind: z.enum(["number", "boolean"]),
    }),
  ),
  code: z.string(),
  legend: z.string(),
});

const provenance = z.object({ source_id: z.string(), row: z.number().int() });
export const chipSummary = z.object({
  id: z.string(),
  name: z.string(),
  manufacturer: z.string().nullable(),
  type: z.string().nullable(),
  release_date: z.string().nullable(),
  provenance,
  curated_facts: list(
    z.looseObject({
      field: z.string(),
      file: z.string(),
      line: z.number().int(),
      epoch_row: z.number().int(),
      epoch_value: z.number().nullable(),
      used: z.literal("curated"),
    }),
  ).describe("Curated values beside Epoch's, each with its source (the curated one is used)"),
  parameters: z.looseObject({}).describe("The engine's input for this chip (throughputs, dies, flags, notes)"),
});

export const chipCheckResponse = z.object({
  data: z.object({ chip: chipSummary, result: checkResult, plain: plainAnswer }),
  attribution: z.string(),
});

export const timelineSegment = z.object({
  from: z.string(),
  until: z.string().describe("Last day of the segment (inclusive)"),
  code: z.string(),
  answer: licenceAnswer,
  eccn: z.string().nullable(),
  result: checkResult.describe("The full answer on the segment's first day"),
});
export type TimelineSegment = z.output<typeof timelineSegment>;

export const timelineResponse = z.object({
  data: z.object({ chip: chipSummary, from: z.string(), until: z.string(), segments: list(timelineSegment) }),
  attribution: z.string(),
});

export const customCheckResponse = z.object({ data: checkResult, plain: plainAnswer });

const sourced = { citation, confidence };
const ruleVersionId = z.string().describe("RV0, RV1, ...: a version of the rules (see rule_versions)");
export const ruleVersion = z.object({
  id: ruleVersionId,
  title: z.string(),
  effective: z.string().describe("The day the instrument takes legal effect"),
  compliance: z.string().optional().describe("Exporters need only comply from this day"),
  notEnforced: z.literal(true).optional().describe("Announced as not enforced; applied only in mode as_written"),
  summary: z.string(),
  ...sourced,
});
const countryGroupId = z.enum(["D:1", "D:2", "D:3", "D:4", "D:5", "A:5", "A:6", "E:1", "E:2"]);
const groupMembership = z.object({
  group: countryGroupId,
  country: z.string(),
  from: z.string().optional(),
  until: z.string().optional(),
  ...sourced,
});
const licenceException = z.object({
  id: z.enum(["NAC", "ACA", "HBM", "AIA", "LPP"]),
  section: z.string(),
  ruleVersion: ruleVersionId,
  from: z.string(),
  text: z.string(),
  ...sourced,
});
const letterCriterion = z.union([
  z.object({ kind: z.literal("reaches_all"), tppMin: z.number(), interconnectMinGBps: z.number() }),
  z.object({ kind: z.literal("reaches_any"), dramBandwidthMinGBps: z.number(), interconnectMinGBps: z.number() }),
]);
const licenceLetter = z.object({
  id: z.string(),
  ruleVersion: ruleVersionId,
  vendor: z.string(),
  effective: z.string(),
  namedProducts: list(z.string()),
  effect: z.union([
    z.object({ kind: z.literal("licence_requirement") }),
    z.object({ kind: z.literal("early_application"), ruleVersion: ruleVersionId }),
  ]),
  criterion: z.intersection(letterCriterion, z.object({ text: z.string(), confidence })).optional(),
  destinations: z.object({ countries: list(z.string()), groups: list(countryGroupId) }),
  coversHeadquarters: z.boolean(),
  licencesGranted: z.object({ from: z.string(), text: z.string(), confidence, citation }).optional(),
  scopeNote: z.string().optional(),
  ...sourced,
});
export const rulesResponse = z.object({
  data: z.object({
    rule_versions: list(ruleVersion),
    thresholds: z.object({
      rule_2022: z.object({ tppMin: z.number(), interconnectMinGBps: z.number(), ...sourced }),
      rule_2023: z.object({
        a1: z.object({ tppMin: z.number() }),
        a2: z.object({ tppMin: z.number(), pdMin: z.number() }),
        b1: z.object({ tppMin: z.number(), tppBelow: z.number(), pdMin: z.number(), pdBelow: z.number() }),
        b2: z.object({ tppMin: z.number(), pdMin: z.number(), pdBelow: z.number() }),
        nonDatacenterTppMin: z.number(),
        ...sourced,
      }),
      hbm: z.object({ densityAboveGBpsPerMm2: z.number(), exceptionBelowGBpsPerMm2: z.number(), ...sourced }),
      rv10: z.object({ tppBelow: z.number(), dramBandwidthBelowGBps: z.number(), ...sourced }),
    }),
    country_groups: list(groupMembership),
    licence_exceptions: list(licenceException),
    licence_letters: list(licenceLetter),
    sources: z.record(z.string(), z.string()).describe("Source keys (R1, ...) to the documents they name"),
    legend: z.object({ en: z.record(z.string(), z.string()), nl: z.record(z.string(), z.string()) }),
  }),
});
export type Rules = z.output<typeof rulesResponse>["data"];

const versionEntry = z.object({
  rule_version: z.string(),
  as_of: z.string(),
  status: z.enum(["controlled", "not_controlled", "indeterminate"]),
  eccn: z.string().nullable(),
  deciding_inputs: list(z.string()),
  reasons: list(reason).optional(),
});

export const chipStatus = z.object({
  id: z.string(),
  name: z.string(),
  manufacturer: z.string().nullable(),
  type: z.string().nullable(),
  release_date: z.string().nullable(),
  tpp: z.number().nullable(),
  pd: z.number().nullable(),
  applicable_die_area_mm2: z.number().nullable(),
  status: z.enum(["controlled", "not_controlled", "indeterminate"]),
  eccn: z.string().nullable(),
  code: z.string(),
  answer: z.enum(["no_licence", "licence_required", "licence_exception", "indeterminate"]),
  deciding_inputs: list(z.string()),
  confidence,
  versions: list(versionEntry).describe("The classification under each rule version"),
  provenance,
});
export type ChipStatus = z.output<typeof chipStatus>;

export const chipsResponse = z.object({
  data: list(chipStatus),
  total: z.number().int(),
  next: z.null(),
  question: z.object({
    to: z.string(),
    date: z.string(),
    end_user_hq: z.string().nullable(),
    mode: z.enum(["enforced", "as_written"]),
  }),
  attribution: z.string(),
});

const withErrors = { 400: errorBody, 404: errorBody };
export const exportControlContract = {
  chipCheck: { 200: chipCheckResponse, ...withErrors },
  timeline: { 200: timelineResponse, ...withErrors },
  customCheck: { 200: customCheckResponse, 400: errorBody },
  rules: { 200: rulesResponse },
  chips: { 200: chipsResponse, 400: errorBody },
  chipsCsv: { ...csvResponse("The chips' status, one column per rule version (ECCN, else status)"), 400: errorBody },
} as const;
