/** Colorado: SB 24-205 (never took effect: stayed, then repealed) and SB 26-189 ADMT law (spec §4.2). */
import type { RuleCatalogue } from "../rule.js";
import { ALWAYS, all, below, fact, flag, NEVER, not, text, versions } from "./builders.js";
import { adopted, PREEMPTION_WATCH, US_FACTS, usInstrument, usRules } from "./us-common.js";

const URL = "https://coag.gov/resources/ai/";
const SB24205_DATES = versions(
  { since: "2024-05-17", date: "2026-02-01", by: "SB 24-205" },
  { since: "2025-08-28", date: "2026-06-30", by: "SB25B-004" },
);
const SB26189_DATES = versions({ since: "2026-05-14", date: "2027-01-01", by: "SB 26-189" });
const SMALL_DEPLOYER = below("employees_fte", 50);
const LENDING_EXEMPTION = {
  when: flag("subject_to_federal_lending_law"),
  reason: text(
    "Reported exemption for creditors subject to federal lending laws: verify against the enrolled bill; enforcement follows the AG's final rules.",
    "Gemelde vrijstelling voor kredietgevers onder federale kredietwetten: controleer in de vastgestelde wettekst; handhaving volgt op de definitieve AG-regels.",
  ),
};

export const US_CO_CATALOGUE: RuleCatalogue = {
  jurisdiction: "US-CO",
  instruments: [
    usInstrument("US-CO", "co-sb24-205", "C.R.S. 6-1-1701 to -1707 (SB 24-205)", "Colorado AI Act (SB 24-205)", "Coloradose AI-wet (SB 24-205)", URL, "V", [
      adopted("2024-05-17", "Signed; effective 1 Feb 2026.", "Ondertekend; in werking per 1 feb 2026."),
      adopted("2025-08-28", "SB25B-004 moves the date to 30 Jun 2026.", "SB25B-004 verschuift de datum naar 30 jun 2026."),
      { date: "2026-04-27", state: "stayed", note: text("Enforcement stayed in X.AI LLC v. Weiser (D. Colo.).", "Handhaving geschorst in X.AI LLC v. Weiser (D. Colo.).") },
      { date: "2026-05-14", state: "repealed", note: text("Repealed and replaced by SB 26-189 before taking effect.", "Ingetrokken en vervangen door SB 26-189 voordat de wet gold.") },
    ], { watch: PREEMPTION_WATCH }),
    usInstrument("US-CO", "co-sb26-189", "C.R.S. 6-1-1701 ff. (SB 26-189)", "Colorado automated decision-making technology law (SB 26-189)", "Coloradose wet over geautomatiseerde besluitvorming (SB 26-189)", URL, "C", [
      adopted("2026-05-14", "Signed (one firm says 20 May); effective 1 Jan 2027.", "Ondertekend (één kantoor noemt 20 mei); in werking per 1 jan 2027."),
    ], { confidenceNote: "Signature date 14 May 2026 vs 20 May (spec §7 item 19)." }),
  ],
  rules: [
    ...usRules({ jurisdiction: "US-CO", instrument: "co-sb24-205", appliesFrom: SB24205_DATES, confidence: "M", confidenceNote: "SB 24-205 duties and the SB25B-004 date from background knowledge (spec §7 item 20).", citationUrl: URL, tier: "US_REGULATED_HIGH_IMPACT", penaltyRef: "US-CO-24205-PEN" }, [
      ["US-CO-24205-1702", "6-1-1702", "developer", "Use reasonable care against algorithmic discrimination; document for deployers; publish a statement; notify the AG of known risks within 90 days.", "Wees redelijk zorgvuldig tegen algoritmische discriminatie; documenteer voor gebruikers; publiceer een verklaring; meld bekende risico's binnen 90 dagen aan de AG.", all(fact("consequential"), fact("developer"))],
      ["US-CO-24205-1703-RMP", "6-1-1703(2)", "deployer", "Adopt a risk-management policy and programme.", "Stel een risicobeheerbeleid en -programma vast.", all(fact("consequential"), fact("deployer"), not(SMALL_DEPLOYER))],
      ["US-CO-24205-1703-IA", "6-1-1703(3)", "deployer", "Complete an impact assessment yearly and within 90 days of a substantial modification.", "Maak jaarlijks en binnen 90 dagen na een ingrijpende wijziging een effectbeoordeling.", all(fact("consequential"), fact("deployer"), not(SMALL_DEPLOYER))],
      ["US-CO-24205-1703-NOTICE", "6-1-1703(4)", "deployer", "Give notice before a consequential decision, reasons for adverse decisions, correction and appeal with human review.", "Geef vooraf kennis van een ingrijpend besluit, redenen bij afwijzing, correctie en beroep met menselijke toetsing.", all(fact("consequential"), fact("deployer"))],
      ["US-CO-24205-1703-WEB", "6-1-1703(5)", "deployer", "Publish a statement on the website.", "Publiceer een verklaring op de website.", all(fact("consequential"), fact("deployer"), not(SMALL_DEPLOYER))],
      ["US-CO-24205-1703-AG", "6-1-1703(7)", "deployer", "Notify the AG within 90 days of discovering algorithmic discrimination.", "Meld ontdekte algoritmische discriminatie binnen 90 dagen aan de AG.", all(fact("consequential"), fact("deployer"))],
      ["US-CO-24205-1704", "6-1-1704", "deployer, developer", "Disclose to consumers that they interact with AI.", "Vertel consumenten dat ze met AI communiceren.", flag("interacts_with_people"), { tier: "US_TRANSPARENCY_ONLY" }],
      ["US-CO-24205-EXEMPT", "6-1-1703(6)", "deployer", "Deployers with fewer than 50 FTE that do not train on their own data are exempt from the programme, assessment and website duties.", "Gebruikers met minder dan 50 fte die niet op eigen data trainen, zijn vrijgesteld van programma, effectbeoordeling en websiteverklaring.", SMALL_DEPLOYER, { kind: "exemption", screen: true, context: all(fact("consequential"), fact("deployer")), tier: undefined }],
    ]),
    ...usRules({ jurisdiction: "US-CO", instrument: "co-sb24-205", kind: "penalty", appliesFrom: SB24205_DATES, confidence: "S", confidenceNote: "Penalty amount (C.R.S. 6-1-112) from a secondary source.", citationUrl: URL }, [
      ["US-CO-24205-PEN", "6-1-1706", "-", "Deceptive trade practice enforced by the AG; up to US$20,000 per violation; NIST AI RMF / ISO 42001 defence.", "Misleidende handelspraktijk, gehandhaafd door de AG; tot US$20.000 per overtreding; verweer via NIST AI RMF / ISO 42001.", ALWAYS],
    ]),
    ...usRules({ jurisdiction: "US-CO", instrument: "co-sb26-189", appliesFrom: SB26189_DATES, confidence: "S", confidenceNote: "SB 26-189 sections, deadlines and exemptions from secondary summaries (spec §7 item 19).", citationUrl: URL, tier: "US_REGULATED_HIGH_IMPACT", caveats: [LENDING_EXEMPTION], penaltyRef: "US-CO-26189-PEN" }, [
      ["US-CO-26189-SCOPE", "6-1-1701", "-", "Covered ADMT: materially influences a consequential decision in education, employment, housing, lending, insurance, health care or government services.", "Gedekte ADMT: beïnvloedt wezenlijk een ingrijpend besluit over onderwijs, werk, wonen, krediet, verzekering, zorg of overheidsdiensten.", fact("consequential"), { kind: "classification", screen: true, caveats: [] }],
      ["US-CO-26189-1702", "6-1-1702(1),(2),(4)", "developer", "Give deployers intended and harmful uses, training-data categories, known limitations, instructions for monitoring and human review, and notices of material updates; keep records 3 years.", "Geef gebruikers beoogde en schadelijke toepassingen, categorieën trainingsdata, bekende beperkingen, instructies voor monitoring en menselijke toetsing en meldingen van wezenlijke updates; bewaar gegevens 3 jaar.", all(fact("consequential"), fact("developer"))],
      ["US-CO-26189-1704-NOTICE", "6-1-1704(1)", "deployer", "Give clear and conspicuous notice before using covered ADMT in a consequential decision.", "Geef duidelijk kennis voordat gedekte ADMT in een ingrijpend besluit wordt gebruikt.", all(fact("consequential"), fact("deployer"))],
      ["US-CO-26189-1704-ADVERSE", "6-1-1704", "deployer", "After an adverse outcome, explain the decision, the ADMT's role and the consumer's rights within 30 days.", "Leg na een negatieve uitkomst binnen 30 dagen het besluit, de rol van de ADMT en de rechten van de consument uit.", all(fact("consequential"), fact("deployer"))],
      ["US-CO-26189-RIGHTS", "6-1-1705", "deployer", "On request: access to and correction of personal data used, and meaningful human review where commercially reasonable.", "Op verzoek: inzage in en correctie van gebruikte persoonsgegevens en zinvolle menselijke toetsing waar commercieel redelijk.", all(fact("consequential"), fact("deployer"))],
      ["US-CO-26189-RECORDS", "6-1-1706", "developer, deployer", "Keep compliance records for at least 3 years.", "Bewaar nalevingsgegevens minstens 3 jaar.", fact("consequential")],
      ["US-CO-26189-EXEMPT", "6-1-1701", "-", "Certain HIPAA entities, Colorado-regulated insurers, FDA-regulated entities and creditors subject to federal lending laws are exempt or deemed compliant (as reported).", "Bepaalde HIPAA-entiteiten, in Colorado gereguleerde verzekeraars, FDA-gereguleerde entiteiten en kredietgevers onder federale kredietwetten zijn vrijgesteld of geacht te voldoen (zoals gemeld).", NEVER, { kind: "exemption", screen: true, context: fact("consequential"), uncertain: LENDING_EXEMPTION, caveats: [], tier: undefined }],
    ]),
    ...usRules({ jurisdiction: "US-CO", instrument: "co-sb26-189", kind: "penalty", appliesFrom: SB26189_DATES, confidence: "S", citationUrl: URL }, [
      ["US-CO-26189-PEN", "Colorado Consumer Protection Act", "-", "AG enforcement under the Consumer Protection Act with a 60-day cure period; no private right of action.", "Handhaving door de AG onder de consumentenbeschermingswet met 60 dagen herstel; geen eigen vorderingsrecht.", ALWAYS],
    ]),
  ],
  facts: US_FACTS,
  timeline: [],
};
