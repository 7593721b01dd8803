/** China's layered rule stack: CAC departmental rules, GB 45438-2025, the CSL and PIPL (spec §3). */
import type { RuleConfidence } from "../../../domain/vocabulary.js";
import type { Condition, Instrument, NamedFact, Rule, RuleCatalogue, TimelineEvent } from "../rule.js";
import { ALWAYS, all, any, atLeast, fact, flag, has, not, text } from "./builders.js";

const URL = {
  alg: "https://appinchina.co/government-documents/administrative-provisions-on-algorithm-recommendation-for-internet-information-services",
  lbl: "https://sesec.eu/2025/news-events/news/china-issued-new-mandatory-national-standard-and-measures-for-the-labeling-of-content-generated-by-artificial-intelligence",
  gai: "https://www.saidot.ai/policies/interim-measures-for-the-management-of-generative-ai-systems",
  gb: "https://openstd.samr.gov.cn/bzgk/gb/newGbInfo?hcno=F32EA2A561F1886CD8D606513512D547",
  csl: "https://techinsights.linklaters.com/post/102lrz5/chinas-2025-cybersecurity-law-amendments-enhanced-penalties-expanded-extraterr",
  anth: "https://comparativeai.org/en/rules/china/anthropomorphic-interaction-services/",
  pipl: "https://pipl.xllawconsulting.com/personal-information-protection-law-of-the-peoples-republic-of-china-pipl/chapter-ii-personal-information-processing-rules/section-1-general-rules/article-24/",
} as const;

const instrument = (id: string, en: string, nl: string, cite: string, url: string, adopted: string, confidence: RuleConfidence, note?: string): Instrument => ({
  id,
  jurisdiction: "CN",
  title: text(en, nl),
  cite,
  url,
  confidence,
  ...(note ? { confidenceNote: note } : {}),
  events: [{ date: adopted, state: "adopted", note: text(`${cite} issued.`, `${cite} uitgevaardigd.`) }],
});

const CN_INSTRUMENTS: readonly Instrument[] = [
  instrument("cn-pipl", "Personal Information Protection Law", "Wet bescherming persoonsgegevens (PIPL)", "PIPL", URL.pipl, "2021-08-20", "V"),
  instrument("cn-alg", "Algorithmic Recommendation Provisions", "Bepalingen over algoritmische aanbevelingen", "Algorithm Provisions", URL.alg, "2021-12-31", "V"),
  instrument("cn-ds", "Deep Synthesis Provisions", "Bepalingen over deep synthesis", "Deep Synthesis Provisions", URL.lbl, "2022-11-25", "V"),
  instrument("cn-gai", "Interim Measures for Generative AI Services", "Voorlopige maatregelen voor generatieve AI-diensten", "GenAI Measures", URL.gai, "2023-07-10", "V"),
  instrument("cn-lbl", "Measures for Labeling AI-Generated Synthetic Content", "Maatregelen voor het labelen van door AI gegenereerde inhoud", "Labeling Measures", URL.lbl, "2025-03-14", "V"),
  instrument("cn-gb45438", "GB 45438-2025 labeling method for AI-generated content", "GB 45438-2025, labelmethode voor door AI gegenereerde inhoud", "GB 45438-2025", URL.gb, "2025-03-14", "V"),
  instrument("cn-csl", "Cybersecurity Law (amended, AI article)", "Cyberbeveiligingswet (gewijzigd, AI-artikel)", "CSL", URL.csl, "2025-10-28", "V"),
  instrument("cn-anth", "Interim Measures for AI Anthropomorphic Interaction Services", "Voorlopige maatregelen voor antropomorfe AI-interactiediensten", "Anthropomorphic Measures", URL.anth, "2026-04-10", "V"),
];

