/**
 * The words of an answer a person reads (issue 12), in English and Dutch: sentences with {placeholders}, the
 * plain names of the facts the engine uses, and the legend of every answer code. No field path of the engine
 * appears here; the plain-answer module fills the placeholders.
 */
import type { PlainFact, PlainLanguage } from "../../../domain/plain-answer.js";

export type { PlainFact, PlainLanguage };

export const PLAIN_LANGUAGES: readonly PlainLanguage[] = ["en", "nl"];


/** Engine input -> plain fact (the engine names inputs by field; the reader never sees those names). */
export const FACT_OF_INPUT: Readonly<Record<string, PlainFact>> = {
  "chip.dies": "die_area",
  "chip.applicableDieAreaMm2": "die_area",
  "chip.pd": "die_area",
  "chip.dies (process node or transistor architecture)": "transistor",
  "chip.datacenter": "datacenter",
  "chip.interconnectBidirGBps": "interconnect",
  "chip.dramBandwidthGBps": "memory_bandwidth",
  "chip.throughputs": "performance",
  "chip.tpp": "performance",
};

/** The parameter of the API (and flag of the CLI) that supplies each fact for a chip in the store. */
export const OVERRIDE_OF_FACT: Readonly<Record<PlainFact, { api: string; cli: string; kind: "number" | "boolean" }>> = {
  die_area: { api: "applicable_die_area_mm2", cli: "--die-area", kind: "number" },
  datacenter: { api: "datacenter", cli: "--datacenter", kind: "boolean" },
  interconnect: { api: "interconnect_gbps", cli: "--interconnect", kind: "number" },
  memory_bandwidth: { api: "dram_bandwidth_gbps", cli: "--dram-bandwidth", kind: "number" },
  performance: { api: "tpp", cli: "--tpp", kind: "number" },
  transistor: { api: "applicable_die_area_mm2", cli: "--die-area", kind: "number" },
};

/** Each rule version by the name a reader knows it by, in both languages. */
export const RULE_NAMES: Readonly<Record<string, Readonly<Record<PlainLanguage, string>>>> = {
  RV0: { en: "the is-informed letters of August 2022", nl: "de 'is-informed'-brieven van augustus 2022" },
  RV1: { en: "the October 2022 rule", nl: "de regel van oktober 2022" },
  RV1a: { en: "the October 2022 rule, with Macau added in January 2023", nl: "de regel van oktober 2022, met Macau erbij sinds januari 2023" },
  RV1b: { en: "the October 2023 rule, applied early to some NVIDIA products", nl: "de regel van oktober 2023, eerder toegepast op enkele NVIDIA-producten" },
  RV2: { en: "the October 2023 rule", nl: "de regel van oktober 2023" },
  RV2a: { en: "the October 2023 rule as corrected in April 2024", nl: "de regel van oktober 2023, gecorrigeerd in april 2024" },
  RV3: { en: "the December 2024 rule", nl: "de regel van december 2024" },
  RV4: { en: "the AI Diffusion rule of January 2025", nl: "de AI Diffusion-regel van januari 2025" },
  RV5: { en: "the foundry rule of January 2025", nl: "de foundryregel van januari 2025" },
  RV6: { en: "the is-informed letters of April 2025 (H20, MI308)", nl: "de 'is-informed'-brieven van april 2025 (H20, MI308)" },
  RV7: { en: "the May 2025 announcement withdrawing the AI Diffusion rule", nl: "de aankondiging van mei 2025 die de AI Diffusion-regel intrekt" },
  RV8: { en: "the licences granted from August 2025", nl: "de vergunningen verleend vanaf augustus 2025" },
  RV9: { en: "the H200 announcement of December 2025", nl: "de H200-aankondiging van december 2025" },
  RV10: { en: "the January 2026 rule", nl: "de regel van januari 2026" },
  RV11: { en: "the February 2026 change of country group D:5", nl: "de wijziging van landengroep D:5 van februari 2026" },
  RV12: { en: "the May 2026 guidance on the headquarters rule", nl: "de richtsnoer van mei 2026 over de hoofdkantoorregel" },
};

