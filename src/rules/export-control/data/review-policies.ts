import type { ReviewPolicy, RuleVersionId, Sourced } from "../types.js";

/** The situations of the spec's §3.6 that carry a licence review policy. */
export type ReviewSituation =
  | "rule2022-china-macau"
  | "rule2023-d5-macau"
  | "rule2023-d1-d4"
  | "headquarters-d5-macau"
  | "rv10-china-macau"
  | "hbm-d5-macau"
  | "is-informed-letter";

export interface ReviewPolicyEntry extends Sourced {
  readonly situation: ReviewSituation;
  readonly ruleVersion: RuleVersionId;
  readonly policy: ReviewPolicy;
  readonly text: string;
  readonly nl: string;
}

export const REVIEW_POLICIES: readonly ReviewPolicyEntry[] = [
  {
    situation: "rule2022-china-macau",
    ruleVersion: "RV1",
    policy: "presumption_of_denial",
    text: "2022 rule, China/Macau: presumption of denial, possibly with case-by-case carve-outs",
    nl: "regel van 2022, China/Macau: vermoeden van weigering, mogelijk met uitzonderingen per geval",
    citation: { instrument: "87 FR 62186, §742.6(b) (not verified)", sources: ["R10"] },
    confidence: "unconfirmed",
  },
  {
    situation: "rule2023-d5-macau",
    ruleVersion: "RV2",
    policy: "presumption_of_denial",
    text: "2023 rule, destination in D:5 or Macau: presumption of denial",
    nl: "regel van 2023, bestemming in D:5 of Macau: vermoeden van weigering",
    citation: { instrument: "88 FR 73458, §742.6(b)(10)", sources: ["R1"] },
    confidence: "secondary",
  },
  {
    situation: "rule2023-d1-d4",
    ruleVersion: "RV2",
    policy: "presumption_of_approval",
    text: "2023 rule, destination in D:1/D:4 outside D:5: presumption of approval (single source)",
    nl: "regel van 2023, bestemming in D:1/D:4 buiten D:5: vermoeden van goedkeuring (één bron)",
    citation: { instrument: "88 FR 73458, §742.6(b)(10)", sources: ["R1"] },
    confidence: "unconfirmed",
  },
  {
    situation: "headquarters-d5-macau",
    ruleVersion: "RV2",
    policy: "presumption_of_denial",
    text: "entity headquartered in D:5/Macau, located elsewhere: presumption of denial",
    nl: "entiteit met hoofdkantoor in D:5/Macau, elders gevestigd: vermoeden van weigering",
    citation: { instrument: "91 FR 1684 (2026 text keeps it)", sources: ["R2"] },
    confidence: "quoted",
  },
  {
    situation: "rv10-china-macau",
    ruleVersion: "RV10",
    policy: "case_by_case",
    text: "China/Macau from 2026-01-15: case-by-case for 3A090.a commodities with TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s, exported from the US with certifications; otherwise presumption of denial",
    nl: "China/Macau vanaf 2026-01-15: beoordeling per geval voor goederen onder 3A090.a met TPP < 21.000 en totale DRAM-bandbreedte < 6.500 GB/s, vanuit de VS geëxporteerd met verklaringen; anders vermoeden van weigering",
    citation: { instrument: "91 FR 1684, FR Doc 2026-00789", sources: ["R2", "R30"] },
    confidence: "quoted",
  },
  {
    situation: "hbm-d5-macau",
    ruleVersion: "RV3",
    policy: "presumption_of_denial",
    text: "HBM (3A090.c) to D:5/Macau: presumably presumption of denial",
    nl: "HBM (3A090.c) naar D:5/Macau: vermoedelijk vermoeden van weigering",
    citation: { instrument: "89 FR 96790 (review policy not quoted)", sources: ["R28"] },
    confidence: "unconfirmed",
  },
  {
    situation: "is-informed-letter",
    ruleVersion: "RV0",
    policy: "not_stated",
    text: "company-specific is-informed letter: the sources state no review policy",
    nl: "bedrijfsspecifieke 'is-informed'-brief: de bronnen noemen geen beoordelingsbeleid",
    citation: { instrument: "Company is-informed letters", sources: ["R22", "R23"] },
    confidence: "secondary",
  },
];

export function reviewPolicy(situation: ReviewSituation): ReviewPolicyEntry {
  const found = REVIEW_POLICIES.find((entry) => entry.situation === situation);
  if (!found) throw new Error(`review policy ${situation} is missing from data/review-policies.ts`);
  return found;
}