const CN_FACTS: Readonly<Record<string, NamedFact>> = {
  generative: { when: has("synthetic_content", "text", "image", "audio", "video", "virtual_scene"), text: text("generates synthetic content", "maakt synthetische inhoud") },
  alg_service: {
    when: all(flag("offered_to_public"), any(fact("generative"), has("intended_purpose", "personalised_recommendation", "ranking_selection", "retrieval_filtering", "scheduling_dispatch", "content_generation"))),
    text: text("an algorithmic recommendation service (generation, push, ranking, filtering or scheduling) to the public", "een algoritmische aanbevelingsdienst (genereren, pushen, rangschikken, filteren of plannen) voor het publiek"),
  },
  ds_service: {
    when: all(flag("offered_to_public"), any(fact("generative"), flag("edits_biometric_features"), flag("deepfake_of_real_persons"))),
    text: text("a deep-synthesis service to the public", "een deep-synthesisdienst voor het publiek"),
  },
  gai_service: { when: all(flag("offered_to_public"), fact("generative")), text: text("a generative AI service to the public in mainland China", "een generatieve AI-dienst voor het publiek op het Chinese vasteland") },
  anth_service: { when: all(flag("offered_to_public"), flag("anthropomorphic_companion")), text: text("an anthropomorphic interaction service", "een antropomorfe interactiedienst") },
  filing: { when: all(flag("offered_to_public"), { publicOpinion: true }), text: text("public-opinion attributes or social-mobilisation capacity", "opiniekenmerken of maatschappelijk mobilisatievermogen") },
  automated_decision: {
    when: all(flag("personal_data"), any(flag("materially_influences_decision"), flag("profiling"), has("intended_purpose", "personalised_recommendation"))),
    text: text("automated decision-making with personal information", "geautomatiseerde besluitvorming met persoonsgegevens"),
  },
  sensitive_pi: {
    when: all(flag("personal_data"), any(has("biometrics", "remote_id_realtime", "remote_id_post", "verification_only", "categorisation_sensitive", "categorisation_other", "emotion_recognition"), flag("edits_biometric_features"), has("decision_domains", "healthcare", "credit", "insurance_life_health"), flag("minors_among_users"))),
    text: text("sensitive personal information (biometrics, health, finance, minors)", "gevoelige persoonsgegevens (biometrie, gezondheid, financiën, minderjarigen)"),
  },
};

type Row = readonly [id: string, instrument: string, article: string, addressee: string, en: string, nl: string, trigger: Condition, extra?: Partial<Rule>];
const SERVICE_DATES: Readonly<Record<string, { since: string; date: string; by: string; url: string; confidence: RuleConfidence }>> = {
  "cn-alg": { since: "2021-12-31", date: "2022-03-01", by: "Algorithm Provisions", url: URL.alg, confidence: "M" },
  "cn-ds": { since: "2022-11-25", date: "2023-01-10", by: "Deep Synthesis Provisions", url: URL.lbl, confidence: "M" },
  "cn-gai": { since: "2023-07-10", date: "2023-08-15", by: "GenAI Measures", url: URL.gai, confidence: "V" },
  "cn-lbl": { since: "2025-03-14", date: "2025-09-01", by: "Labeling Measures", url: URL.lbl, confidence: "S" },
  "cn-gb45438": { since: "2025-03-14", date: "2025-09-01", by: "GB 45438-2025", url: URL.gb, confidence: "S" },
  "cn-anth": { since: "2026-04-10", date: "2026-07-15", by: "Anthropomorphic Measures", url: URL.anth, confidence: "S" },
  "cn-csl": { since: "2025-10-28", date: "2026-01-01", by: "CSL amendment", url: URL.csl, confidence: "V" },
  "cn-pipl": { since: "2021-08-20", date: "2021-11-01", by: "PIPL", url: URL.pipl, confidence: "M" },
};
const NOTES: Readonly<Record<string, string>> = {
  "cn-alg": "Algorithm Provisions article numbers from background knowledge (spec §7 item 12).",
  "cn-ds": "Deep Synthesis article numbers from background knowledge (spec §7 item 12).",
  "cn-lbl": "Labeling Measures article numbers other than Arts 3, 9, 10 from one reading (spec §7 item 11).",
  "cn-gb45438": "GB 45438-2025 pixel and second figures from secondary summaries (spec §7 item 11).",
  "cn-anth": "Anthropomorphic Measures details from secondary summaries (spec §7 item 13).",
  "cn-pipl": "PIPL article details from background knowledge.",
};
const FILING_IDS = new Set(["CN-GAI-17", "CN-ALG-24", "CN-ALG-27", "CN-DS-19", "CN-DS-20", "CN-ANTH-FILING"]);
const PENALTY: Readonly<Record<string, string>> = { "cn-alg": "CN-PEN-ALG", "cn-ds": "CN-PEN-DS", "cn-gai": "CN-PEN-GAI", "cn-lbl": "CN-PEN-LBL", "cn-anth": "CN-PEN-ANTH", "cn-pipl": "CN-PEN-PIPL", "cn-csl": "CN-PEN-CSL" };

