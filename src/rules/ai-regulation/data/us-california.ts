/** California: SB 53, AB 2013, SB 942 (+AB 853), SB 243, CCPA ADMT regulations, the BOT Act (spec §4.3). */
import type { RuleCatalogue } from "../rule.js";
import { ALWAYS, all, any, above, fact, flag, has, role, versions } from "./builders.js";
import { adopted, PREEMPTION_WATCH, US_FACTS, usEvent, usInstrument, usRules } from "./us-common.js";

const URL53 = "https://leginfo.legislature.ca.gov/faces/billTextClient.xhtml?bill_id=202520260SB53";
const URL942 = "https://policywindow.org/wiki/ca-sb-942/print";
const URL243 = "https://policywindow.org/wiki/ca-sb-243/provisions";
const URL_MISC = "https://aicomplianceatlas.com/law/california-sb-942";

const SB53_DATES = versions({ since: "2025-09-29", date: "2026-01-01", by: "SB 53" });
const FRONTIER_CONTEXT = all(fact("model"), fact("developer"));

export const US_CA_CATALOGUE: RuleCatalogue = {
  jurisdiction: "US-CA",
  instruments: [
    usInstrument("US-CA", "ca-sb53", "SB 53 (B&P §22757.10 ff.)", "SB 53 Transparency in Frontier AI Act", "SB 53, wet op transparantie van frontier-AI", URL53, "C", [adopted("2025-09-29", "Signed.", "Ondertekend.")], {
      confidenceNote: "Effective date: statute and most sources say 1 Jan 2026 (used); one law-firm note says 1 Jan 2027 (spec §7 item 21).",
      watch: PREEMPTION_WATCH,
    }),
    usInstrument("US-CA", "ca-ab2013", "AB 2013 (Civ. Code §3110-3111)", "AB 2013 generative AI training-data transparency", "AB 2013, transparantie over trainingsdata van generatieve AI", URL_MISC, "V", [adopted("2024-09-28", "Signed.", "Ondertekend.")], { watch: PREEMPTION_WATCH }),
    usInstrument("US-CA", "ca-sb942", "SB 942 (B&P §22757-22757.4)", "SB 942 AI Transparency Act, amended by AB 853", "SB 942, AI-transparantiewet, gewijzigd door AB 853", URL942, "V", [
      adopted("2024-09-19", "Signed.", "Ondertekend."),
      adopted("2025-10-13", "AB 853 defers the operative date to 2 Aug 2026 and adds platforms and devices.", "AB 853 stelt de ingangsdatum uit tot 2 aug 2026 en voegt platforms en apparaten toe."),
    ]),
    usInstrument("US-CA", "ca-sb243", "SB 243 (B&P §22601-22606)", "SB 243 companion chatbots", "SB 243, gezelschapschatbots", URL243, "V", [adopted("2025-10-13", "Signed.", "Ondertekend.")]),
    usInstrument("US-CA", "ca-ccpa-admt", "11 CCR §7200-7222", "CPPA regulations on automated decision-making technology", "CPPA-regels over geautomatiseerde besluitvormingstechnologie", URL_MISC, "S", [adopted("2025-09-22", "Approved by OAL.", "Goedgekeurd door OAL.")]),
    usInstrument("US-CA", "ca-bot", "B&P §17940-17943", "California BOT Act (SB 1001)", "Californische BOT-wet (SB 1001)", URL_MISC, "M", [adopted("2018-09-28", "Signed.", "Ondertekend.")]),
  ],
  rules: [
    ...usRules({ jurisdiction: "US-CA", instrument: "ca-sb53", appliesFrom: SB53_DATES, confidence: "V", citationUrl: URL53, tier: "US_REGULATED_HIGH_IMPACT", penaltyRef: "US-CA-SB53-PEN", context: FRONTIER_CONTEXT }, [
      ["US-CA-SB53-FRAMEWORK", "§22757.12(a)", "large frontier developer", "Write, follow and publish a frontier AI framework (catastrophic-risk thresholds, mitigations, third-party assessment, weight security, incident response); review yearly.", "Stel een frontier-AI-kader op, volg en publiceer het (drempels voor catastrofaal risico, maatregelen, externe toetsing, beveiliging van gewichten, incidentrespons); jaarlijks herzien.", all(FRONTIER_CONTEXT, fact("large_frontier"))],
      ["US-CA-SB53-TRANSPARENCY", "§22757.12(c)", "frontier developer", "Publish a transparency report when deploying a new or substantially modified frontier model.", "Publiceer een transparantierapport bij het uitbrengen van een nieuw of ingrijpend gewijzigd frontiermodel.", all(FRONTIER_CONTEXT, fact("frontier"))],
      ["US-CA-SB53-INTERNAL", "§22757.12(d)", "large frontier developer", "Send summaries of internal-use catastrophic-risk assessments to Cal OES on a regular schedule.", "Stuur samenvattingen van risicobeoordelingen voor intern gebruik geregeld naar Cal OES.", all(FRONTIER_CONTEXT, fact("large_frontier")), { confidenceNote: "Cadence (quarterly or other reasonable schedule) from one source (spec §7 item 21)." }],
      ["US-CA-SB53-NOFALSE", "§22757.12(e)", "frontier developer", "Make no materially false or misleading statements about catastrophic risk or framework compliance.", "Doe geen wezenlijk onjuiste of misleidende uitspraken over catastrofaal risico of naleving van het kader.", all(FRONTIER_CONTEXT, fact("frontier")), { confidence: "S" }],
      ["US-CA-SB53-INCIDENT", "§22757.13", "frontier developer", "Report critical safety incidents to Cal OES within 15 days; within 24 hours to an authority if there is imminent risk of death or serious injury.", "Meld kritieke veiligheidsincidenten binnen 15 dagen aan Cal OES; binnen 24 uur aan een instantie bij direct gevaar voor dood of ernstig letsel.", all(FRONTIER_CONTEXT, fact("frontier"))],
      ["US-CA-SB53-WHISTLE", "Labor Code §1107 ff.", "frontier developer", "No retaliation against covered employees who report; large developers run an anonymous internal channel.", "Geen vergelding tegen melders; grote ontwikkelaars bieden een anoniem intern meldkanaal.", all(FRONTIER_CONTEXT, fact("frontier"))],
    ]),
    ...usRules({ jurisdiction: "US-CA", instrument: "ca-sb53", kind: "penalty", appliesFrom: SB53_DATES, confidence: "V", citationUrl: URL53 }, [
      ["US-CA-SB53-PEN", "§22757.15", "-", "Civil penalty up to US$1,000,000 per violation, Attorney General only.", "Civiele boete tot US$1.000.000 per overtreding, alleen door de Attorney General.", ALWAYS],
    ]),
    ...usRules({ jurisdiction: "US-CA", instrument: "ca-ab2013", appliesFrom: versions({ since: "2024-09-28", date: "2026-01-01", by: "AB 2013" }), confidence: "V", citationUrl: URL_MISC, tier: "US_TRANSPARENCY_ONLY" }, [
      ["US-CA-AB2013", "Civ. Code §3110-3111", "developer", "Post high-level documentation of the training data of a public generative AI system; update it on substantial modification.", "Publiceer op hoofdlijnen documentatie over de trainingsdata van een openbaar generatief AI-systeem; werk die bij bij ingrijpende wijziging.", all(fact("generative"), flag("offered_to_public"), fact("developer"))],
    ]),
    ...usRules(
      {
        jurisdiction: "US-CA",
        instrument: "ca-sb942",
        appliesFrom: versions({ since: "2024-09-19", date: "2026-01-01", by: "SB 942" }, { since: "2025-10-13", date: "2026-08-02", by: "AB 853" }),
        confidence: "V",
        citationUrl: URL942,
        tier: "US_TRANSPARENCY_ONLY",
      },
      [
        ["US-CA-SB942", "B&P §22757.2-22757.4", "covered provider", "Offer a free AI-detection tool, an option for manifest disclosure, latent disclosures in AI images, video and audio, and licence terms that keep them (US$5,000 per violation).", "Bied een gratis AI-detectietool, een optie voor zichtbare vermelding, verborgen vermeldingen in AI-beelden, -video en -audio, en licentievoorwaarden die ze behouden (US$5.000 per overtreding).", all(has("synthetic_content", "image", "video", "audio"), above("user_counts.monthly_users_CA", 1_000_000))],
      ],
    ),
    ...usRules({ jurisdiction: "US-CA", instrument: "ca-sb942", appliesFrom: versions({ since: "2025-10-13", date: "2027-01-01", by: "AB 853" }), confidence: "V", citationUrl: URL942, tier: "US_TRANSPARENCY_ONLY" }, [
      ["US-CA-AB853-PLATFORM", "AB 853", "large online platform", "Detect and show provenance data of hosted content; do not distribute non-compliant generative systems.", "Herken en toon herkomstgegevens van gehoste inhoud; verspreid geen generatieve systemen die niet voldoen.", all(has("roles", "platform"), flag("hosts_user_generated_content"))],
    ]),
    ...usRules({ jurisdiction: "US-CA", instrument: "ca-sb243", appliesFrom: versions({ since: "2025-10-13", date: "2026-01-01", by: "SB 243" }), confidence: "V", citationUrl: URL243, tier: "US_TRANSPARENCY_ONLY" }, [
      ["US-CA-SB243", "B&P §22602-22605", "operator", "Companion chatbots: say it is AI, run and publish a suicide and self-harm protocol, and for known minors add 3-hour break reminders and block sexual content (private right of action).", "Gezelschapschatbots: zeg dat het AI is, hanteer en publiceer een protocol voor suïcide en zelfbeschadiging, en geef bekende minderjarigen elke 3 uur een pauzemelding zonder seksuele inhoud (eigen vorderingsrecht).", all(flag("anthropomorphic_companion"), flag("interacts_with_people"))],
    ]),
    ...usRules({ jurisdiction: "US-CA", instrument: "ca-ccpa-admt", appliesFrom: versions({ since: "2025-09-22", date: "2027-01-01", by: "11 CCR §7200(b)" }), confidence: "S", confidenceNote: "CCPA ADMT regulation dates from secondary sources (spec §7 item 22).", citationUrl: URL_MISC, tier: "US_TRANSPARENCY_ONLY" }, [
      ["US-CA-CCPA-ADMT", "11 CCR §7200-7222", "business", "Using ADMT for significant decisions: pre-use notice, opt-out and access rights; existing uses comply by 1 Jan 2027.", "ADMT voor belangrijke besluiten: kennisgeving vooraf, opt-out en inzage; bestaand gebruik voldoet uiterlijk 1 jan 2027.", all(flag("personal_data"), fact("consequential"), role("deployer", "employer", "operator"))],
    ]),
    ...usRules({ jurisdiction: "US-CA", instrument: "ca-bot", appliesFrom: versions({ since: "2018-09-28", date: "2019-07-01", by: "SB 1001" }), confidence: "M", confidenceNote: "BOT Act citation from background knowledge (spec §7 item 22).", citationUrl: URL_MISC }, [
      ["US-CA-BOT", "B&P §17940-17943", "bot operator", "Disclose a bot used to incentivise a sale or influence an election vote.", "Maak een bot bekend die wordt ingezet om een verkoop uit te lokken of een stem te beïnvloeden.", all(flag("interacts_with_people"), any(has("decision_domains", "elections"), has("practice_flags", "subliminal_or_manipulative_harmful")))],
    ]),
  ],
  facts: US_FACTS,
  timeline: [
    usEvent("US-CA", "US-CA-AB853-DEVICE", "2028-01-01", "AB 853: capture-device manufacturers embed latent disclosures by default.", "AB 853: fabrikanten van opnameapparatuur voegen standaard verborgen vermeldingen toe.", "V", URL942),
    usEvent("US-CA", "US-CA-EO-N-9-26", "2026-09-18", "Executive order N-9-26 on verifying SB 53 frameworks (watch item, not law).", "Besluit N-9-26 over het toetsen van SB 53-kaders (aandachtspunt, geen wet).", "S", URL53),
  ],
};
