/**
 * The export-control rule tables as the engine reads them: parsed from data/rules/export-control/*.yaml at the
 * edge (API, CLI, tests) and installed once (./installed.ts).
 */
import type { z } from "zod";
import type { PlainLanguage } from "../../../domain/plain-answer.js";
import type { Precision } from "../input-schema.js";
import type { IsoDay, RuleVersionId, SourceRef } from "../types.js";
import type {
  aiDiffusionFileSchema,
  bitLengthsFileSchema,
  citationSchema,
  countryGroupsFileSchema,
  CountryGroupId,
  destinationScopeFileSchema,
  DestinationScope,
  Embargo,
  LicenceException,
  LicenceLetter,
  PlainTexts,
  ReviewPolicyEntry,
  RuleVersion,
  thresholdsFileSchema,
} from "./schema.js";

type Citation = z.infer<typeof citationSchema>;
type Confidence = RuleVersion["confidence"];

/** One country's membership of one group, with its period and source. */
export interface GroupMembership {
  readonly group: CountryGroupId;
  readonly country: string;
  /** First day of membership; absent means "throughout the period the engine covers". */
  readonly from?: IsoDay;
  /** Last day of membership. */
  readonly until?: IsoDay;
  readonly citation: Citation;
  readonly confidence: Confidence;
}

type CountryGroupsFile = z.infer<typeof countryGroupsFileSchema>;
type DestinationScopeFile = z.infer<typeof destinationScopeFileSchema>;
type BitLengthsFile = z.infer<typeof bitLengthsFileSchema>;

export interface ExportControlTables {
  readonly thresholds: z.infer<typeof thresholdsFileSchema>;
  /** The timeline of the spec's §2, one entry per instrument. The engine reads its dates from here. */
  readonly ruleVersions: readonly RuleVersion[];
  readonly countryGroups: {
    /** Every membership, one per country and group, in the order of the file. */
    readonly memberships: readonly GroupMembership[];
    /** Hong Kong is treated as China for the EAR. */
    readonly treatedAs: CountryGroupsFile["treatedAs"];
    /** Macau is named separately in every rule from RV1a on and treated like D:5 throughout. */
    readonly macau: string;
    readonly d5HistoryAssumption: CountryGroupsFile["d5HistoryAssumption"];
    readonly aGroupsAsOf: CountryGroupsFile["aGroupsAsOf"];
  };
  readonly licenceExceptions: readonly LicenceException[];
  readonly licenceLetters: readonly LicenceLetter[];
  readonly embargoes: readonly Embargo[];
  readonly reviewPolicies: readonly ReviewPolicyEntry[];
  readonly destinationScope: {
    readonly scopes: readonly DestinationScope[];
    readonly hbmScope: DestinationScopeFile["hbmScope"];
    readonly headquartersRule: DestinationScopeFile["headquartersRule"];
  };
  readonly aiDiffusion: z.infer<typeof aiDiffusionFileSchema>;
  readonly bitLengths: Readonly<Record<Precision, number>>;
  readonly readings: BitLengthsFile["readings"];
  /** Countries whose name takes an article in a sentence ("the United Arab Emirates"). */
  readonly countryArticles: Readonly<
    Record<PlainLanguage, { readonly article: string; readonly codes: ReadonlySet<string> }>
  >;
  /** The spec's source list (§9), so a citation like ["R2"] can be shown with a title. */
  readonly sources: Readonly<Record<SourceRef, string>>;
  /** Each rule version by the name a reader knows it by, in both languages. */
  readonly ruleNames: Readonly<Record<RuleVersionId, Readonly<Record<PlainLanguage, string>>>>;
  readonly plainTexts: Readonly<Record<PlainLanguage, PlainTexts>>;
}