function cnRule([id, instrumentId, article, addressee, en, nl, trigger, extra]: Row): Rule {
  const dates = SERVICE_DATES[instrumentId]!;
  const note = NOTES[instrumentId];
  const isPipl = instrumentId === "cn-pipl";
  const confidence = extra?.confidence ?? dates.confidence;
  return {
    id,
    jurisdiction: "CN",
    instrument: instrumentId,
    article,
    kind: "obligation",
    addressee,
    text: text(en, nl),
    trigger,
    appliesFrom: [{ versions: [{ since: dates.since, date: dates.date, by: dates.by }] }],
    confidence,
    ...(note && confidence !== "V" ? { confidenceNote: note } : {}),
    citationUrl: dates.url,
    tier: FILING_IDS.has(id) ? "CN_FILING_REQUIRED" : isPipl ? "CN_PIPL_ONLY" : "CN_REGULATED",
    ...(PENALTY[instrumentId] ? { penaltyRef: PENALTY[instrumentId] } : {}),
    ...extra,
  };
}

const ALG = fact("alg_service");
const DS = fact("ds_service");
const GAI = fact("gai_service");
const LBL = fact("gai_service");
const ANTH = fact("anth_service");
const FILING = fact("filing");
const FILTER_ONLY_CAVEAT = {
  caveats: [
    {
      when: all(not(fact("generative")), not(has("intended_purpose", "personalised_recommendation", "ranking_selection", "scheduling_dispatch", "content_generation"))),
      reason: text("Low confidence: only 'retrieval and filtering' (ALG Art 2) brings this service in.", "Lage zekerheid: alleen 'ophalen en filteren' (art. 2 Algoritmebepalingen) brengt deze dienst onder de regels."),
    },
  ],
};

