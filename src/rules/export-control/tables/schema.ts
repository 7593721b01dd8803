/**
 * The zod schemas of the rule tables in data/rules/export-control/*.yaml, one per file; the types the engine
 * reads are inferred from them. Pure: no I/O.
 */
import { z } from "zod";
import type { PlainFact } from "../../../domain/plain-answer.js";
import { PRECISIONS } from "../input-schema.js";
import { CONFIDENCE_ORDER, LICENCE_EXCEPTION_IDS, REVIEW_POLICY_KINDS, RULE_VERSION_IDS } from "../types.js";

/** EAR Supplement No. 1 to Part 740 groups the engine needs. */
export const COUNTRY_GROUP_IDS = ["D:1", "D:2", "D:3", "D:4", "D:5", "A:5", "A:6", "E:1", "E:2"] as const;
export type CountryGroupId = (typeof COUNTRY_GROUP_IDS)[number];

const PLAIN_FACTS = [
  "die_area",
  "datacenter",
  "interconnect",
  "memory_bandwidth",
  "performance",
  "transistor",
] as const satisfies readonly PlainFact[];

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day as YYYY-MM-DD")
  .refine((day) => {
    const time = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
  }, "not a calendar day");
const country = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code");
const text = z.string().min(1, "must not be empty");
const amount = z.number().positive("must be positive");
const ruleVersionId = z.enum(RULE_VERSION_IDS);
const confidence = z.enum(CONFIDENCE_ORDER);
const groupId = z.enum(COUNTRY_GROUP_IDS);
const sourceRef = z.templateLiteral(["R", z.int().positive()]);

export const citationSchema = z.strictObject({
  instrument: text,
  sources: z.array(sourceRef).min(1, "name at least one source (R1, R2, ... of sources.yaml)"),
});

/** Every entry that states law carries these. */
const sourced = { citation: citationSchema, confidence };
/** A sourced sentence in English (`text`) and Dutch (`nl`). */
const sourcedNote = z.strictObject({ text, nl: text, ...sourced });
export type SourcedNote = z.infer<typeof sourcedNote>;

export const thresholdsFileSchema = z.strictObject({
  /** 3A090 as defined in October 2022. */
  rule2022: z.strictObject({ tppMin: amount, interconnectMinGBps: amount, ...sourced }),
  /** 3A090.a/.b as defined in October 2023. */
  rule2023: z.strictObject({
    a1: z.strictObject({ tppMin: amount }),
    a2: z.strictObject({ tppMin: amount, pdMin: amount }),
    b1: z.strictObject({ tppMin: amount, tppBelow: amount, pdMin: amount, pdBelow: amount }),
    b2: z.strictObject({ tppMin: amount, pdMin: amount, pdBelow: amount }),
    nonDatacenterTppMin: amount,
    ...sourced,
  }),
  hbm: z.strictObject({ densityAboveGBpsPerMm2: amount, exceptionBelowGBpsPerMm2: amount, ...sourced }),
  rv10: z.strictObject({ tppBelow: amount, dramBandwidthBelowGBps: amount, ...sourced }),
  totalDramBandwidthReading: sourcedNote,
});

const ruleVersion = z.strictObject({
  id: ruleVersionId,
  title: text,
  effective: isoDay,
  compliance: isoDay.optional(),
  notEnforced: z.literal(true).optional(),
  summary: text,
  ...sourced,
});
export type RuleVersion = z.infer<typeof ruleVersion>;
export const ruleVersionsFileSchema = z.strictObject({ ruleVersions: z.array(ruleVersion).min(1) });

/** A member is a country code, or a country with the days its membership starts or ends. */
const member = z.union([country, z.strictObject({ country, from: isoDay.optional(), until: isoDay.optional() })]);
export const countryGroupsFileSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      group: groupId,
      lists: z.array(z.strictObject({ members: z.array(member).min(1), ...sourced })).min(1),
    }),
  ),
  treatedAs: z.array(z.strictObject({ country, treatedAs: country, ...sourced })),
  macau: country,
  d5HistoryAssumption: sourcedNote,
  aGroupsAsOf: sourcedNote,
});

const licenceException = z.strictObject({
  id: z.enum(LICENCE_EXCEPTION_IDS),
  section: text,
  ruleVersion: ruleVersionId,
  from: isoDay,
  text,
  nl: text,
  ...sourced,
});
export type LicenceException = z.infer<typeof licenceException>;
export const licenceExceptionsFileSchema = z.strictObject({ licenceExceptions: z.array(licenceException) });

const letterCriterion = z.discriminatedUnion("kind", [
  /** "at or above roughly A100": every threshold reached. */
  z.strictObject({
    kind: z.literal("reaches_all"),
    tppMin: amount,
    interconnectMinGBps: amount,
    text,
    nl: text,
    confidence,
  }),
  /** "reaching the H20's memory bandwidth, interconnect bandwidth or a combination": any threshold reached. */
  z.strictObject({
    kind: z.literal("reaches_any"),
    dramBandwidthMinGBps: amount,
    interconnectMinGBps: amount,
    text,
    nl: text,
    confidence,
  }),
]);
const licenceLetter = z.strictObject({
  id: text,
  ruleVersion: ruleVersionId,
  vendor: text,
  effective: isoDay,
  namedProducts: z.array(text).min(1),
  effect: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("licence_requirement") }),
    z.strictObject({ kind: z.literal("early_application"), ruleVersion: ruleVersionId }),
  ]),
  criterion: letterCriterion.optional(),
  destinations: z.strictObject({ countries: z.array(country), groups: z.array(groupId) }),
  coversHeadquarters: z.boolean(),
  licencesGranted: z.strictObject({ from: isoDay, text, nl: text, confidence, citation: citationSchema }).optional(),
  scopeNote: text.optional(),
  scopeNoteNl: text.optional(),
  ...sourced,
});
/** A company-specific is-informed letter (an "overlay" on the rules). */
export type LicenceLetter = z.infer<typeof licenceLetter>;
export const licenceLettersFileSchema = z.strictObject({ licenceLetters: z.array(licenceLetter) });

