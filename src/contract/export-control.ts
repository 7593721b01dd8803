/**
 * The export-control answers (US rules on AI chips): one chip's check and timeline, a custom chip, the rule
 * data, and every chip's status. The engine's own types (src/rules/export-control) must fit these schemas;
 * the route modules do not compile otherwise.
 */
import { z } from "zod";
import type { Citation } from "../domain/vocabulary.js";
import { exportCheckInputSchema } from "../rules/export-control/input-schema.js";
import { csvResponse, errorBody, list, recordIdParams } from "./common.js";
import { commaList } from "./query-params.js";

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

/** A value known only as a bound (at least, at most, or both). */
const bound = z.object({ atLeast: z.number().optional(), atMost: z.number().optional() });

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
    applicableDieAreaBound: bound.nullable().describe("Set when the die area is known only as a bound"),
    pdBound: bound.nullable().describe("What PD is known to be when the die area is only bounded"),
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
      publisher: z.string().nullable().describe("Who published the fact's source (its id is `source`)"),
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
  pd_bound: bound.nullable().describe("What PD is known to be when the die area is only bounded"),
  applicable_die_area_bound: bound.nullable().describe("Set when the die area is known only as a bound"),
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

/** A timeline starts here unless `from` is given: before the first rule version (RV0, 2022-08-26). */
export const TIMELINE_DEFAULT_FROM = "2022-01-01";

const countryParam = (description: string) =>
  z
    .string()
    .regex(/^[A-Za-z]{2}$/, "an ISO 3166-1 alpha-2 country code such as CN")
    .transform((code) => code.toUpperCase())
    .describe(description);
const dayParam = (description: string) => z.string({ error: "required: a date as YYYY-MM-DD" }).describe(description);
const languageParam = z
  .enum(["en", "nl"])
  .default("en")
  .describe("Language of the plain answer (data.plain): en (default) or nl");

/** The question every chip check asks: where to, for whom, and whether the AI Diffusion rule applies. */
const questionShape = {
  to: countryParam("Destination country (ISO 3166-1 alpha-2, e.g. CN; HK is read as China)"),
  end_user_hq: countryParam("Country of the end user's headquarters, e.g. CN").optional(),
  mode: z
    .enum(["enforced", "as_written"])
    .default("enforced")
    .describe("enforced (default), or as_written to apply the AI Diffusion rule"),
  datacenter: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional()
    .describe("Whether the chip is designed or marketed for data centres (Epoch does not say)"),
};
/** One chip's question may also supply what its Epoch row lacks. */
const positiveParam = (unit: string, description: string) =>
  z.coerce
    .number({ error: `a number of ${unit}` })
    .positive("must be positive")
    .optional()
    .describe(description);
const oneChipShape = {
  ...questionShape,
  applicable_die_area_mm2: positiveParam(
    "mm²",
    "Applicable die area in mm² (logic dies on a non-planar node), in place of the data's value",
  ),
  interconnect_gbps: positiveParam(
    "GB/s",
    "Aggregate bidirectional interconnect bandwidth in GB/s, in place of the data's value",
  ),
  dram_bandwidth_gbps: positiveParam("GB/s", "Peak memory (DRAM) bandwidth in GB/s, in place of the data's value"),
  tpp: positiveParam("TPP", "Total processing performance, in place of the value computed from the data"),
  lang: languageParam,
};
export const chipCheckQuery = z.strictObject({
  ...oneChipShape,
  date: dayParam("The day of the export, YYYY-MM-DD (required: the server reads no clock)"),
});
export type ChipCheckQuery = z.input<typeof chipCheckQuery>;
export const timelineQuery = z.strictObject({
  ...oneChipShape,
  from: dayParam(`First day, YYYY-MM-DD (default ${TIMELINE_DEFAULT_FROM})`).default(TIMELINE_DEFAULT_FROM),
  until: dayParam("Last day, YYYY-MM-DD (required)"),
});
export type TimelineQuery = z.input<typeof timelineQuery>;
export const chipsQuery = z.strictObject({
  ...questionShape,
  date: dayParam("The day of the export, YYYY-MM-DD (required)"),
  status: commaList(z.enum(["controlled", "not_controlled", "indeterminate"]))
    .optional()
    .describe("Classification status as of the date"),
  classification: commaList(
    z
      .string()
      .regex(/^(?:none|[34]A090(?:\.[a-c](?:\.[12])?)?)$/, "an ECCN such as 3A090.a.1, 3A090.a, 4A090, or none"),
  )
    .optional()
    .describe("ECCN as of the date; 3A090.a also matches 3A090.a.1 and 3A090.a.2; none for no ECCN"),
  answer: commaList(z.enum(["no_licence", "licence_required", "licence_exception", "indeterminate"]))
    .optional()
    .describe("Licence answer for the destination"),
  code: commaList(z.string().regex(/^[A-Za-z?*†‡§:-]+$/, "an answer code such as NLR, LR-D, NAC"))
    .optional()
    .describe("Answer code, e.g. NLR,LR-D,NAC"),
  q: z.string().min(1).max(200).optional().describe("Case-insensitive text search on the chip name"),
  reasons: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .default(false)
    .describe("Include each rule version's reasons (large)"),
});
export type ChipsQuery = z.input<typeof chipsQuery>;

/** POST /api/v1/export-control/check: the body is the engine's input, the language goes in the query. */
export const customCheckQuery = z.strictObject({ lang: languageParam });
export type CustomCheckQuery = z.input<typeof customCheckQuery>;
export const customCheckBody = exportCheckInputSchema;
export type CustomCheckBody = z.input<typeof customCheckBody>;

const withErrors = { 400: errorBody, 404: errorBody };
/** Each operation's parameters, body and answers, spread into its route's schema. */
export const exportControlContract = {
  chipCheck: {
    params: recordIdParams,
    querystring: chipCheckQuery,
    response: { 200: chipCheckResponse, ...withErrors },
  },
  timeline: { params: recordIdParams, querystring: timelineQuery, response: { 200: timelineResponse, ...withErrors } },
  customCheck: {
    querystring: customCheckQuery,
    body: customCheckBody,
    response: { 200: customCheckResponse, 400: errorBody },
  },
  rules: { response: { 200: rulesResponse } },
  chips: { querystring: chipsQuery, response: { 200: chipsResponse, 400: errorBody } },
  chipsCsv: {
    querystring: chipsQuery,
    response: {
      ...csvResponse("The chips' status, one column per rule version (ECCN, else status)"),
      400: errorBody,
    },
  },
} as const;