const ROWS: readonly Row[] = [
  ["CN-ALG-6", "cn-alg", "Art 6", "provider", "Uphold mainstream values; no algorithmic services that endanger national security or spread illegal information.", "Houd de gangbare waarden hoog; geen algoritmische diensten die de nationale veiligheid schaden of illegale informatie verspreiden.", ALG, FILTER_ONLY_CAVEAT],
  ["CN-ALG-7", "cn-alg", "Art 7", "provider", "Bear primary responsibility for algorithm security: reviews, ethics, registration, data security, incident response.", "Draag de hoofdverantwoordelijkheid voor algoritmeveiligheid: controles, ethiek, registratie, gegevensbeveiliging, incidentrespons.", ALG, { confidence: "V", ...FILTER_ONLY_CAVEAT }],
  ["CN-ALG-8", "cn-alg", "Art 8", "provider", "Regularly review mechanisms, models, data and outcomes; no models inducing addiction or excessive consumption.", "Controleer geregeld mechanismen, modellen, data en uitkomsten; geen modellen die verslaving of overmatige consumptie uitlokken.", ALG, FILTER_ONLY_CAVEAT],
  ["CN-ALG-9", "cn-alg", "Art 9", "provider", "Identify illegal information and label algorithmically generated synthetic information before dissemination.", "Herken illegale informatie en label algoritmisch gegenereerde inhoud vóór verspreiding.", all(ALG, fact("generative"))],
  ["CN-ALG-12", "cn-alg", "Art 12", "provider", "Make search, ranking, selection, push and display rules transparent and explainable.", "Maak regels voor zoeken, rangschikken, selecteren, pushen en tonen transparant en uitlegbaar.", all(ALG, has("intended_purpose", "personalised_recommendation", "ranking_selection", "retrieval_filtering"))],
  ["CN-ALG-14-15", "cn-alg", "Arts 14-15", "provider", "No fake accounts, traffic fraud, manipulation of rankings or hot lists, or self-preferencing.", "Geen nepaccounts, verkeersfraude, manipulatie van ranglijsten of bevoordeling van eigen aanbod.", ALG, { confidence: "V" }],
  ["CN-ALG-16", "cn-alg", "Art 16", "provider", "Inform users clearly of the algorithmic service and publish its basic principles, purposes and mechanisms.", "Informeer gebruikers duidelijk over de algoritmische dienst en publiceer de uitgangspunten, doelen en werking.", ALG, { confidence: "V" }],
  ["CN-ALG-17", "cn-alg", "Art 17", "provider", "Offer a non-personalised option or easy switch-off; let users manage tags; explain decisions that materially affect them.", "Bied een niet-gepersonaliseerde optie of eenvoudige uitschakeling; laat gebruikers labels beheren; leg ingrijpende beslissingen uit.", all(ALG, has("intended_purpose", "personalised_recommendation")), { confidence: "V" }],
  ["CN-ALG-18-21", "cn-alg", "Arts 18-21", "provider", "Protect minors, the elderly, workers (fair dispatch) and consumers (no unreasonable differential pricing).", "Bescherm minderjarigen, ouderen, werkenden (eerlijke planning) en consumenten (geen onredelijke prijsdiscriminatie).", all(ALG, any(flag("minors_among_users"), has("intended_purpose", "personalised_recommendation", "scheduling_dispatch")))],
  ["CN-ALG-24", "cn-alg", "Art 24", "provider", "File the algorithm with the CAC within 10 working days of starting the service; file changes and cancellation.", "Registreer het algoritme binnen 10 werkdagen na de start van de dienst bij de CAC; meld wijzigingen en beëindiging.", all(ALG, FILING)],
  ["CN-ALG-27", "cn-alg", "Art 27", "provider", "Undergo a security assessment under the national rules for public-opinion services.", "Onderga een veiligheidsbeoordeling volgens de nationale regels voor opiniediensten.", all(ALG, FILING)],
  ["CN-DS-6", "cn-ds", "Art 6", "provider", "Do not use deep synthesis for illegal content, fake news or infringing others' rights.", "Gebruik deep synthesis niet voor illegale inhoud, nepnieuws of inbreuk op rechten van anderen.", DS],
  ["CN-DS-7", "cn-ds", "Art 7", "provider", "Keep management systems: user registration, algorithm review, ethics, content review, data security, emergencies.", "Houd beheersystemen bij: gebruikersregistratie, algoritmecontrole, ethiek, inhoudscontrole, gegevensbeveiliging, noodgevallen.", DS],
  ["CN-DS-9", "cn-ds", "Art 9", "provider", "Authenticate users' real identity.", "Controleer de echte identiteit van gebruikers.", DS],
  ["CN-DS-10", "cn-ds", "Art 10", "provider", "Review user inputs and synthetic outputs; keep a feature library for illegal content.", "Controleer invoer en synthetische uitvoer; houd een kenmerkenbibliotheek voor illegale inhoud bij.", DS],
  ["CN-DS-14", "cn-ds", "Art 14", "provider", "Manage training data; for face or voice editing, prompt users to inform the edited person and obtain separate consent.", "Beheer trainingsdata; vraag bij gezichts- of stembewerking gebruikers de bewerkte persoon te informeren en apart toestemming te krijgen.", all(DS, flag("edits_biometric_features"))],
  ["CN-DS-15", "cn-ds", "Art 15", "provider", "Run a security assessment for tools that generate or edit biometric information (face, voice).", "Voer een veiligheidsbeoordeling uit voor hulpmiddelen die biometrische informatie (gezicht, stem) maken of bewerken.", all(DS, flag("edits_biometric_features"))],
  ["CN-DS-16", "cn-ds", "Art 16", "provider", "Add implicit labels to generated or edited content and keep logs.", "Voeg onzichtbare labels toe aan gemaakte of bewerkte inhoud en bewaar logs.", DS, { confidence: "V" }],
  ["CN-DS-17", "cn-ds", "Art 17", "provider", "Add conspicuous labels where content may mislead: simulated dialogue or writing, voice imitation, face swap, immersive scenes.", "Plaats zichtbare labels waar inhoud kan misleiden: nagebootste dialoog of tekst, stemimitatie, gezichtsverwisseling, meeslepende scènes.", DS],
  ["CN-DS-18", "cn-ds", "Art 18", "all", "No one may delete, alter or conceal labels.", "Niemand mag labels verwijderen, wijzigen of verbergen.", DS, { confidence: "V" }],
  ["CN-DS-19", "cn-ds", "Art 19", "provider", "File the algorithm (and display the filing number) when the service has public-opinion attributes.", "Registreer het algoritme (en toon het registratienummer) als de dienst opiniekenmerken heeft.", all(DS, FILING)],
  ["CN-DS-20", "cn-ds", "Art 20", "provider", "Run a security assessment for new products or functions with public-opinion attributes.", "Voer een veiligheidsbeoordeling uit voor nieuwe producten of functies met opiniekenmerken.", all(DS, FILING)],
  ["CN-GAI-4", "cn-gai", "Art 4", "provider", "Uphold core socialist values; prevent discrimination; respect IP and personal rights; improve accuracy and reliability.", "Houd de socialistische kernwaarden hoog; voorkom discriminatie; respecteer IE en persoonlijkheidsrechten; verbeter nauwkeurigheid en betrouwbaarheid.", GAI],
  ["CN-GAI-7", "cn-gai", "Art 7", "provider", "Use training data from lawful sources, without IP infringement, with consent or another legal basis for personal information.", "Gebruik trainingsdata uit rechtmatige bronnen, zonder IE-inbreuk, met toestemming of andere grondslag voor persoonsgegevens.", GAI],
  ["CN-GAI-8", "cn-gai", "Art 8", "provider", "Set clear annotation rules, assess annotation quality and train annotators.", "Stel duidelijke annotatieregels op, beoordeel de kwaliteit en train annotatoren.", GAI],
  ["CN-GAI-9", "cn-gai", "Art 9", "provider", "Bear responsibility as content producer and personal-information handler; sign service agreements with users.", "Draag verantwoordelijkheid als inhoudsproducent en verwerker van persoonsgegevens; sluit dienstovereenkomsten met gebruikers.", GAI],
  ["CN-GAI-10", "cn-gai", "Art 10", "provider", "Disclose intended users and uses; prevent minors' over-reliance and addiction.", "Maak beoogde gebruikers en toepassingen bekend; voorkom overmatige afhankelijkheid en verslaving bij minderjarigen.", GAI],
  ["CN-GAI-11", "cn-gai", "Art 11", "provider", "Protect user inputs and usage records; no unlawful retention or sharing; handle personal-information requests.", "Bescherm invoer en gebruiksgegevens; niet onrechtmatig bewaren of delen; behandel verzoeken over persoonsgegevens.", GAI],
  ["CN-GAI-12", "cn-gai", "Art 12", "provider", "Label generated images, video and other content as the Deep Synthesis and Labeling rules require.", "Label gegenereerde beelden, video en andere inhoud volgens de regels voor deep synthesis en labeling.", GAI],
  ["CN-GAI-13", "cn-gai", "Art 13", "provider", "Provide a safe, stable and continuous service.", "Bied een veilige, stabiele en ononderbroken dienst.", GAI],
  ["CN-GAI-14", "cn-gai", "Art 14", "provider", "On illegal content: stop it, remove it, fix the model and report; act against users' illegal activity.", "Bij illegale inhoud: stoppen, verwijderen, het model bijtrainen en melden; optreden tegen illegale activiteiten van gebruikers.", GAI],
  ["CN-GAI-15", "cn-gai", "Art 15", "provider", "Run a complaint and reporting mechanism and handle reports promptly.", "Richt een klachten- en meldsysteem in en behandel meldingen snel.", GAI],
  ["CN-GAI-17", "cn-gai", "Art 17", "provider", "Services with public-opinion attributes: security assessment and algorithm filing.", "Diensten met opiniekenmerken: veiligheidsbeoordeling en registratie van het algoritme.", all(GAI, FILING)],
  ["CN-GAI-19", "cn-gai", "Art 19", "provider", "Cooperate with inspections; explain training data and algorithm mechanisms.", "Werk mee aan inspecties; leg trainingsdata en algoritmewerking uit.", GAI, { confidence: "M", confidenceNote: "Art 19 from background knowledge." }],
  ["CN-LBL-4", "cn-lbl", "Art 4", "provider", "Add explicit, perceivable labels to text, audio, images, video and virtual scenes; keep them in downloads.", "Voeg zichtbare of hoorbare labels toe aan tekst, audio, beelden, video en virtuele scènes; behoud ze bij downloads.", LBL],
  ["CN-LBL-5", "cn-lbl", "Art 5", "provider", "Add implicit labels in file metadata: AI-generated attribute, provider name or code, content ID.", "Voeg onzichtbare labels toe in de metadata: kenmerk AI-gegenereerd, naam of code van de aanbieder, inhouds-ID.", LBL],
  ["CN-LBL-6", "cn-lbl", "Art 6", "platform", "Check metadata, label content as confirmed, possible or suspected AI-generated; offer a user declaration function.", "Controleer metadata, label inhoud als bevestigd, mogelijk of vermoedelijk AI-gegenereerd; bied gebruikers een verklaringsfunctie.", all(flag("offered_to_public"), has("roles", "platform"))],
  ["CN-LBL-7", "cn-lbl", "Art 7", "app store", "Verify labeling functions when listing apps.", "Controleer labelfuncties bij het toelaten van apps.", all(flag("offered_to_public"), has("roles", "distributor"))],
  ["CN-LBL-8", "cn-lbl", "Art 8", "provider", "State labeling methods in the user agreement.", "Leg labelmethoden vast in de gebruikersovereenkomst.", LBL],
  ["CN-LBL-9", "cn-lbl", "Art 9", "provider", "Provide unlabelled content only on user request under an agreement; keep logs for at least 6 months.", "Lever inhoud zonder zichtbaar label alleen op verzoek onder een overeenkomst; bewaar logs minstens 6 maanden.", LBL, { confidence: "V" }],
  ["CN-LBL-10", "cn-lbl", "Art 10", "user", "Declare and label AI-generated content when publishing; do not remove or forge labels.", "Meld en label AI-inhoud bij publicatie; verwijder of vervals geen labels.", all(fact("generative"), has("roles", "deployer", "operator")), { confidence: "V" }],
  ["CN-LBL-11", "cn-lbl", "Art 11", "provider", "Comply with the mandatory national standard GB 45438-2025.", "Volg de verplichte nationale norm GB 45438-2025.", LBL],
  ["CN-LBL-12", "cn-lbl", "Art 12", "provider", "Include labeling materials in algorithm filing and security assessment.", "Neem labelmateriaal op in de algoritmeregistratie en de veiligheidsbeoordeling.", LBL],
  ["CN-GB45438", "cn-gb45438", "GB 45438-2025", "provider", "Technical labels: 'AI生成' text marks, image labels of at least 5% of the shortest side, 2-second video labels, metadata with an AIGC identifier.", "Technische labels: tekstmarkering 'AI生成', beeldlabels van minstens 5% van de kortste zijde, videolabels van 2 seconden, metadata met AIGC-kenmerk.", LBL],
  ["CN-ANTH-DISCLOSE", "cn-anth", "Measures (article not retrieved)", "provider", "Tell users clearly that they interact with AI; remind them dynamically against over-dependence.", "Vertel gebruikers duidelijk dat ze met AI praten; waarschuw ze tijdens gebruik tegen overmatige afhankelijkheid.", ANTH],
  ["CN-ANTH-ADDICTION", "cn-anth", "Measures (draft Art 11)", "provider", "Detect over-dependence and extreme emotion; remind users to take a break after 2 hours; offer an easy exit.", "Signaleer overmatige afhankelijkheid en extreme emoties; laat na 2 uur een pauze voorstellen; bied een eenvoudige uitweg.", ANTH],
  ["CN-ANTH-LIFECYCLE", "cn-anth", "Arts 9-10", "provider", "Carry security responsibility across deployment, operation, upgrade and termination; monitor risks; keep logs.", "Draag veiligheidsverantwoordelijkheid bij inzet, werking, upgrade en beëindiging; monitor risico's; bewaar logs.", ANTH, { confidence: "V" }],
  ["CN-ANTH-CRISIS", "cn-anth", "Art 13", "provider", "Respond to extreme emotions; contact a guardian or emergency contact on self-harm intent or major property loss.", "Reageer op extreme emoties; neem contact op met voogd of noodcontact bij zelfbeschadiging of groot vermogensverlies.", ANTH, { confidence: "V" }],
  ["CN-ANTH-DATA", "cn-anth", "Art 16", "provider", "Encrypt and control access to interaction data; no training on sensitive interaction data without separate consent.", "Versleutel interactiedata en beperk toegang; niet trainen op gevoelige interactiedata zonder aparte toestemming.", ANTH, { confidence: "V" }],
  ["CN-ANTH-MINORS", "cn-anth", "Art 17", "provider", "Guardian consent for under-14s; minors' mode; no virtual intimate relationships or virtual relatives for minors.", "Toestemming van de voogd voor kinderen onder 14; minderjarigenmodus; geen virtuele intieme relaties of familieleden voor minderjarigen.", all(ANTH, flag("minors_among_users"))],
  ["CN-ANTH-ELDERLY", "cn-anth", "Measures (article not retrieved)", "provider", "Guide elderly users to set emergency contacts; do not simulate their relatives.", "Help oudere gebruikers een noodcontact in te stellen; boots hun familieleden niet na.", ANTH],
  ["CN-ANTH-FILING", "cn-anth", "Measures (article not retrieved)", "provider", "File the algorithm and a security assessment with the provincial CAC at launch and above 1,000,000 registered users or 100,000 monthly active users.", "Dien bij de lancering en boven 1.000.000 geregistreerde of 100.000 maandelijks actieve gebruikers een algoritmeregistratie en veiligheidsbeoordeling in bij de provinciale CAC.", all(ANTH, any(FILING, atLeast("user_counts.registered_users_CN", 1_000_001), atLeast("user_counts.mau_CN", 100_001)))],
  ["CN-PIPL-24", "cn-pipl", "Art 24", "handler", "Automated decisions: transparency and fairness, no unreasonable differential pricing, a non-personalised option, explanation and refusal of solely automated decisions with significant impact.", "Geautomatiseerde besluiten: transparant en eerlijk, geen onredelijke prijsverschillen, een niet-gepersonaliseerde optie, uitleg en weigering van volledig geautomatiseerde besluiten met grote gevolgen.", fact("automated_decision"), { confidence: "V" }],
  ["CN-PIPL-55", "cn-pipl", "Arts 55-56", "handler", "Carry out a personal-information protection impact assessment before automated decision-making or processing sensitive information.", "Voer een effectbeoordeling gegevensbescherming uit vóór geautomatiseerde besluitvorming of verwerking van gevoelige gegevens.", any(fact("automated_decision"), fact("sensitive_pi"))],
  ["CN-PIPL-28-29", "cn-pipl", "Arts 28-29, 31", "handler", "Sensitive personal information (biometrics, health, finance, minors under 14): specific purpose, necessity, separate consent.", "Gevoelige persoonsgegevens (biometrie, gezondheid, financiën, kinderen onder 14): specifiek doel, noodzaak, aparte toestemming.", fact("sensitive_pi")],
  ["CN-PIPL-26", "cn-pipl", "Art 26", "handler", "Image collection and identification in public places only for public security, with prominent signs.", "Beeldopname en identificatie in openbare ruimten alleen voor openbare veiligheid, met duidelijke borden.", all(has("use_context", "publicly_accessible_space"), has("biometrics", "remote_id_realtime", "remote_id_post"))],
  ["CN-PIPL-38", "cn-pipl", "Arts 38-40", "handler", "Use a transfer mechanism (security assessment, standard contract or certification) for personal information leaving China.", "Gebruik een doorgiftemechanisme (veiligheidsbeoordeling, standaardcontract of certificering) voor persoonsgegevens die China verlaten.", all(flag("personal_data"), { providerOutside: "CN" })],
];

