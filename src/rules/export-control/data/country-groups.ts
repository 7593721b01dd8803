import type { Citation, FactConfidence, IsoDay, Sourced } from "../types.js";

/** EAR Supplement No. 1 to Part 740 groups the engine needs. */
export type CountryGroupId = "D:1" | "D:4" | "D:5" | "A:5" | "A:6" | "E:1" | "E:2";

export interface GroupMembership extends Sourced {
  readonly group: CountryGroupId;
  readonly country: string;
  /** First day of membership; absent means "throughout the period the engine covers". */
  readonly from?: IsoDay;
  /** Last day of membership. */
  readonly until?: IsoDay;
}

function members(
  group: CountryGroupId,
  countries: readonly string[],
  confidence: FactConfidence,
  citation: Citation,
  period: { from?: IsoDay; until?: IsoDay } = {},
): GroupMembership[] {
  return countries.map((country) => ({ group, country, confidence, citation, ...period }));
}

const R33_LIST: Citation = { instrument: "Supp. No. 1 to Part 740, via a third-party country-group resolver", sources: ["R33"] };
const NVIDIA_8K: Citation = { instrument: "Supp. No. 1 to Part 740, as listed in the NVIDIA 8-K of Oct 2023", sources: ["R11"] };
const TRACKER: Citation = { instrument: "Supp. No. 1 to Part 740, as used by a third-party tracker", sources: ["R1"] };
const ECFR_A5: Citation = {
  instrument: "Supp. No. 1 to Part 740, Country Group A table (eCFR, as of 2026-06-20)",
  sources: ["R35"],
};

/**
 * Memberships as best established (§4). Lists marked unconfirmed come from a third-party list or memory and
 * must be checked against the eCFR versions of Supplement No. 1 to Part 740. Membership history other than
 * Cambodia's is not known: these lists are assumed to hold for 2022-2026 (see D5_HISTORY_ASSUMPTION).
 */
export const GROUP_MEMBERSHIPS: readonly GroupMembership[] = [
  ...members(
    "D:5",
    ["AF", "BY", "MM", "CF", "CN", "CD", "CU", "ER", "HT", "IR", "IQ", "KP", "LB", "LY", "NI", "RU", "SO", "SS", "SD", "SY", "VE", "ZW"],
    "secondary",
    R33_LIST,
  ),
  ...members("D:5", ["KH"], "secondary", { instrument: "91 FR 5091 (Cambodia removed from D:5)", sources: ["R32", "R33"] }, { until: "2026-02-02" }),
  // The EAR listed Cyprus in D:5 until a conforming rule took it out (89 FR 40369, effective 2024-05-30). When the
  // State Department's own change took legal effect before that is not settled here, hence "unconfirmed".
  ...members(
    "D:5",
    ["CY"],
    "unconfirmed",
    { instrument: "89 FR 40369, FR Doc 2024-10280 (Cyprus no longer in D:5, effective 2024-05-30)", sources: ["R37"] },
    { until: "2024-05-29" },
  ),
  ...members("D:1", ["CN", "VN", "GE", "TM"], "secondary", TRACKER),
  ...members(
    "D:1",
    ["AM", "AZ", "BY", "KH", "IQ", "KZ", "KG", "LA", "MN", "RU", "TJ", "UA", "UZ", "MM", "IR", "KP", "LY", "MO", "VE", "YE", "MD"],
    "unconfirmed",
    R33_LIST,
  ),
  ...members("D:4", ["SA", "AE", "IL"], "secondary", NVIDIA_8K),
  ...members("D:4", ["PK"], "secondary", TRACKER),
  ...members("D:4", ["BH", "KW", "OM", "QA"], "secondary", { instrument: "Supp. No. 1 to Part 740, per a third-party project citing a Covington alert", sources: ["R33"] }),
  ...members("D:4", ["CN", "EG", "IR", "IQ", "JO", "LB", "LY", "MO", "KP", "RU", "SY", "YE"], "unconfirmed", R33_LIST),
  // Every row of the A-group table with an A:5 mark (eCFR as of 2026-06-20): 37 countries.
  ...members(
    "A:5",
    [
      "AR", "AU", "AT", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IN", "IE", "IT",
      "JP", "KR", "LV", "LT", "LU", "NL", "NZ", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "CH", "TR", "GB",
    ],
    "secondary",
    ECFR_A5,
  ),
  ...members("A:6", ["IL", "TW", "MX", "CY"], "secondary", { instrument: "Supp. No. 1 to Part 740, per third-party lists and the NVIDIA 8-K", sources: ["R33", "R11"] }),
  ...members("E:1", ["IR", "KP", "SY"], "secondary", R33_LIST),
  ...members("E:2", ["CU"], "secondary", R33_LIST),
];

/** Hong Kong is treated as China for the EAR (NVIDIA filings: "China (including Hong Kong and Macau)"). */
export const TREATED_AS: readonly (Sourced & { readonly country: string; readonly treatedAs: string })[] = [
  {
    country: "HK",
    treatedAs: "CN",
    citation: { instrument: "EAR treatment of Hong Kong; NVIDIA filings", sources: ["R23", "R2"] },
    confidence: "secondary",
  },
];

/** Macau is named separately in every rule from RV1a on and treated like D:5 throughout. */
export const MACAU = "MO";

export const D5_HISTORY_ASSUMPTION = {
  text: "D:5 membership before 2026 other than Cambodia's and Cyprus's is assumed equal to the 2026 list; other additions and removals 2022-2026 are not confirmed",
  citation: { instrument: "Supp. No. 1 to Part 740 (history not retrieved)", sources: ["R33"] },
  confidence: "unconfirmed",
} as const satisfies Sourced & Record<string, unknown>;

export const A_GROUPS_PARTIAL = {
  text: "the A:6 list held is partial (A:5 is complete); a country absent from A:6 is treated as outside it",
  citation: { instrument: "Supp. No. 1 to Part 740 (complete A:6 list not retrieved)", sources: ["R33", "R35"] },
  confidence: "unconfirmed",
} as const satisfies Sourced & Record<string, unknown>;
