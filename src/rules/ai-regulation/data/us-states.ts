/** Texas TRAIGA, Illinois, New York City LL 144, New York RAISE and Utah (spec §4.4-4.8). */
import type { RuleCatalogue } from "../rule.js";
import { ALWAYS, all, fact, flag, has, text, versions } from "./builders.js";
import { adopted, PREEMPTION_WATCH, US_FACTS, usInstrument, usRules } from "./us-common.js";

const TX_URL = "https://capitol.texas.gov/billlookup/BillSummary.aspx?Bill=HB149&LegSess=89R";
const IL_URL = "https://www.warden-ai.com/illinois-human-rights-act-amendment-hb-3773-guide";
const IL315_URL = "https://aiwire.ai/articles/2026-05-28-illinois-sb-315-frontier-ai-third-party-safety-audits";
const NYC_URL = "https://www.osc.ny.gov/state-agencies/audits/2025/12/02/enforcement-local-law-144-automated-employment-decision-tools";
const NY_URL = "https://www.dwt.com/blogs/artificial-intelligence-law-advisor/2026/04/ny-overhauls-frontier-ai-transparency-law";
const UT_URL = "https://everyailaw.com/regulation/utah-sb149/";

const TX_DATES = versions({ since: "2025-06-22", date: "2026-01-01", by: "HB 149" });
const txBan = { kind: "prohibition" as const, screen: true, tier: "US_PROHIBITED_USE" as const };