const embargo = z.strictObject({
  id: text,
  text,
  nl: text,
  groups: z.array(groupId),
  countries: z.array(country),
  ...sourced,
});
export type Embargo = z.infer<typeof embargo>;
export const embargoesFileSchema = z.strictObject({ embargoes: z.array(embargo) });

/** The situations of the spec's §3.6 that carry a licence review policy. */
export const REVIEW_SITUATIONS = [
  "rule2022-china-macau",
  "rule2023-d5-macau",
  "rule2023-d1-d4",
  "headquarters-d5-macau",
  "rv10-china-macau",
  "hbm-d5-macau",
  "is-informed-letter",
] as const;
export type ReviewSituation = (typeof REVIEW_SITUATIONS)[number];
const reviewPolicyEntry = z.strictObject({
  situation: z.enum(REVIEW_SITUATIONS),
  ruleVersion: ruleVersionId,
  policy: z.enum(REVIEW_POLICY_KINDS),
  text,
  nl: text,
  ...sourced,
});
export type ReviewPolicyEntry = z.infer<typeof reviewPolicyEntry>;
export const reviewPoliciesFileSchema = z.strictObject({ reviewPolicies: z.array(reviewPolicyEntry) });

const destinationScope = z.strictObject({
  ruleVersion: ruleVersionId,
  from: isoDay,
  until: isoDay.optional(),
  countries: z.array(country),
  groups: z.array(groupId),
  excludeGroups: z.array(groupId),
  ...sourced,
});
/**
 * Which destinations need a licence for 3A090 / 4A090 / .z items, by period. A destination is in scope if it
 * is listed, or in one of `groups` and in none of `excludeGroups`.
 */
export type DestinationScope = z.infer<typeof destinationScope>;
export const destinationScopeFileSchema = z.strictObject({
  destinationScopes: z.array(destinationScope),
  hbmScope: z.strictObject({ countries: z.array(country), groups: z.array(groupId), ...sourced }),
  headquartersRule: z.strictObject({ from: isoDay, countries: z.array(country), groups: z.array(groupId), ...sourced }),
});

export const aiDiffusionFileSchema = z.strictObject({
  rule: z.strictObject({
    tier1: z.array(country).min(1),
    lppTppPerConsigneePerYear: amount,
    countryCapTpp2025To2027: amount,
    ...sourced,
  }),
  openPoints: sourcedNote,
  nonDatacenter: sourcedNote,
});

export const bitLengthsFileSchema = z.strictObject({
  bitLengths: z.record(z.enum(PRECISIONS), z.int().positive("must be a positive whole number of bits")),
  readings: z.strictObject({
    bitLength: sourcedNote,
    tf32: sourcedNote,
    denseNotSparse: sourcedNote,
    tppDefinition: sourcedNote,
    applicableDieArea: sourcedNote,
  }),
});

const articles = z.strictObject({ article: text, codes: z.array(country) });
export const countryArticlesFileSchema = z.strictObject({ en: articles, nl: articles });

export const sourcesFileSchema = z.strictObject({ sources: z.record(sourceRef, text) });

const sentences = <const Keys extends readonly [string, ...string[]]>(keys: Keys) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, text])) as { [Key in Keys[number]]: typeof text });
const plainTexts = z.strictObject({
  yes: sentences(["rule", "letterBelow", "letter", "headquarters", "embargo"]),
  no: sentences(["below", "outOfScope"]),
  exception: sentences(["withNotice", "withoutNotice"]),
  unknown: text,
  reason: sentences([
    "metrics",
    "metricsNoDensity",
    "metricsNoCountedDie",
    "metricsUndecidedDie",
    "noMetrics",
    "controlled",
    "notControlled",
    "beforeRules",
    "undecided",
    "datacenterYes",
    "datacenterNo",
    "destinationRule",
    "letter",
    "letterGranted",
    "headquarters",
    "exception",
    "embargo",
    "outOfScope",
  ]),
  caveat: sentences(["notAdvice", "curated", "curatedBound", "user", "epoch", "unconfirmed", "compliancePending"]),
  policy: z.record(z.enum(REVIEW_POLICY_KINDS), text),
  fact: z.record(z.enum(PLAIN_FACTS), text),
  /** The fact as the subject of a sentence ("The die area comes from ..."). */
  noun: z.record(z.enum(PLAIN_FACTS), text),
  question: z.record(z.enum(PLAIN_FACTS), text),
  and: text,
  legend: z.record(z.string(), text),
});
export type PlainTexts = z.infer<typeof plainTexts>;
export const plainTextsFileSchema = z.strictObject({
  ruleNames: z.record(ruleVersionId, z.strictObject({ en: text, nl: text })),
  en: plainTexts,
  nl: plainTexts,
});