export interface PlainTexts {
  readonly yes: {
    readonly rule: string;
    readonly letterBelow: string;
    readonly letter: string;
    readonly headquarters: string;
    readonly embargo: string;
  };
  readonly no: { readonly below: string; readonly outOfScope: string };
  readonly exception: { readonly withNotice: string; readonly withoutNotice: string };
  readonly unknown: string;
  readonly reason: {
    readonly metrics: string;
    readonly metricsNoDensity: string;
    readonly noMetrics: string;
    readonly controlled: string;
    readonly notControlled: string;
    readonly beforeRules: string;
    readonly undecided: string;
    readonly datacenterYes: string;
    readonly datacenterNo: string;
    readonly destinationRule: string;
    readonly letter: string;
    readonly letterGranted: string;
    readonly headquarters: string;
    readonly exception: string;
    readonly embargo: string;
    readonly outOfScope: string;
  };
  readonly caveat: {
    readonly notAdvice: string;
    readonly curated: string;
    readonly user: string;
    readonly epoch: string;
    readonly unconfirmed: string;
    readonly compliancePending: string;
  };
  readonly policy: Readonly<Record<string, string>>;
  readonly fact: Readonly<Record<PlainFact, string>>;
  /** The fact as the subject of a sentence ("The die area comes from ..."). */
  readonly noun: Readonly<Record<PlainFact, string>>;
  readonly question: Readonly<Record<PlainFact, string>>;
  readonly and: string;
  readonly legend: Readonly<Record<string, string>>;
}