export const US_TX_CATALOGUE: RuleCatalogue = {
  jurisdiction: "US-TX",
  instruments: [usInstrument("US-TX", "tx-traiga", "Bus. & Com. Code ch. 551-554 (HB 149)", "Texas Responsible AI Governance Act (TRAIGA)", "Texaanse wet op verantwoord AI-bestuur (TRAIGA)", TX_URL, "V", [adopted("2025-06-22", "Signed.", "Ondertekend.")])],
  rules: [
    ...usRules({ jurisdiction: "US-TX", instrument: "tx-traiga", appliesFrom: TX_DATES, confidence: "V", citationUrl: TX_URL, penaltyRef: "US-TX-ENF" }, [
      ["US-TX-552.051-GOV", "§552.051", "governmental agency", "Disclose before or at the interaction that the consumer is dealing with AI; plain language, no dark patterns.", "Maak vóór of bij de interactie bekend dat de consument met AI te maken heeft; eenvoudige taal, geen misleidend ontwerp.", all(fact("government"), flag("interacts_with_people")), { tier: "US_TRANSPARENCY_ONLY" }],
      ["US-TX-552.051-HEALTH", "§552.051", "health-care provider", "Disclose AI use to the patient or representative by the first service date (in emergencies as soon as practicable).", "Meld AI-gebruik aan de patiënt of vertegenwoordiger uiterlijk op de eerste behandeldatum (bij spoed zo snel mogelijk).", all(fact("healthcare"), flag("interacts_with_people")), { tier: "US_TRANSPARENCY_ONLY", confidenceNote: "Subsection number of the health-care disclosure from background knowledge (spec §7 item 23)." }],
      ["US-TX-552.052", "§552.052", "any person", "Do not develop or deploy AI intentionally to incite self-harm, harm to others or crime.", "Ontwikkel of gebruik geen AI met de bedoeling aan te zetten tot zelfbeschadiging, geweld of misdaad.", has("practice_flags", "intent_incite_self_harm_or_crime"), txBan],
      ["US-TX-552.053", "§552.053", "governmental entity", "Do not use AI for social scoring that leads to detrimental treatment.", "Gebruik geen AI voor sociale scoring die tot nadelige behandeling leidt.", has("practice_flags", "gov_social_scoring"), txBan],
      ["US-TX-552.054", "§552.054", "governmental entity", "Do not identify specific people from biometric data gathered without consent where it infringes rights.", "Identificeer geen specifieke personen met zonder toestemming verzamelde biometrische gegevens als dat rechten schendt.", all(fact("government"), has("practice_flags", "untargeted_face_scraping")), { ...txBan, uncertain: { when: all(fact("government"), has("biometrics", "remote_id_realtime", "remote_id_post")), reason: text("Biometric identification by government: check whether the data were gathered with consent.", "Biometrische identificatie door de overheid: ga na of de gegevens met toestemming zijn verzameld.") } }],
      ["US-TX-552.055", "§552.055", "any person (contested)", "Do not develop or deploy AI with the sole intent of infringing federal constitutional rights.", "Ontwikkel of gebruik geen AI met als enig doel grondwettelijke rechten te schenden.", has("practice_flags", "intent_infringe_constitutional_rights"), { ...txBan, confidence: "C", confidenceNote: "Addressee conflict: one mapping treats §§552.053-.055 as government-only (spec §7 item 23)." }],
      ["US-TX-552.056", "§552.056", "any person", "Do not use AI with intent to unlawfully discriminate against a protected class (disparate impact alone is not enough).", "Gebruik geen AI met de bedoeling onrechtmatig te discrimineren (alleen ongelijk effect is niet genoeg).", has("practice_flags", "intent_unlawful_discrimination"), { ...txBan, confidenceNote: "The disparate-impact clause from background knowledge (spec §7 item 23)." }],
      ["US-TX-552.057", "§552.057", "any person", "Do not develop or distribute AI with the sole intent of producing child sexual abuse material or unlawful sexual deepfakes.", "Ontwikkel of verspreid geen AI met als enig doel beelden van kindermisbruik of onrechtmatige seksuele deepfakes te maken.", has("practice_flags", "intent_sexual_deepfake_or_csam", "ncii_purpose"), txBan],
    ]),
    ...usRules({ jurisdiction: "US-TX", instrument: "tx-traiga", kind: "penalty", appliesFrom: TX_DATES, confidence: "V", citationUrl: TX_URL }, [
      ["US-TX-ENF", "§§552.101-.106", "-", "AG enforcement after notice and a 60-day cure: US$10,000-12,000 curable, US$80,000-200,000 uncurable, US$2,000-40,000 per day continuing.", "Handhaving door de AG na kennisgeving en 60 dagen herstel: US$10.000-12.000 herstelbaar, US$80.000-200.000 onherstelbaar, US$2.000-40.000 per dag voortdurend.", ALWAYS],
    ]),
  ],
  facts: US_FACTS,
  timeline: [],
};

const IL_DATES = versions({ since: "2024-08-09", date: "2026-01-01", by: "HB 3773" });

