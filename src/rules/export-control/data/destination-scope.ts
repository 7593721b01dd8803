import type { IsoDay, RuleVersionId, Sourced } from "../types.js";
import type { CountryGroupId } from "./country-groups.js";

/**
 * Which destinations need a licence for 3A090 / 4A090 / .z items (§3.3), by period. A destination is in
 * scope if it is listed, or in one of `groups` and in none of `excludeGroups`.
 */
export interface DestinationScope extends Sourced {
  readonly ruleVersion: RuleVersionId;
  readonly from: IsoDay;
  readonly until?: IsoDay;
  readonly countries: readonly string[];
  readonly groups: readonly CountryGroupId[];
  readonly excludeGroups: readonly CountryGroupId[];
}

export const DESTINATION_SCOPES: readonly DestinationScope[] = [
  {
    ruleVersion: "RV1",
    from: "2022-10-07",
    until: "2023-01-16",
    countries: ["CN"],
    groups: [],
    excludeGroups: [],
    citation: { instrument: "87 FR 62186, §742.6(a)(6) (China, Hong Kong treated as China)", sources: ["R2", "R8"] },
    confidence: "quoted",
  },
  {
    ruleVersion: "RV1a",
    from: "2023-01-17",
    until: "2023-11-16",
    countries: ["CN", "MO"],
    groups: [],
    excludeGroups: [],
    citation: { instrument: "88 FR 2821 (Macau added)", sources: ["R7"] },
    confidence: "secondary",
  },
  {
    ruleVersion: "RV2",
    from: "2023-11-17",
    countries: ["MO"],
    groups: ["D:1", "D:4", "D:5"],
    excludeGroups: ["A:5", "A:6"],
    citation: { instrument: "88 FR 73458, §742.6(a)(6)(iii): D:1, D:4 or D:5 not also in A:5 or A:6, and Macau", sources: ["R2"] },
    confidence: "quoted",
  },
];

/** Destinations and headquarters that trigger the HBM (3A090.c) licence from RV3 (§1.5): D:5, Macau, entities headquartered there. */
export const HBM_SCOPE = {
  countries: ["MO"],
  groups: ["D:5"],
  citation: { instrument: "89 FR 96790, §742.6(a)(6) for 3A090.c", sources: ["R2", "R28"] },
  confidence: "quoted",
} as const satisfies Sourced & Record<string, unknown>;

/** §744.23(a)(3), later §742.6(a)(6)(iii)(A): entities headquartered (or whose ultimate parent is) in D:5 or Macau (§3.5). */
export const HEADQUARTERS_RULE = {
  from: "2023-11-17",
  countries: ["MO"],
  groups: ["D:5"],
  citation: { instrument: "88 FR 73458, §744.23(a)(3); from Jan 2025 §742.6(a)(6)(iii)(A); BIS guidance 2026-05-31", sources: ["R31", "R2"] },
  confidence: "quoted",
} as const satisfies Sourced & Record<string, unknown>;