const PENALTIES: readonly Row[] = [
  ["CN-PEN-ALG", "cn-alg", "Arts 31-33", "-", "Warning, criticism, rectification; serious cases suspension and RMB 10,000-100,000.", "Waarschuwing, berisping, herstel; in ernstige gevallen opschorting en RMB 10.000-100.000.", ALWAYS],
  ["CN-PEN-DS", "cn-ds", "Art 22", "-", "Penalties under the CSL, DSL and PIPL; otherwise warnings, suspension, RMB 10,000-100,000.", "Sancties volgens CSL, DSL en PIPL; anders waarschuwing, opschorting, RMB 10.000-100.000.", ALWAYS],
  ["CN-PEN-GAI", "cn-gai", "Art 21", "-", "No standalone fine: penalties under the CSL, DSL, PIPL; otherwise warning, rectification, suspension.", "Geen eigen boete: sancties volgens CSL, DSL, PIPL; anders waarschuwing, herstel, opschorting.", ALWAYS, { confidence: "V" }],
  ["CN-PEN-LBL", "cn-lbl", "Art 13", "-", "Handled by the competent departments under existing laws (no new fine scale).", "Afgehandeld door de bevoegde diensten onder bestaande wetten (geen nieuwe boeteschaal).", ALWAYS],
  ["CN-PEN-ANTH", "cn-anth", "Measures", "-", "Fines RMB 10,000-100,000; up to 200,000 where life or health was harmed.", "Boetes RMB 10.000-100.000; tot 200.000 bij schade aan leven of gezondheid.", ALWAYS],
  ["CN-PEN-CSL", "cn-csl", "CSL (amended)", "-", "Network operators up to RMB 10M in serious cases; individuals up to RMB 1M.", "Netwerkbeheerders tot RMB 10 mln in ernstige gevallen; personen tot RMB 1 mln.", ALWAYS],
  ["CN-PEN-PIPL", "cn-pipl", "Art 66", "-", "Serious violations: up to RMB 50M or 5% of prior-year turnover.", "Ernstige overtredingen: tot RMB 50 mln of 5% van de omzet van het vorige jaar.", ALWAYS],
];

