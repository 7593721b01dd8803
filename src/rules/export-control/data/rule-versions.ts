import type { IsoDay, RuleVersionId, Sourced } from "../types.js";

export interface RuleVersion extends Sourced {
  readonly id: RuleVersionId;
  readonly title: string;
  /** The day the instrument takes legal effect. */
  readonly effective: IsoDay;
  /** In force from `effective`, but exporters need only comply from this day (the engine answers as before, with a flag). */
  readonly compliance?: IsoDay;
  /** RV4 only: announced as not enforced (RV7); the engine applies it only in mode as_written. */
  readonly notEnforced?: true;
  readonly summary: string;
}

/** The timeline of the spec's §2, one entry per instrument. The engine reads its dates from here. */
export const RULE_VERSIONS: readonly RuleVersion[] = [
  {
    id: "RV0",
    title: "Is-informed letters to NVIDIA and AMD (§744.21 basis)",
    effective: "2022-08-26",
    summary: "Licence for NVIDIA A100, H100 and ICs at or above roughly A100 performance and I/O to China (incl. Hong Kong) and Russia; AMD MI250/MI250X to China.",
    citation: { instrument: "Company is-informed letters, reported via NVIDIA 8-K", sources: ["R22"] },
    confidence: "secondary",
  },
  {
    id: "RV1",
    title: "Advanced computing IFR of October 2022",
    effective: "2022-10-07",
    summary: "Creates 3A090 (2022 definition: TPP >= 4800 and aggregate bidirectional I/O >= 600 GB/s) and 4A090; licence for China (Hong Kong treated as China).",
    citation: { instrument: "87 FR 62186, FR Doc 2022-21658", sources: ["R2", "R8"] },
    confidence: "quoted",
  },
  {
    id: "RV1a",
    title: "Macau added",
    effective: "2023-01-17",
    summary: "Adds Macau to the 3A090/4A090 regional-stability licence requirement.",
    citation: { instrument: "88 FR 2821", sources: ["R7"] },
    confidence: "secondary",
  },
  {
    id: "RV1b",
    title: "Is-informed notice: 2023 rule effective immediately for some NVIDIA products",
    effective: "2023-10-23",
    summary: "The 2023 rule applies from 23 Oct 2023 to NVIDIA A100, A800, H100, H800 and L40S.",
    citation: { instrument: "Is-informed notice to NVIDIA of 2023-10-23", sources: ["R12", "R11"] },
    confidence: "unconfirmed",
  },
  {
    id: "RV2",
    title: "Advanced computing and supercomputer IFR of October 2023 (AC/S)",
    effective: "2023-11-17",
    summary: "New 3A090.a/.b on TPP and performance density, Note 2, destinations D:1/D:4/D:5 and Macau minus A:5/A:6, License Exception NAC, headquarters rule.",
    citation: { instrument: "88 FR 73458, FR Doc 2023-23055", sources: ["R2", "R9", "R31"] },
    confidence: "quoted",
  },
  {
    id: "RV2a",
    title: "Corrections IFR of April 2024",
    effective: "2024-04-04",
    summary: "Splits License Exception ACA (D:1/D:4, no notification) from NAC (D:5/Macau and headquarters-based, notification).",
    citation: { instrument: "89 FR 23876", sources: ["R6", "R2"] },
    confidence: "secondary",
  },
  {
    id: "RV3",
    title: "December 2024 IFR (HBM, FDP rules)",
    effective: "2024-12-02",
    compliance: "2024-12-31",
    summary: "Adds 3A090.c high-bandwidth memory (> 2 GB/s/mm²) and License Exception HBM (< 3.3 GB/s/mm²); licence for D:5, Macau and entities headquartered there.",
    citation: { instrument: "89 FR 96790, FR Doc 2024-28270", sources: ["R2", "R28"] },
    confidence: "quoted",
  },
  {
    id: "RV4",
    title: "Framework for AI Diffusion IFR",
    effective: "2025-01-13",
    compliance: "2025-05-15",
    notEnforced: true,
    summary: "Worldwide licence for 3A090.a/4A090.a/.z with three country tiers, exceptions AIA, ACM and LPP, VEUs and country TPP caps. Never reached compliance.",
    citation: { instrument: "90 FR 4544, FR Doc 2025-00636", sources: ["R25", "R26"] },
    confidence: "secondary",
  },
  {
    id: "RV5",
    title: "Foundry due-diligence IFR",
    effective: "2025-01-16",
    compliance: "2025-01-31",
    summary: "Note 1 to 3A090.a: front-end fabricators and OSATs presume advanced logic ICs are 3A090.a unless rebutted.",
    citation: { instrument: "90 FR 5298, FR Doc 2025-00711", sources: ["R29", "R3"] },
    confidence: "secondary",
  },
  {
    id: "RV6",
    title: "Is-informed letters on H20 and MI308",
    effective: "2025-04-09",
    summary: "Licence for NVIDIA H20 (and ICs reaching its memory or interconnect bandwidth) and AMD MI308 to China (incl. Hong Kong and Macau), D:5, and entities headquartered there. Made indefinite 2025-04-14.",
    citation: { instrument: "NVIDIA SEC filing (company letter); press reports", sources: ["R2", "R23"] },
    confidence: "secondary",
  },
  {
    id: "RV7",
    title: "BIS announcement: AI Diffusion rule rescinded, GP10 guidance",
    effective: "2025-05-13",
    summary: "AI Diffusion rule not enforced; guidance that using PRC advanced ICs (Huawei Ascend) risks General Prohibition 10.",
    citation: { instrument: "BIS announcement of 2025-05-13 (no Federal Register rescission seen)", sources: ["R27"] },
    confidence: "secondary",
  },
  {
    id: "RV8",
    title: "H20 and MI308 licences granted",
    effective: "2025-08-08",
    summary: "Licences issued for H20 (about 2025-08-08) and then MI308; reported 15% of China revenue to the US government. The licence requirement remains.",
    citation: { instrument: "Press reports of US government policy", sources: ["R24", "R2"] },
    confidence: "secondary",
  },
  {
    id: "RV9",
    title: "H200 sales to approved customers in China announced",
    effective: "2025-12-08",
    summary: "Announcement; the rulemaking followed as RV10.",
    citation: { instrument: "US government announcement of 2025-12-08", sources: ["R30", "R1"] },
    confidence: "secondary",
  },
  {
    id: "RV10",
    title: "January 2026 review-policy rule",
    effective: "2026-01-15",
    summary: "China/Macau: case-by-case review for 3A090.a commodities with TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s, exported from the US with certifications; otherwise presumption of denial.",
    citation: { instrument: "91 FR 1684, FR Doc 2026-00789", sources: ["R2", "R30"] },
    confidence: "quoted",
  },
  {
    id: "RV11",
    title: "Cambodia removed from D:5",
    effective: "2026-02-03",
    summary: "Cambodia leaves Country Group D:5 in the EAR.",
    citation: { instrument: "91 FR 5091", sources: ["R32", "R33"] },
    confidence: "secondary",
  },
  {
    id: "RV12",
    title: "BIS guidance: headquarters rule enforced",
    effective: "2026-05-31",
    summary: "§742.6(a)(6)(iii)(A) headquarters rule stated to be enforced throughout; data-centre operators may keep using items already held.",
    citation: { instrument: "BIS guidance of 2026-05-31", sources: ["R31", "R2"] },
    confidence: "quoted",
  },
];

export function ruleVersion(id: RuleVersionId): RuleVersion {
  const found = RULE_VERSIONS.find((version) => version.id === id);
  if (!found) throw new Error(`rule version ${id} is missing from data/rule-versions.ts`);
  return found;
}

/** True when the instrument has taken effect on `date` (compliance dates are handled by the caller). */
export function inEffect(id: RuleVersionId, date: IsoDay): boolean {
  return date >= ruleVersion(id).effective;
}
