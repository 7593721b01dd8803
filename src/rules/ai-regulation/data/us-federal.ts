/** US federal posture: no general AI statute; EO history, TAKE IT DOWN Act, sectoral notes (spec §4.1). */
import type { RuleCatalogue } from "../rule.js";
import { all, any, fact, flag, has, text, versions } from "./builders.js";
import { adopted, US_FACTS, usEvent, usInstrument, usRules } from "./us-common.js";

const EO_URL = "https://www.govinfo.gov/content/pkg/FR-2025-01-31/html/2025-02172.htm";
const TIDA_URL = "https://www.aipolicydesk.com/blog/take-it-down-act-enforcement-date-platforms-2026";
const PRE_URL = "https://www.nextgov.com/artificial-intelligence/2026/06/lawmakers-propose-ai-framework-would-preempt-state-laws-3-years/413975/";
const SCOUT = "https://www.federalregister.gov/documents/search?conditions%5Bterm%5D=91+FR+34565";

export const US_FED_CATALOGUE: RuleCatalogue = {
  jurisdiction: "US-FED",
  instruments: [
    usInstrument("US-FED", "us-eo-14110", "EO 14110", "Executive Order 14110 on safe, secure and trustworthy AI", "Presidentieel besluit 14110 over veilige en betrouwbare AI", EO_URL, "V", [
      adopted("2023-10-30", "Signed.", "Ondertekend."),
      { date: "2025-01-20", state: "repealed", note: text("Revoked by the Initial Rescissions order (EO 14148).", "Ingetrokken door het besluit 'Initial Rescissions' (EO 14148).") },
    ]),
    usInstrument("US-FED", "us-take-it-down", "TAKE IT DOWN Act", "TAKE IT DOWN Act (S.146)", "TAKE IT DOWN Act (S.146)", TIDA_URL, "V", [adopted("2025-05-19", "Signed.", "Ondertekend.")]),
    usInstrument("US-FED", "us-sectoral", "Federal sectoral law", "Federal sectoral law (FTC Act, ECOA, FCRA, Title VII, ADA, FDA)", "Federale sectorwetgeving (FTC Act, ECOA, FCRA, Title VII, ADA, FDA)", EO_URL, "M", [adopted("1914-09-26", "FTC Act.", "FTC Act.")]),
    usInstrument("US-FED", "us-eo-14409", "EO 14409", "EO 14409 Promoting Advanced AI Innovation and Security", "EO 14409 over geavanceerde AI-innovatie en -veiligheid", SCOUT, "S", [adopted("2026-06-02", "Signed.", "Ondertekend.")]),
    usInstrument("US-FED", "us-gaaia", "Great American AI Act (draft)", "Great American AI Act discussion draft", "Discussieontwerp Great American AI Act", PRE_URL, "V", [
      { date: "2026-06-04", state: "pending_legislation", note: text("Discussion draft; not introduced.", "Discussieontwerp; niet ingediend.") },
    ]),
  ],
  rules: [
    ...usRules({ jurisdiction: "US-FED", instrument: "us-eo-14110", appliesFrom: versions({ since: "2023-10-30", date: "2023-10-30", by: "EO 14110" }), appliesUntil: "2025-01-20", confidence: "M", confidenceNote: "EO 14110 §4.2 thresholds from background knowledge (spec §7 item 17).", citationUrl: EO_URL }, [
      ["US-FED-EO14110-4-2", "EO 14110 §4.2", "developer", "Report dual-use foundation models trained with more than 10^26 operations to Commerce under the Defense Production Act.", "Meld dual-use-basismodellen getraind met meer dan 10^26 bewerkingen aan Commerce (Defense Production Act).", fact("frontier")],
    ]),
    ...usRules({ jurisdiction: "US-FED", instrument: "us-take-it-down", appliesFrom: versions({ since: "2025-05-19", date: "2025-05-19", by: "TAKE IT DOWN Act" }), confidence: "V", citationUrl: TIDA_URL }, [
      ["US-FED-TIDA-2", "TAKE IT DOWN Act §2", "any person", "Crime to knowingly publish non-consensual intimate images, including AI digital forgeries.", "Strafbaar: bewust publiceren van intieme beelden zonder toestemming, ook AI-vervalsingen.", has("practice_flags", "ncii_purpose", "intent_sexual_deepfake_or_csam"), { kind: "prohibition", screen: true, tier: "US_PROHIBITED_USE" }],
    ]),
    ...usRules({ jurisdiction: "US-FED", instrument: "us-take-it-down", appliesFrom: versions({ since: "2025-05-19", date: "2026-05-19", by: "TAKE IT DOWN Act" }), confidence: "V", citationUrl: TIDA_URL }, [
      ["US-FED-TIDA-3", "TAKE IT DOWN Act §3", "covered platform", "Run a notice-and-removal process and remove reported intimate images and known copies within 48 hours (FTC enforces).", "Richt een meld-en-verwijderprocedure in en verwijder gemelde intieme beelden en bekende kopieën binnen 48 uur (FTC handhaaft).", flag("hosts_user_generated_content"), { tier: "US_FED_NO_GENERAL_AI_STATUTE" }],
    ]),
    ...usRules({ jurisdiction: "US-FED", instrument: "us-sectoral", kind: "note", appliesFrom: versions({ since: "1914-09-26", date: "1914-09-26", by: "federal statutes" }), confidence: "M", confidenceNote: "Sectoral law listed from background knowledge.", citationUrl: EO_URL }, [
      ["US-FED-SECT-EMPLOYMENT", "Title VII; ADA", "employer", "Employment tools stay subject to Title VII and the ADA (disparate impact, accommodation).", "Werving- en beoordelingstools vallen onder Title VII en de ADA (indirecte discriminatie, aanpassingen).", has("decision_domains", "employment_recruitment", "employment_management")],
      ["US-FED-SECT-CREDIT", "ECOA/Reg B 12 CFR 1002.9; FCRA", "creditor", "Credit decisions need adverse-action notices with specific principal reasons, also when a model decides; FCRA applies to consumer reports.", "Kredietbesluiten vragen kennisgevingen met concrete hoofdredenen, ook als een model beslist; de FCRA geldt voor consumentenrapporten.", has("decision_domains", "credit")],
      ["US-FED-SECT-FDA", "FDA device-software rules", "manufacturer", "Medical AI may be device software under FDA rules.", "Medische AI kan onder de FDA-regels apparaatsoftware zijn.", any(fact("healthcare"), { annexI: "is_product" })],
      ["US-FED-SECT-FTC", "FTC Act §5", "any business", "Unfair or deceptive claims about AI are unlawful.", "Oneerlijke of misleidende claims over AI zijn onrechtmatig.", all(flag("interacts_with_people"), flag("offered_to_public"))],
      ["US-FED-COVERAGE-BIOMETRIC", "coverage gap", "-", "State biometric-privacy laws (IL BIPA, TX CUBI) are outside this engine's catalogue: check them.", "Biometrische privacywetten van staten (IL BIPA, TX CUBI) vallen buiten deze catalogus: controleer ze.", any(has("biometrics", "remote_id_realtime", "remote_id_post", "verification_only", "categorisation_sensitive", "categorisation_other", "emotion_recognition"), has("practice_flags", "untargeted_face_scraping"))],
    ]),
    ...usRules({ jurisdiction: "US-FED", instrument: "us-eo-14409", kind: "note", appliesFrom: versions({ since: "2026-06-02", date: "2026-06-02", by: "EO 14409" }), confidence: "S", confidenceNote: "EO 14409 from one secondary source (Daily AI Scout, 29 Sep 2026).", citationUrl: SCOUT }, [
      ["US-FED-EO14409", "EO 14409", "developer", "Voluntary pre-release government access for covered frontier models; no licensing.", "Vrijwillige toegang van de overheid tot frontiermodellen vóór release; geen vergunningplicht.", fact("frontier")],
    ]),
    ...usRules({ jurisdiction: "US-FED", instrument: "us-gaaia", kind: "note", appliesFrom: versions({ since: "2026-06-04", date: "2026-06-04", by: "discussion draft" }), confidence: "V", citationUrl: PRE_URL }, [
      ["US-FED-GAAIA", "Great American AI Act (draft)", "developer", "Draft: federal frontier transparency for developers above US$500M and 3-year preemption of state AI-development laws.", "Ontwerp: federale frontiertransparantie voor ontwikkelaars boven US$500 mln en 3 jaar voorrang op staatswetten over AI-ontwikkeling.", fact("large_frontier")],
    ]),
  ],
  facts: US_FACTS,
  timeline: [
    usEvent("US-FED", "US-FED-EO14148", "2025-01-20", "Initial Rescissions order revokes EO 14110.", "Het besluit 'Initial Rescissions' trekt EO 14110 in.", "M", EO_URL),
    usEvent("US-FED", "US-FED-EO14179", "2025-01-23", "EO 14179 Removing Barriers to American Leadership in AI.", "EO 14179 over het wegnemen van belemmeringen voor Amerikaans AI-leiderschap.", "V", EO_URL),
    usEvent("US-FED", "US-FED-OMB", "2025-04-03", "OMB M-25-21 / M-25-22 on federal AI use and procurement.", "OMB M-25-21 / M-25-22 over federaal AI-gebruik en -inkoop.", "S", EO_URL),
    usEvent("US-FED", "US-FED-MORATORIUM", "2025-07-01", "Senate strips the 10-year state-AI-law moratorium, 99-1.", "De Senaat schrapt het moratorium van 10 jaar op AI-wetten van staten, 99-1.", "V", PRE_URL),
    usEvent("US-FED", "US-FED-AAP", "2025-07-23", "America's AI Action Plan and three executive orders.", "Het Amerikaanse AI-actieplan en drie presidentiële besluiten.", "V", EO_URL),
    usEvent("US-FED", "US-FED-EO14365", "2025-12-11", "EO 14365: DOJ AI Litigation Task Force and review of 'onerous' state laws.", "EO 14365: AI-procestaskforce bij DOJ en toetsing van 'belastende' staatswetten.", "V", EO_URL),
    usEvent("US-FED", "US-FED-TASKFORCE", "2026-01-09", "DOJ AI Litigation Task Force established.", "AI-procestaskforce van DOJ opgericht.", "V", EO_URL),
    usEvent("US-FED", "US-FED-COMMERCE", "2026-03-11", "Commerce names CO AI Act, CA SB 53, CA AB 2013 and NY RAISE as onerous.", "Commerce noemt CO AI Act, CA SB 53, CA AB 2013 en NY RAISE belastend.", "S", PRE_URL),
    usEvent("US-FED", "US-FED-WHFRAMEWORK", "2026-03-20", "White House legislative recommendations for a national AI framework.", "Wetgevingsaanbevelingen van het Witte Huis voor een nationaal AI-kader.", "V", PRE_URL),
    usEvent("US-FED", "US-FED-XAI", "2026-04-27", "Court stays enforcement of Colorado SB 24-205 (X.AI LLC v. Weiser).", "Rechter schorst de handhaving van Colorado SB 24-205 (X.AI LLC v. Weiser).", "V", PRE_URL),
    usEvent("US-FED", "US-FED-PUNT", "2026-09-26", "Congress defers comprehensive AI legislation past the midterms.", "Het Congres stelt brede AI-wetgeving uit tot na de tussentijdse verkiezingen.", "S", PRE_URL),
  ],
};