export const US_IL_CATALOGUE: RuleCatalogue = {
  jurisdiction: "US-IL",
  instruments: [
    usInstrument("US-IL", "il-hb3773", "775 ILCS 5/2-102(L) (HB 3773)", "Illinois Human Rights Act amendment on AI in employment", "Wijziging van de Illinois Human Rights Act over AI bij werk", IL_URL, "V", [adopted("2024-08-09", "Signed.", "Ondertekend.")]),
    usInstrument("US-IL", "il-sb315", "SB 315", "Illinois AI Safety Measures Act (SB 315)", "Illinois AI Safety Measures Act (SB 315)", IL315_URL, "S", [
      { date: "2026-05-27", state: "pending_legislation", note: text("Passed both houses; signature not confirmed.", "Door beide kamers aangenomen; ondertekening niet bevestigd.") },
    ], { confidenceNote: "Governor's signature not confirmed; effective date reported as 2028 (spec §7 item 24)." }),
  ],
  rules: [
    ...usRules({ jurisdiction: "US-IL", instrument: "il-hb3773", appliesFrom: IL_DATES, confidence: "V", citationUrl: IL_URL, tier: "US_REGULATED_HIGH_IMPACT", penaltyRef: "US-IL-PEN" }, [
      ["US-IL-HB3773-EFFECT", "775 ILCS 5/2-102(L)", "employer", "Do not use AI that has the effect of discriminating on a protected basis in recruitment, hiring, promotion, discipline or discharge.", "Gebruik geen AI die in werving, aanname, promotie, sancties of ontslag discriminerend uitwerkt.", fact("employment_ai")],
      ["US-IL-HB3773-ZIP", "775 ILCS 5/2-102(L)", "employer", "Do not use zip codes as a proxy for protected classes.", "Gebruik postcodes niet als plaatsvervanger voor beschermde kenmerken.", fact("employment_ai")],
      ["US-IL-HB3773-NOTICE", "775 ILCS 5/2-102(L)", "employer", "Notify employees and applicants when AI is used for covered decisions (IDHR rules still draft).", "Informeer werknemers en sollicitanten als AI wordt gebruikt voor gedekte besluiten (IDHR-regels nog in ontwerp).", fact("employment_ai"), { confidenceNote: "IDHR implementing rules were still draft (spec §7 item 24)." }],
    ]),
    ...usRules({ jurisdiction: "US-IL", instrument: "il-hb3773", kind: "penalty", appliesFrom: IL_DATES, confidence: "S", confidenceNote: "Penalty tiers from secondary sources citing 775 ILCS 5/8A-104.", citationUrl: IL_URL }, [
      ["US-IL-PEN", "775 ILCS 5/8A-104", "-", "Civil penalties up to US$16,000 / 42,500 / 70,000 depending on prior violations.", "Civiele boetes tot US$16.000 / 42.500 / 70.000, afhankelijk van eerdere overtredingen.", ALWAYS],
    ]),
    ...usRules({ jurisdiction: "US-IL", instrument: "il-sb315", kind: "note", appliesFrom: versions({ since: "2026-05-27", date: "2028-01-01", by: "SB 315 (reported)" }), confidence: "S", confidenceNote: "Governor's signature not confirmed (spec §7 item 24).", citationUrl: IL315_URL, tier: "US_REGULATED_HIGH_IMPACT" }, [
      ["US-IL-SB315", "SB 315", "large frontier developer", "Pending: frameworks, transparency reports, annual third-party audits, incident reports in 72 h / 24 h, whistleblower protection.", "Hangende: kaders, transparantierapporten, jaarlijkse externe audits, incidentmeldingen binnen 72 uur / 24 uur, klokkenluidersbescherming.", fact("large_frontier")],
    ]),
  ],
  facts: US_FACTS,
  timeline: [],
};

const AEDT = all(has("decision_domains", "employment_recruitment", "employment_management"), flag("materially_influences_decision"));