const SCREENS: readonly Rule[] = [
  {
    ...cnRule(["CN-ANTH-SCOPE", "cn-anth", "Art 2", "provider", "Anthropomorphic interaction services (companions, virtual partners, digital humans) fall under the Anthropomorphic Measures.", "Antropomorfe interactiediensten (gezelschap, virtuele partners, digitale mensen) vallen onder de maatregelen voor antropomorfe interactie.", ANTH]),
    kind: "classification",
    context: flag("offered_to_public"),
    screen: true,
    confidence: "V",
    uncertain: {
      when: all(flag("offered_to_public"), flag("interacts_with_people"), not(flag("anthropomorphic_companion"))),
      reason: text("A conversational service: persona or companionship features would bring it under the Anthropomorphic Measures.", "Een conversatiedienst: persona- of gezelschapsfuncties zouden hem onder de antropomorfe maatregelen brengen."),
    },
  },
  {
    ...cnRule(["CN-FOREIGN", "cn-gai", "Art 20", "provider", "Generative services from outside mainland China that break the rules can be blocked.", "Generatieve diensten van buiten het Chinese vasteland die de regels overtreden, kunnen worden geblokkeerd.", all(fact("generative"), { providerOutside: "CN" })]),
    kind: "classification",
    context: fact("generative"),
    screen: true,
  },
  {
    ...cnRule(["CN-CSL-20", "cn-csl", "Art 20 (amended)", "state", "Programmatic: the State supports AI and strengthens ethics norms, risk monitoring and safety supervision (no direct operator duty yet).", "Programmatisch: de staat steunt AI en versterkt ethische normen, risicomonitoring en veiligheidstoezicht (nog geen directe plicht voor bedrijven).", fact("generative")]),
    kind: "note",
  },
];

