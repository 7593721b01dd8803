import type { Citation, FactConfidence, IsoDay, RuleVersionId, Sourced } from "../types.js";
import type { CountryGroupId } from "./country-groups.js";

/** Product parameters that bring an unnamed product of the same vendor under a letter. */
export type LetterCriterion =
  /** "at or above roughly A100": every threshold reached. */
  | { readonly kind: "reaches_all"; readonly tppMin: number; readonly interconnectMinGBps: number }
  /** "reaching the H20's memory bandwidth, interconnect bandwidth or a combination": any threshold reached. */
  | { readonly kind: "reaches_any"; readonly dramBandwidthMinGBps: number; readonly interconnectMinGBps: number };

/** A company-specific is-informed letter (an "overlay" on the rules). */
export interface LicenceLetter extends Sourced {
  readonly id: string;
  readonly ruleVersion: RuleVersionId;
  readonly vendor: string;
  readonly effective: IsoDay;
  /** Model names as written by the vendor; matched as whole words in the chip's name. */
  readonly namedProducts: readonly string[];
  /** `licence_requirement`: a licence for the listed destinations. `early_application`: the named products fall under a later rule version from `effective`. */
  readonly effect: { readonly kind: "licence_requirement" } | { readonly kind: "early_application"; readonly ruleVersion: RuleVersionId };
  readonly criterion?: LetterCriterion & { readonly text: string;
  readonly nl: string; readonly confidence: FactConfidence };
  readonly destinations: { readonly countries: readonly string[]; readonly groups: readonly CountryGroupId[] };
  /** The letter also covers entities headquartered (or with an ultimate parent) in its destinations, wherever located. */
  readonly coversHeadquarters: boolean;
  /** The US government began granting licences under the letter; the requirement itself stays. */
  readonly licencesGranted?: { readonly from: IsoDay; readonly text: string; readonly nl: string; readonly confidence: FactConfidence; readonly citation: Citation };
  /** Open points about the letter's scope, shown when it is relevant. */
  readonly scopeNote?: string;
  readonly scopeNoteNl?: string;
}