export const US_NYC_CATALOGUE: RuleCatalogue = {
  jurisdiction: "US-NYC",
  instruments: [usInstrument("US-NYC", "nyc-ll144", "NYC Admin. Code §§20-870-20-874 (LL 144)", "NYC Local Law 144 on automated employment decision tools", "Lokale wet 144 van New York City over geautomatiseerde selectietools", NYC_URL, "V", [adopted("2021-12-11", "Enacted; in effect 1 Jan 2023, enforced from 5 Jul 2023.", "Aangenomen; van kracht 1 jan 2023, gehandhaafd vanaf 5 jul 2023.")])],
  rules: [
    ...usRules({ jurisdiction: "US-NYC", instrument: "nyc-ll144", appliesFrom: versions({ since: "2021-12-11", date: "2023-07-05", by: "LL 144 / DCWP rules" }), confidence: "V", citationUrl: NYC_URL, tier: "US_REGULATED_HIGH_IMPACT", penaltyRef: "US-NYC-LL144-PEN", context: has("decision_domains", "employment_recruitment", "employment_management") }, [
      ["US-NYC-LL144-AUDIT", "§20-871(a)(1)", "employer, employment agency", "Have an independent bias audit done no more than one year before using the tool (selection rates and impact ratios by sex, race/ethnicity).", "Laat hooguit een jaar vóór gebruik een onafhankelijke bias-audit doen (selectiepercentages en impactratio's naar geslacht en etniciteit).", AEDT, { whyNot: text("Not an AEDT: the tool does not substantially assist or replace discretionary decisions.", "Geen AEDT: het hulpmiddel ondersteunt of vervangt de afweging niet wezenlijk.") }],
      ["US-NYC-LL144-PUBLISH", "§20-871(a)(2)", "employer, employment agency", "Publish a summary of the latest bias audit on the careers website.", "Publiceer een samenvatting van de laatste bias-audit op de vacaturesite.", AEDT, { whyNot: text("Not an AEDT.", "Geen AEDT.") }],
      ["US-NYC-LL144-NOTICE", "§20-871(b)", "employer, employment agency", "Notify NYC candidates and employees at least 10 business days before use, with the qualifications assessed and an alternative process.", "Informeer kandidaten en werknemers in NYC minstens 10 werkdagen vóór gebruik, met de beoordeelde kwalificaties en een alternatieve procedure.", AEDT, { whyNot: text("Not an AEDT.", "Geen AEDT.") }],
    ]),
    ...usRules({ jurisdiction: "US-NYC", instrument: "nyc-ll144", kind: "penalty", appliesFrom: versions({ since: "2021-12-11", date: "2023-07-05", by: "LL 144" }), confidence: "V", citationUrl: NYC_URL }, [
      ["US-NYC-LL144-PEN", "§20-872", "-", "US$500 first violation, US$500-1,500 each later one; each day of use is a separate violation.", "US$500 voor de eerste overtreding, US$500-1.500 voor elke volgende; elke gebruiksdag telt apart.", ALWAYS],
    ]),
  ],
  facts: US_FACTS,
  timeline: [],
};

export const US_NY_CATALOGUE: RuleCatalogue = {
  jurisdiction: "US-NY",
  instruments: [usInstrument("US-NY", "ny-raise", "RAISE Act (S6953-B, A.9449)", "New York RAISE Act (as amended)", "New Yorkse RAISE-wet (zoals gewijzigd)", NY_URL, "S", [
    adopted("2025-12-19", "Signed.", "Ondertekend."),
    adopted("2026-03-27", "Chapter amendment A.9449 signed.", "Wijziging A.9449 ondertekend."),
  ], { watch: PREEMPTION_WATCH, confidenceNote: "RAISE amendments from secondary sources (spec §7 item 25)." })],
  rules: usRules({ jurisdiction: "US-NY", instrument: "ny-raise", appliesFrom: versions({ since: "2025-12-19", date: "2027-01-01", by: "RAISE Act as amended" }), confidence: "S", confidenceNote: "RAISE amendments from secondary sources (spec §7 item 25).", citationUrl: NY_URL, tier: "US_REGULATED_HIGH_IMPACT", context: all(fact("model"), fact("developer")) }, [
    ["US-NY-RAISE", "RAISE Act", "large frontier developer", "Publish a frontier AI framework; report critical safety incidents within 72 hours; quarterly risk summaries; register with DFS; penalties up to US$1M / US$3M.", "Publiceer een frontier-AI-kader; meld kritieke incidenten binnen 72 uur; elk kwartaal risicosamenvattingen; registreer bij DFS; boetes tot US$1 mln / US$3 mln.", fact("large_frontier_ny")],
  ]),
  facts: US_FACTS,
  timeline: [],
};

const UT_DATES = versions({ since: "2024-03-13", date: "2024-05-01", by: "SB 149" });
const UT_NOTE = "Utah section numbers and penalty amounts from secondary trackers (spec §7 item 26).";
const UT_BASE = { jurisdiction: "US-UT" as const, instrument: "ut-aipa", appliesFrom: UT_DATES, appliesUntil: "2027-07-01", confidence: "V" as const, citationUrl: UT_URL, tier: "US_TRANSPARENCY_ONLY" as const, penaltyRef: "US-UT-PEN" };

