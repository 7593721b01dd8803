import type { IsoDay, LicenceExceptionId, RuleVersionId, Sourced } from "../types.js";

export interface LicenceException extends Sourced {
  readonly id: LicenceExceptionId;
  readonly section: string;
  readonly ruleVersion: RuleVersionId;
  readonly from: IsoDay;
  readonly text: string;
  readonly nl: string;
}

/** Exceptions of §3.4, §1.5 and §3.7. Which items and destinations they cover is decided in licence code from these facts. */
export const LICENCE_EXCEPTIONS: readonly LicenceException[] = [
  {
    id: "NAC",
    section: "§740.8",
    ruleVersion: "RV2",
    from: "2023-11-17",
    text: "Notified Advanced Computing: 3A090/4A090/.z items except data-centre items meeting 3A090.a; prior notification (reported 25 days) for D:5, Macau and entities headquartered there; until 2024-04-04 also D:1/D:4 without notification",
    nl: "Notified Advanced Computing: goederen onder 3A090/4A090/.z behalve datacentergoederen die aan 3A090.a voldoen; voorafgaande melding (naar verluidt 25 dagen) voor D:5, Macau en entiteiten met hoofdkantoor daar; tot 2024-04-04 ook D:1/D:4 zonder melding",
    citation: { instrument: "88 FR 73458, §740.8 and ECCN 3A090 licence-exception paragraph", sources: ["R5", "R2"] },
    confidence: "quoted",
  },
  {
    id: "ACA",
    section: "§740.8 (as split by 89 FR 23876)",
    ruleVersion: "RV2a",
    from: "2024-04-04",
    text: "Advanced Computing Authorized: same items, to D:1/D:4 destinations not also D:5 or Macau, no notification",
    nl: "Advanced Computing Authorized: dezelfde goederen, naar bestemmingen in D:1/D:4 die niet ook in D:5 liggen of Macau zijn, zonder melding",
    citation: { instrument: "89 FR 23876", sources: ["R6", "R1"] },
    confidence: "secondary",
  },
  {
    id: "HBM",
    section: "§740.25",
    ruleVersion: "RV3",
    from: "2024-12-02",
    text: "License Exception HBM: 3A090.c items with memory bandwidth density below 3.3 GB/s/mm²; its notification or reporting terms are not in the sources",
    nl: "vergunningsuitzondering HBM: goederen onder 3A090.c met een geheugenbandbreedtedichtheid onder 3,3 GB/s/mm²; de meld- of rapportagevoorwaarden staan niet in de bronnen",
    citation: { instrument: "89 FR 96790, §740.25", sources: ["R2"] },
    confidence: "quoted",
  },
  {
    id: "AIA",
    section: "§740.27 (AI Diffusion)",
    ruleVersion: "RV4",
    from: "2025-05-15",
    text: "Artificial Intelligence Authorization: 3A090.a exports to Tier 1 destinations; conditions apply",
    nl: "Artificial Intelligence Authorization: export onder 3A090.a naar Tier 1-bestemmingen; er gelden voorwaarden",
    citation: { instrument: "90 FR 4544", sources: ["R25", "R26"] },
    confidence: "secondary",
  },
  {
    id: "LPP",
    section: "§740.29 (AI Diffusion)",
    ruleVersion: "RV4",
    from: "2025-05-15",
    text: "Low Processing Performance: up to 26,900,000 TPP per ultimate consignee per calendar year to Tier 2",
    nl: "Low Processing Performance: tot 26.900.000 TPP per eindontvanger per kalenderjaar naar Tier 2",
    citation: { instrument: "90 FR 4544", sources: ["R26"] },
    confidence: "secondary",
  },
];

export function licenceException(id: LicenceExceptionId): LicenceException {
  const found = LICENCE_EXCEPTIONS.find((entry) => entry.id === id);
  if (!found) throw new Error(`licence exception ${id} is missing from data/licence-exceptions.ts`);
  return found;
}