const timeline = (id: string, date: string, en: string, nl: string, confidence: RuleConfidence, citationUrl: string): TimelineEvent => ({
  id,
  jurisdiction: "CN",
  date,
  text: text(en, nl),
  confidence,
  citationUrl,
});

export const CN_CATALOGUE: RuleCatalogue = {
  jurisdiction: "CN",
  instruments: CN_INSTRUMENTS,
  rules: [
    ...ROWS.map(cnRule),
    ...SCREENS,
    ...PENALTIES.map((row) => ({ ...cnRule(row), kind: "penalty" as const, tier: undefined })),
  ],
  facts: CN_FACTS,
  timeline: [
    timeline("CN-T-SA2018", "2018-11-30", "Security-assessment provisions for public-opinion services take effect.", "Bepalingen over veiligheidsbeoordeling van opiniediensten treden in werking.", "M", URL.alg),
    timeline("CN-T-TC260", "2024-02-29", "TC260-003 basic security requirements for generative AI (used in filing practice).", "TC260-003, basisveiligheidseisen voor generatieve AI (gebruikt bij registratie).", "M", URL.gai),
    timeline("CN-T-FILED-868", "2026-04-30", "868 generative AI services filed nationally.", "868 generatieve AI-diensten landelijk geregistreerd.", "S", URL.gai),
    timeline("CN-T-MINORS-DRAFT", "2026-09-18", "Draft provisions on minors' internet use (no virtual intimate relationships for minors), comments to 2026-10-17: pending.", "Ontwerpbepalingen over internetgebruik door minderjarigen (geen virtuele intieme relaties), reacties tot 2026-10-17: hangende.", "S", URL.anth),
    timeline("CN-T-AISGF-3", "2026-09-14", "AI Safety Governance Framework 3.0 (non-binding).", "AI Safety Governance Framework 3.0 (niet bindend).", "S", URL.csl),
  ],
};