export const US_UT_CATALOGUE: RuleCatalogue = {
  jurisdiction: "US-UT",
  instruments: [usInstrument("US-UT", "ut-aipa", "Utah Code Title 13 ch. 75 (SB 149, amended 2025)", "Utah AI Policy Act", "Utah AI Policy Act", UT_URL, "V", [
    adopted("2024-03-13", "Signed.", "Ondertekend."),
    adopted("2025-03-25", "SB 226, SB 332 and HB 452 narrow and extend the act.", "SB 226, SB 332 en HB 452 versmallen en verlengen de wet."),
  ])],
  rules: [
    ...usRules(UT_BASE, [
      ["US-UT-DISCLOSE-REQ", "§13-75-103", "person using generative AI", "Clearly disclose that the consumer is dealing with generative AI when the consumer asks clearly and unambiguously.", "Maak duidelijk bekend dat de consument met generatieve AI te maken heeft als die daar duidelijk om vraagt.", all(flag("interacts_with_people"), has("synthetic_content", "text", "audio")), { confidence: "V", confidenceNote: UT_NOTE }],
      ["US-UT-DISCLOSE-PROACTIVE", "§13-75-103", "regulated occupation", "Disclose proactively at the start of a high-risk AI interaction in a regulated occupation (orally in voice, in writing before text).", "Maak bij een risicovolle AI-interactie in een gereglementeerd beroep vooraf bekend dat het AI is (mondeling bij spraak, schriftelijk bij tekst).", all(flag("interacts_with_people"), flag("regulated_occupation")), { confidence: "V", confidenceNote: UT_NOTE }],
    ]),
    ...usRules({ ...UT_BASE, kind: "note", tier: undefined, confidence: "S", confidenceNote: UT_NOTE }, [
      ["US-UT-SAFEHARBOR", "§13-75-104", "-", "Safe harbour: no enforcement if the AI itself clearly discloses that it is not human, at the outset and throughout.", "Vrijwaring: geen handhaving als de AI zelf vanaf het begin en doorlopend duidelijk zegt geen mens te zijn.", flag("interacts_with_people")],
    ]),
    ...usRules({ ...UT_BASE, kind: "note", tier: undefined }, [
      ["US-UT-LIABILITY", "§13-75-103", "-", "Using generative AI is no defence to a consumer-protection violation.", "Het gebruik van generatieve AI is geen verweer tegen een overtreding van het consumentenrecht.", all(flag("interacts_with_people"), flag("offered_to_public"))],
    ]),
    ...usRules({ jurisdiction: "US-UT", instrument: "ut-aipa", appliesFrom: versions({ since: "2025-03-25", date: "2025-05-07", by: "HB 452" }), confidence: "S", confidenceNote: "HB 452 details from secondary trackers.", citationUrl: UT_URL, tier: "US_TRANSPARENCY_ONLY", penaltyRef: "US-UT-PEN" }, [
      ["US-UT-HB452", "HB 452", "mental-health chatbot supplier", "Mental-health chatbots: specific disclosure, advertising and data limits.", "Chatbots voor geestelijke gezondheid: specifieke vermelding en beperkingen voor reclame en data.", all(flag("interacts_with_people"), fact("healthcare"), flag("anthropomorphic_companion"))],
    ]),
    ...usRules({ ...UT_BASE, kind: "penalty", tier: undefined, confidence: "S", confidenceNote: UT_NOTE, penaltyRef: undefined }, [
      ["US-UT-PEN", "§13-2-6", "-", "Administrative fine up to US$2,500 per violation; up to US$5,000 for violating an order.", "Bestuurlijke boete tot US$2.500 per overtreding; tot US$5.000 bij het overtreden van een bevel.", ALWAYS],
    ]),
  ],
  facts: US_FACTS,
  timeline: [],
};
