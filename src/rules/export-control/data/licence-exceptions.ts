import type { IsoDay, LicenceExceptionId, RuleVersionId, Sourced } from "../types.js";

export interface LicenceException extends Sourced {
  readonly id: LicenceExceptionId;
  readonly section: string;
  readonly ruleVersion: RuleVersionId;
  readonly from: IsoDay;
  readonly text: string;
}

/** Exceptions of §3.4, §1.5 and §3.7. Which items and destinations they cover is decided in licence code from these facts. */
export const LICENCE_EXCEPTIONS: readonly LicenceException[] = [
  {
    id: "NAC",
    section: "§740.8",
    ruleVersion: "RV2",
    from: "2023-11-17",
    text: "Notified Advanced Computing: 3A090/4A090/.z items except data-centre items meeting 3A090.a; prior notification (reported 25 days) for D:5, Macau and entities headquartered there; until 2024-04-04 also D:1/D:4 without notification",
    citation: { instrument: "88 FR 73458, §740.8 and ECCN 3A090 licence-exception paragraph", sources: ["R5", "R2"] },
    confidence: "quoted",
  },
  {
    id: "ACA",
    section: "§740.8 (as split by 89 FR 23876)",
    ruleVersion: "RV2a",
    from: "2024-04-04",
    text: "Advanced Computing Authorized: same items, to D:1/D:4 destinations not also D:5 or Macau, no notification",
    citation: { instrument: "89 FR 23876", sources: ["R6", "R1"] },
    confidence: "secondary",
  },
  {
    id: "HBM",
    section: "§740.25",
    ruleVersion: "RV3",
    from: "2024-12-02",
    text: "License Exception HBM: 3A090.c items with memory bandwidth density below 3.3 GB/s/mm²; its notification or reporting terms are not in the sources",
    citation: { instrument: "89 FR 96790, §740.25", sources: ["R2"] },
    confidence: "quoted",
  },
  {
    id: "AIA",
    section: "§740.27 (AI Diffusion)",
    ruleVersion: "RV4",
    from: "2025-05-15",
    text: "Artificial Intelligence Authorization: 3A090.a exports to Tier 1 destinations; conditions apply",
    citation: { instrument: "90 FR 4544", sources: ["R25", "R26"] },
    confidence: "secondary",
  },
  {
    id: "LPP",
    section: "§740.29 (AI Diffusion)",
    ruleVersion: "RV4",
    from: "2025-05-15",
    text: "Low Processing Performance: up to 26,900,000 TPP per ultimate consignee per calendar year to Tier 2",
    citation: { instrument: "90 FR 4544", sources: ["R26"] },
    confidence: "secondary",
  },
];

export function licenceException(id: LicenceExceptionId): LicenceException {
  const found = LICENCE_EXCEPTIONS.find((entry) => entry.id === id);
  if (!found) throw new Error(`licence exception ${id} is missing from data/licence-exceptions.ts`);
  return found;
}