export const LICENCE_LETTERS: readonly LicenceLetter[] = [
  {
    id: "nvidia-2022-08-26",
    ruleVersion: "RV0",
    vendor: "NVIDIA",
    effective: "2022-08-26",
    namedProducts: ["A100", "H100"],
    effect: { kind: "licence_requirement" },
    criterion: {
      kind: "reaches_all",
      tppMin: 4992,
      interconnectMinGBps: 600,
      text: "future ICs at or above roughly A100 peak performance (TPP 4,992) and chip-to-chip I/O (600 GB/s); the exact thresholds are not public",
      nl: "toekomstige IC's op of boven ongeveer de piekprestatie van de A100 (TPP 4.992) en chip-tot-chip-I/O (600 GB/s); de precieze drempels zijn niet openbaar",
      confidence: "unconfirmed",
    },
    destinations: { countries: ["CN", "RU"], groups: [] },
    coversHeadquarters: false,
    citation: { instrument: "Is-informed letter to NVIDIA of 2022-08-26 (§744.21), via NVIDIA 8-K", sources: ["R22"] },
    confidence: "secondary",
  },
  {
    id: "amd-2022-08",
    ruleVersion: "RV0",
    vendor: "AMD",
    effective: "2022-08-31",
    namedProducts: ["MI250", "MI250X"],
    effect: { kind: "licence_requirement" },
    destinations: { countries: ["CN"], groups: [] },
    coversHeadquarters: false,
    scopeNote: "the AMD 2022 letter's date (about 2022-08-31), exact scope and destinations are not confirmed; no AMD letter is known for other products such as MI300X",
    scopeNoteNl: "de datum (ongeveer 2022-08-31), precieze reikwijdte en bestemmingen van de AMD-brief van 2022 zijn niet bevestigd; voor andere producten zoals de MI300X is geen AMD-brief bekend",
    citation: { instrument: "Is-informed letter to AMD, reported 2022-09-01", sources: ["R22"] },
    confidence: "unconfirmed",
  },
  {
    id: "nvidia-2023-10-23",
    ruleVersion: "RV1b",
    vendor: "NVIDIA",
    effective: "2023-10-23",
    namedProducts: ["A100", "A800", "H100", "H800", "L40S"],
    effect: { kind: "early_application", ruleVersion: "RV2" },
    destinations: { countries: [], groups: [] },
    coversHeadquarters: false,
    scopeNote: "the product list of the 2023-10-23 notice and whether it used the 2023 destination set are not confirmed",
    scopeNoteNl: "de productlijst van de kennisgeving van 2023-10-23 en of die de bestemmingen van 2023 gebruikte, zijn niet bevestigd",
    citation: { instrument: "Is-informed notice to NVIDIA of 2023-10-23", sources: ["R12", "R11"] },
    confidence: "unconfirmed",
  },
  {
    id: "nvidia-2025-04-09",
    ruleVersion: "RV6",
    vendor: "NVIDIA",
    effective: "2025-04-09",
    namedProducts: ["H20"],
    effect: { kind: "licence_requirement" },
    criterion: {
      kind: "reaches_any",
      dramBandwidthMinGBps: 4000,
      interconnectMinGBps: 1028,
      text: "any IC reaching the H20's memory bandwidth (4,000 GB/s) or interconnect bandwidth (NVLink 900 + PCIe 128 = 1,028 GB/s, read as the 2022 I/O measure); the 'combination' clause is not modelled",
      nl: "elke IC die de geheugenbandbreedte (4.000 GB/s) of interconnectbandbreedte van de H20 haalt (NVLink 900 + PCIe 128 = 1.028 GB/s, gelezen als de I/O-maat van 2022); de 'combinatie'-clausule is niet gemodelleerd",
      confidence: "inferred",
    },
    destinations: { countries: ["CN", "MO"], groups: ["D:5"] },
    coversHeadquarters: true,
    licencesGranted: {
      from: "2025-08-08",
      text: "licences granted from about 2025-08-08; reported condition: 15% of China revenue paid to the US government",
      nl: "vergunningen verleend vanaf ongeveer 2025-08-08; gemelde voorwaarde: 15% van de omzet in China gaat naar de Amerikaanse overheid",
      confidence: "secondary",
      citation: { instrument: "Press reports of US government policy", sources: ["R24", "R2"] },
    },
    citation: { instrument: "Is-informed letter to NVIDIA of 2025-04-09 (indefinite from 2025-04-14), NVIDIA SEC filing", sources: ["R2", "R23"] },
    confidence: "secondary",
  },
  {
    id: "amd-2025-04",
    ruleVersion: "RV6",
    vendor: "AMD",
    effective: "2025-04-09",
    namedProducts: ["MI308", "MI308X"],
    effect: { kind: "licence_requirement" },
    destinations: { countries: ["CN", "MO"], groups: ["D:5"] },
    coversHeadquarters: true,
    licencesGranted: {
      from: "2025-08-08",
      text: "MI308 licences reported to follow the H20 licences; the date is not confirmed",
      nl: "MI308-vergunningen zouden de H20-vergunningen volgen; de datum is niet bevestigd",
      confidence: "unconfirmed",
      citation: { instrument: "Press reports", sources: ["R24"] },
    },
    scopeNote: "the date of the 2025 AMD MI308 letter (assumed 2025-04-09) and the MI308X specifications are not confirmed",
    scopeNoteNl: "de datum van de AMD-brief over de MI308 van 2025 (aangenomen 2025-04-09) en de specificaties van de MI308X zijn niet bevestigd",
    citation: { instrument: "Is-informed letter to AMD (2025), press reports", sources: ["R23"] },
    confidence: "unconfirmed",
  },
];