export const PLAIN_TEXTS: Readonly<Record<PlainLanguage, PlainTexts>> = {
  en: {
    yes: {
      rule: "Yes, a licence is needed: the {chip} falls under {eccn}, and exports to {country} need a licence on {date} ({policy}).",
      letterBelow:
        "Yes, a licence is needed: the {chip} is below the 3A090 thresholds, but on {letterDate} {vendor} was informed that exports to {country} need a licence.",
      letter: "Yes, a licence is needed: on {letterDate} {vendor} was informed that exports of the {chip} to {country} need a licence.",
      headquarters:
        "Yes, a licence is needed: the end user is headquartered in {hq}, and the {chip} ({eccn}) needs a licence for such buyers wherever they are.",
      embargo: "Yes, a licence is needed: {country} is under a US embargo, whatever the chip.",
    },
    no: {
      below: "No, no licence is needed: the {chip} is below the thresholds of ECCN 3A090, and no company letter or embargo covers {country} on {date}.",
      outOfScope: "No, no licence is needed: the {chip} is controlled ({eccn}), but {country} is not a destination that needs a licence for it on {date}.",
    },
    exception: {
      withNotice: "No licence is needed if BIS is notified first: the {chip} ({eccn}) may go to {country} under License Exception {exception}.",
      withoutNotice: "No licence is needed: the {chip} ({eccn}) may go to {country} under License Exception {exception}.",
    },
    unknown: "This cannot be decided yet: the answer for the {chip} to {country} on {date} depends on {facts}.",
    reason: {
      metrics: "Total processing performance (TPP) {tpp}; performance density {pd} per mm² over a die area of {area} mm².",
      metricsNoDensity: "Total processing performance (TPP) {tpp}; the performance density is not known because the die area is not.",
      noMetrics: "The processing performance (TPP) is not known.",
      controlled: "On {date} the chip falls under {eccn} ({rule}).",
      notControlled: "On {date} the chip is below every threshold of ECCN 3A090 ({rule}).",
      beforeRules: "On {date} no advanced-computing rule was in force yet (the first took effect on 7 October 2022).",
      undecided: "Whether the chip falls under 3A090 depends on {facts}.",
      datacenterYes: "It is designed or marketed for data centres, so Note 2 to 3A090, which frees some chips that are not, does not apply to it.",
      datacenterNo: "It is not designed or marketed for data centres, which counts under Note 2 to 3A090.",
      destinationRule: "Exports of such chips to {country} need a licence; review policy: {policy}.",
      letter: "On {letterDate} the US government informed {vendor} that exports of {products} to {destinations} need a licence.",
      letterGranted: "From {from} licences were being granted under that letter; the requirement itself stays.",
      headquarters: "The end user is headquartered in {hq}: the rule covers such buyers wherever the chip is sent.",
      exception: "License Exception {exception} ({section}) allows the export{notice}.",
      embargo: "{country} is under a comprehensive US embargo or sanctions programme.",
      outOfScope: "{country} is not among the destinations for which this rule requires a licence.",
    },
    caveat: {
      notAdvice:
        "Engineering research, not legal advice: end-use and end-user controls, the Entity List and the foreign-direct-product rules are not fully evaluated.",
      curated: "The {fact} comes from curated data (source: {source}), not from Epoch AI.",
      user: "The {fact} is the value you gave, not a published one.",
      epoch: "The {fact} is read from Epoch AI's hardware data.",
      unconfirmed: "Facts used that no official text confirms: {n}; see the details.",
      compliancePending: "A rule in force on this date did not yet have to be complied with; see the details.",
    },
    policy: {
      presumption_of_denial: "presumption of denial",
      presumption_of_approval: "presumption of approval",
      case_by_case: "case-by-case review",
      case_by_case_if_certified: "case-by-case review if the exporter meets the certifications",
      not_stated: "review policy not stated",
      undetermined: "review policy depends on a missing fact",
    },
    fact: {
      die_area: "die area",
      datacenter: "whether it is designed for data centres",
      interconnect: "interconnect bandwidth",
      memory_bandwidth: "memory bandwidth",
      performance: "processing performance (TPP)",
      transistor: "whether its die uses planar or FinFET transistors",
    },
    noun: {
      die_area: "die area",
      datacenter: "data-centre designation",
      interconnect: "interconnect bandwidth",
      memory_bandwidth: "memory bandwidth",
      performance: "processing performance (TPP)",
      transistor: "transistor type of the die",
    },
    question: {
      die_area: "What is the die area of the {chip} (mm², logic dies only)?",
      datacenter: "Is the {chip} designed or marketed for data centres?",
      interconnect: "What is the total interconnect bandwidth of the {chip} (GB/s, both directions, NVLink and PCIe together)?",
      memory_bandwidth: "What is the memory bandwidth of the {chip} (GB/s)?",
      performance: "What is the total processing performance (TPP) of the {chip}?",
      transistor: "What is the die area of the {chip} counted on non-planar (FinFET) dies only (mm²)?",
    },
    and: "and",
    legend: {
      NLR: "No licence required under the advanced-computing rules (other export rules still apply).",
      "LR-II": "Licence required because the US government informed the company (an is-informed letter).",
      "LR-II‡": "Licence still required by an is-informed letter; licences were being granted (from about 8 August 2025).",
      "LR-D": "Licence required; applications are reviewed with a presumption of denial.",
      "LR-D†": "As LR-D, but the review policy is not confirmed by an official text.",
      "LR-A": "Licence required; applications are reviewed with a presumption of approval.",
      "LR-A*": "As LR-A, but from a single, unconfirmed source.",
      LR: "Licence required; no review policy is stated.",
      "LR-E": "Licence required because of an embargo or sanctions.",
      "NAC-N": "License Exception NAC (Notified Advanced Computing) applies after notifying BIS.",
      NAC: "License Exception NAC applies without notification.",
      ACA: "License Exception ACA (Advanced Compute Authorized) applies.",
      CBC: "Licence required; applications are reviewed case by case.",
      "CBC§": "Case-by-case review if exported from the US with all certifications (January 2026 rule); otherwise presumption of denial.",
      "LE-HBM": "License Exception HBM applies (high-bandwidth memory).",
      AIA: "License Exception AIA (AI Diffusion rule, as written) applies.",
      LPP: "License Exception LPP (low processing performance, AI Diffusion rule as written) applies.",
      "?": "Cannot be decided: a fact about the chip is missing.",
    },
  },
  nl: {
    yes: {
      rule: "Ja, er is een vergunning nodig: de {chip} valt onder {eccn}, en export naar {country} vereist op {date} een vergunning ({policy}).",
      letterBelow:
        "Ja, er is een vergunning nodig: de {chip} blijft onder de drempels van 3A090, maar op {letterDate} kreeg {vendor} te horen dat export naar {country} een vergunning vereist.",
      letter: "Ja, er is een vergunning nodig: op {letterDate} kreeg {vendor} te horen dat export van de {chip} naar {country} een vergunning vereist.",
      headquarters:
        "Ja, er is een vergunning nodig: de eindgebruiker heeft zijn hoofdkantoor in {hq}, en voor zulke kopers vereist de {chip} ({eccn}) overal een vergunning.",
      embargo: "Ja, er is een vergunning nodig: voor {country} geldt een Amerikaans embargo, welke chip het ook is.",
    },
    no: {
      below: "Nee, er is geen vergunning nodig: de {chip} blijft onder de drempels van ECCN 3A090, en geen bedrijfsbrief of embargo geldt voor {country} op {date}.",
      outOfScope: "Nee, er is geen vergunning nodig: de {chip} valt onder exportcontrole ({eccn}), maar {country} is op {date} geen bestemming waarvoor een vergunning nodig is.",
    },
    exception: {
      withNotice: "Er is geen vergunning nodig als BIS eerst wordt ingelicht: de {chip} ({eccn}) mag naar {country} onder vergunningsuitzondering {exception}.",
      withoutNotice: "Er is geen vergunning nodig: de {chip} ({eccn}) mag naar {country} onder vergunningsuitzondering {exception}.",
    },
    unknown: "Dit is nog niet te beslissen: het antwoord voor de {chip} naar {country} op {date} hangt af van {facts}.",
    reason: {
      metrics: "Totale rekenprestatie (TPP) {tpp}; prestatiedichtheid {pd} per mm² over een die-oppervlakte van {area} mm².",
      metricsNoDensity: "Totale rekenprestatie (TPP) {tpp}; de prestatiedichtheid is onbekend omdat de die-oppervlakte onbekend is.",
      noMetrics: "De rekenprestatie (TPP) is onbekend.",
      controlled: "Op {date} valt de chip onder {eccn} ({rule}).",
      notControlled: "Op {date} blijft de chip onder elke drempel van ECCN 3A090 ({rule}).",
      beforeRules: "Op {date} gold nog geen regel voor geavanceerde rekenchips (de eerste ging in op 7 oktober 2022).",
      undecided: "Of de chip onder 3A090 valt, hangt af van {facts}.",
      datacenterYes: "Hij is ontworpen of wordt verkocht voor datacenters, dus Note 2 bij 3A090, die sommige andere chips vrijstelt, geldt niet voor hem.",
      datacenterNo: "Hij is niet ontworpen of verkocht voor datacenters; dat telt mee onder Note 2 bij 3A090.",
      destinationRule: "Export van zulke chips naar {country} vereist een vergunning; beoordeling: {policy}.",
      letter: "Op {letterDate} liet de Amerikaanse overheid {vendor} weten dat export van {products} naar {destinations} een vergunning vereist.",
      letterGranted: "Vanaf {from} werden onder die brief vergunningen verleend; de vergunningplicht zelf blijft.",
      headquarters: "De eindgebruiker heeft zijn hoofdkantoor in {hq}: de regel geldt voor zulke kopers, waar de chip ook heen gaat.",
      exception: "Vergunningsuitzondering {exception} ({section}) staat de export toe{notice}.",
      embargo: "Voor {country} geldt een breed Amerikaans embargo of sanctieprogramma.",
      outOfScope: "{country} hoort niet bij de bestemmingen waarvoor deze regel een vergunning eist.",
    },
    caveat: {
      notAdvice:
        "Technisch onderzoek, geen juridisch advies: controles op eindgebruik en eindgebruiker, de Entity List en de regels voor buitenlandse directe producten zijn niet volledig beoordeeld.",
      curated: "De {fact} komt uit gecureerde gegevens (bron: {source}), niet van Epoch AI.",
      user: "De {fact} is de waarde die u gaf, geen gepubliceerde waarde.",
      epoch: "De {fact} komt uit de hardwaregegevens van Epoch AI.",
      unconfirmed: "Gebruikte feiten die geen officiële tekst bevestigt: {n}; zie de details.",
      compliancePending: "Een regel die op deze datum gold, hoefde nog niet te worden nageleefd; zie de details.",
    },
    policy: {
      presumption_of_denial: "vermoeden van weigering",
      presumption_of_approval: "vermoeden van goedkeuring",
      case_by_case: "beoordeling per geval",
      case_by_case_if_certified: "beoordeling per geval als de exporteur aan de certificeringen voldoet",
      not_stated: "beoordelingsbeleid niet vermeld",
      undetermined: "beoordelingsbeleid hangt af van een ontbrekend feit",
    },
    fact: {
      die_area: "die-oppervlakte",
      datacenter: "of hij voor datacenters is ontworpen",
      interconnect: "interconnectbandbreedte",
      memory_bandwidth: "geheugenbandbreedte",
      performance: "rekenprestatie (TPP)",
      transistor: "of de die vlakke of FinFET-transistors heeft",
    },
    noun: {
      die_area: "die-oppervlakte",
      datacenter: "datacenterbestemming",
      interconnect: "interconnectbandbreedte",
      memory_bandwidth: "geheugenbandbreedte",
      performance: "rekenprestatie (TPP)",
      transistor: "transistorsoort van de die",
    },
    question: {
      die_area: "Wat is de die-oppervlakte van de {chip} (mm², alleen logische dies)?",
      datacenter: "Is de {chip} ontworpen of verkocht voor datacenters?",
      interconnect: "Wat is de totale interconnectbandbreedte van de {chip} (GB/s, beide richtingen, NVLink en PCIe samen)?",
      memory_bandwidth: "Wat is de geheugenbandbreedte van de {chip} (GB/s)?",
      performance: "Wat is de totale rekenprestatie (TPP) van de {chip}?",
      transistor: "Wat is de die-oppervlakte van de {chip}, alleen dies met niet-vlakke (FinFET-)transistors (mm²)?",
    },
    and: "en",
    legend: {
      NLR: "Geen vergunning nodig onder de regels voor geavanceerde rekenchips (andere exportregels gelden nog).",
      "LR-II": "Vergunning nodig omdat de Amerikaanse overheid het bedrijf dat liet weten (een 'is-informed'-brief).",
      "LR-II‡": "Vergunning nog steeds nodig door een 'is-informed'-brief; vanaf ongeveer 8 augustus 2025 werden vergunningen verleend.",
      "LR-D": "Vergunning nodig; aanvragen worden beoordeeld met een vermoeden van weigering.",
      "LR-D†": "Als LR-D, maar het beoordelingsbeleid is niet door een officiële tekst bevestigd.",
      "LR-A": "Vergunning nodig; aanvragen worden beoordeeld met een vermoeden van goedkeuring.",
      "LR-A*": "Als LR-A, maar uit één onbevestigde bron.",
      LR: "Vergunning nodig; er is geen beoordelingsbeleid vermeld.",
      "LR-E": "Vergunning nodig vanwege een embargo of sancties.",
      "NAC-N": "Vergunningsuitzondering NAC (Notified Advanced Computing) geldt na melding aan BIS.",
      NAC: "Vergunningsuitzondering NAC geldt zonder melding.",
      ACA: "Vergunningsuitzondering ACA (Advanced Compute Authorized) geldt.",
      CBC: "Vergunning nodig; aanvragen worden per geval beoordeeld.",
      "CBC§": "Beoordeling per geval bij export uit de VS met alle certificeringen (regel van januari 2026); anders vermoeden van weigering.",
      "LE-HBM": "Vergunningsuitzondering HBM geldt (geheugen met hoge bandbreedte).",
      AIA: "Vergunningsuitzondering AIA (AI Diffusion-regel, zoals geschreven) geldt.",
      LPP: "Vergunningsuitzondering LPP (lage rekenprestatie, AI Diffusion-regel zoals geschreven) geldt.",
      "?": "Niet te beslissen: er ontbreekt een feit over de chip.",
    },
  },
};
