/** EU AI Act high-risk classification (Art 6, Annex I/III) and provider/deployer duties (spec §2.4-2.5). */
import type { Condition, Rule, Text } from "../rule.js";
import { all, any, fact, has, is, not, role, text } from "./builders.js";
import {
  ANNEX_I_SCHEDULE,
  ANNEX_III_POINTS,
  ANNEX_III_SCHEDULE,
  euRule,
  HIGH_RISK_LEGACY,
  HIGH_RISK_SCHEDULE,
  SOURCES,
} from "./eu-common.js";

const AREAS: Readonly<Record<string, Text>> = {
  "1": text("Biometrics", "Biometrie"),
  "2": text("Critical infrastructure", "Kritieke infrastructuur"),
  "3": text("Education and vocational training", "Onderwijs en beroepsopleiding"),
  "4": text("Employment and workers' management", "Werkgelegenheid en personeelsbeheer"),
  "5": text("Essential private and public services", "Essentiële particuliere en publieke diensten"),
  "6": text("Law enforcement", "Rechtshandhaving"),
  "7": text("Migration, asylum and border control", "Migratie, asiel en grenstoezicht"),
  "8": text("Administration of justice and democratic processes", "Rechtsbedeling en democratische processen"),
};

const annexIIIScreen = (point: string): Rule =>
  euRule({
    id: `EU-ANX3-${point}`,
    kind: "classification",
    article: `Annex III point ${point}`,
    addressee: "provider, deployer",
    text: text(`Annex III area: ${AREAS[point]!.en}.`, `Gebied van bijlage III: ${AREAS[point]!.nl}.`),
    context: fact("system"),
    trigger: any(...ANNEX_III_POINTS.filter((entry) => entry.point.startsWith(point)).map((entry) => entry.when)),
    screen: true,
    appliesFrom: ANNEX_III_SCHEDULE,
    confidence: Number(point) >= 6 ? "M" : "V",
    ...(Number(point) >= 6 ? { confidenceNote: "Annex III points 6-8 wording from background knowledge (spec §7 item 5)." } : {}),
    citationUrl: SOURCES.highRisk,
  });

export const EU_CLASSIFICATION: readonly Rule[] = [
  euRule({
    id: "EU-AIA-6-1",
    kind: "classification",
    article: "Art 6(1), Annex I",
    addressee: "provider",
    text: text(
      "High-risk as a product (or safety component) under Annex I legislation that needs third-party conformity assessment.",
      "Hoog risico als product (of veiligheidscomponent) onder wetgeving uit bijlage I waarvoor conformiteitsbeoordeling door derden nodig is.",
    ),
    context: fact("system"),
    trigger: fact("annex_i"),
    uncertain: {
      when: { annexI: "section_b" },
      reason: text(
        "Annex I Section B: the sectoral act carries the AI requirements (Art 2(2)); classification needs review.",
        "Bijlage I, afdeling B: de sectorwet draagt de AI-eisen (art. 2(2)); de indeling moet worden nagegaan.",
      ),
    },
    screen: true,
    tier: "EU_HIGH_RISK_ANNEX_I",
    appliesFrom: ANNEX_I_SCHEDULE,
    citationUrl: SOURCES.highRisk,
  }),
  euRule({
    id: "EU-AIA-6-2",
    kind: "classification",
    article: "Art 6(2), Annex III",
    addressee: "provider",
    text: text("High-risk because the intended purpose falls under Annex III.", "Hoog risico omdat het beoogde doel onder bijlage III valt."),
    context: fact("system"),
    trigger: fact("annex_iii_high_risk"),
    screen: true,
    tier: "EU_HIGH_RISK_ANNEX_III",
    appliesFrom: ANNEX_III_SCHEDULE,
    citationUrl: SOURCES.highRisk,
  }),
  ...["1", "2", "3", "4", "5", "6", "7", "8"].map(annexIIIScreen),
  euRule({
    id: "EU-AIA-6-3",
    kind: "exemption",
    article: "Art 6(3)",
    addressee: "provider",
    text: text(
      "Derogation: an Annex III system that performs a narrow, preparatory or reviewing task without significant risk is not high-risk (never if it profiles people).",
      "Uitzondering: een systeem uit bijlage III dat een beperkte, voorbereidende of controlerende taak uitvoert zonder aanzienlijk risico is geen hoog risico (nooit bij profilering).",
    ),
    context: fact("annex_iii"),
    trigger: fact("derogated"),
    screen: true,
    appliesFrom: ANNEX_III_SCHEDULE,
    citationUrl: SOURCES.highRisk,
  }),
  euRule({
    id: "EU-AIA-6-4",
    article: "Art 6(4)",
    addressee: "provider",
    text: text(
      "Document the assessment that the system is not high-risk before placing it on the market; give it to authorities on request.",
      "Leg vóór het in de handel brengen vast waarom het systeem geen hoog risico is; geef dat op verzoek aan de toezichthouder.",
    ),
    context: fact("annex_iii"),
    trigger: fact("derogated"),
    tier: "EU_NOT_HIGH_RISK_6_3",
    appliesFrom: ANNEX_III_SCHEDULE,
    citationUrl: SOURCES.highRisk,
  }),
  euRule({
    id: "EU-AIA-49-2",
    article: "Art 49(2)",
    addressee: "provider",
    text: text(
      "Register the derogated system in the EU database before placing it on the market.",
      "Registreer het uitgezonderde systeem vóór het in de handel brengen in de EU-databank.",
    ),
    context: fact("annex_iii"),
    trigger: fact("derogated"),
    tier: "EU_NOT_HIGH_RISK_6_3",
    appliesFrom: ANNEX_III_SCHEDULE,
    confidence: "S",
    confidenceNote: "Whether the omnibus kept Art 49(2): one post-omnibus source says kept (spec §7 item 3).",
    citationUrl: SOURCES.art49,
  }),
];

type DutyRow = readonly [id: string, article: string, en: string, nl: string, extra?: Partial<Rule>];

const providerDuty = ([id, article, en, nl, extra]: DutyRow): Rule =>
  euRule({
    id,
    article,
    addressee: "provider",
    text: text(en, nl),
    context: all(fact("high_risk"), fact("provider")),
    trigger: all(fact("high_risk"), fact("provider")),
    appliesFrom: HIGH_RISK_SCHEDULE,
    transitions: HIGH_RISK_LEGACY,
    citationUrl: SOURCES.highRiskObligations,
    penaltyRef: "EU-PEN-99-4",
    ...extra,
  });

const deployerDuty = ([id, article, en, nl, extra]: DutyRow): Rule =>
  euRule({
    id,
    article,
    addressee: "deployer",
    text: text(en, nl),
    context: all(fact("high_risk"), fact("deployer")),
    trigger: all(fact("high_risk"), fact("deployer")),
    appliesFrom: HIGH_RISK_SCHEDULE,
    transitions: HIGH_RISK_LEGACY,
    citationUrl: SOURCES.deployer,
    penaltyRef: "EU-PEN-99-4",
    ...extra,
  });

const onlyAnnexIII = (base: Condition): Condition => all(base, fact("annex_iii_high_risk"));
const notPoint2 = not(fact("annex_iii_point_2_only"));
const PUBLIC_BODY = is("deployer_type", "public_authority", "law_enforcement", "eu_institution", "private_providing_public_service");

const PROVIDER_ROWS: readonly DutyRow[] = [
  ["EU-AIA-9", "Art 9", "Run a risk-management system across the lifecycle, including foreseeable misuse, minors and vulnerable groups; test before placing on the market.", "Voer een risicobeheersysteem over de hele levensduur, ook voor voorzienbaar misbruik, minderjarigen en kwetsbare groepen; test vóór het in de handel brengen."],
  ["EU-AIA-10", "Art 10 (+ Art 4a)", "Govern training, validation and test data: relevant, representative, as error-free as possible, examined and corrected for bias.", "Beheer trainings-, validatie- en testdata: relevant, representatief, zo foutloos mogelijk, onderzocht en gecorrigeerd op vertekening."],
  ["EU-AIA-11", "Art 11, Annex IV", "Draw up Annex IV technical documentation before placing on the market and keep it current (simplified form for SMEs and small mid-caps).", "Stel vóór het in de handel brengen technische documentatie volgens bijlage IV op en houd die actueel (vereenvoudigd voor kmo's en kleine midcaps)."],
  ["EU-AIA-12", "Art 12", "Build in automatic event logging over the system's lifetime.", "Bouw automatische logregistratie in over de hele levensduur."],
  ["EU-AIA-13", "Art 13", "Give deployers instructions for use: accuracy, limitations, oversight measures, how to read the logs.", "Geef gebruiksverantwoordelijken gebruiksinstructies: nauwkeurigheid, beperkingen, toezichtmaatregelen, uitleg van de logs."],
  ["EU-AIA-14", "Art 14", "Design for effective human oversight: understand, avoid automation bias, override, stop.", "Ontwerp voor effectief menselijk toezicht: begrijpen, automatiseringsbias vermijden, ingrijpen, stoppen."],
  ["EU-AIA-15", "Art 15", "Ensure accuracy, robustness and cybersecurity, including against data or model poisoning and adversarial examples.", "Zorg voor nauwkeurigheid, robuustheid en cyberbeveiliging, ook tegen data- of modelvergiftiging en adversariële voorbeelden."],
  ["EU-AIA-16-b", "Art 16(b)", "Show name, trade name or mark and contact address on the system, packaging or documentation.", "Vermeld naam, handelsnaam of merk en contactadres op het systeem, de verpakking of de documentatie."],
  ["EU-AIA-17", "Art 17", "Operate a quality-management system proportionate to the organisation's size.", "Voer een kwaliteitsbeheersysteem dat past bij de omvang van de organisatie."],
  ["EU-AIA-18", "Art 18", "Keep the documentation for 10 years.", "Bewaar de documentatie 10 jaar."],
  ["EU-AIA-19", "Art 19", "Keep automatically generated logs under your control for at least 6 months.", "Bewaar automatisch gegenereerde logs onder eigen beheer minstens 6 maanden."],
  ["EU-AIA-20", "Art 20", "Take corrective action and inform others when the system does not conform.", "Neem corrigerende maatregelen en informeer anderen als het systeem niet voldoet."],
  ["EU-AIA-22", "Art 22", "Appoint an authorised representative in the EU by written mandate before making the system available.", "Wijs vóór het aanbieden schriftelijk een gemachtigde in de EU aan.", { trigger: all(fact("high_risk"), fact("provider"), { providerOutside: "EU" }), whyNot: text("The provider is established in the EU (or did not state otherwise).", "De aanbieder is in de EU gevestigd (of gaf niets anders op).") }],
  ["EU-AIA-43", "Art 43", "Complete the conformity assessment (Annex VI internal control; notified body for some biometrics; the sectoral procedure for Annex I products).", "Doorloop de conformiteitsbeoordeling (interne controle volgens bijlage VI; aangemelde instantie voor sommige biometrie; de sectorprocedure voor producten uit bijlage I)."],
  ["EU-AIA-47", "Art 47", "Draw up the EU declaration of conformity.", "Stel de EU-conformiteitsverklaring op."],
  ["EU-AIA-48", "Art 48", "Affix the CE marking.", "Breng de CE-markering aan."],
  ["EU-AIA-49-1", "Art 49(1)", "Register yourself and the system in the EU database before placing on the market (point 2 systems register nationally).", "Registreer uzelf en het systeem vóór het in de handel brengen in de EU-databank (systemen van punt 2 nationaal)."],
  ["EU-AIA-72", "Art 72", "Set up post-market monitoring with a plan.", "Richt monitoring na het in de handel brengen in, met een plan."],
  ["EU-AIA-73", "Art 73", "Report serious incidents to the market-surveillance authority within 15 days (10 if death, 2 if widespread or critical infrastructure).", "Meld ernstige incidenten binnen 15 dagen aan de markttoezichthouder (10 bij overlijden, 2 bij grootschalige inbreuk of kritieke infrastructuur).", { confidence: "M", confidenceNote: "Art 73 deadlines from background knowledge (spec §7 item 5)." }],
  ["EU-AIA-16-l", "Art 16(l)", "Meet the accessibility requirements of Directives 2016/2102 and 2019/882.", "Voldoe aan de toegankelijkheidseisen van richtlijnen 2016/2102 en 2019/882.", { confidence: "M", confidenceNote: "From background knowledge of the text." }],
];

const DEPLOYER_ROWS: readonly DutyRow[] = [
  ["EU-AIA-26-1", "Art 26(1)", "Take technical and organisational measures to use the system according to its instructions.", "Neem technische en organisatorische maatregelen om het systeem volgens de instructies te gebruiken."],
  ["EU-AIA-26-2", "Art 26(2)", "Assign human oversight to competent, trained people with authority.", "Wijs menselijk toezicht toe aan bekwame, getrainde mensen met zeggenschap."],
  ["EU-AIA-26-4", "Art 26(4)", "Keep input data under your control relevant and sufficiently representative.", "Houd invoerdata onder uw beheer relevant en voldoende representatief."],
  ["EU-AIA-26-5", "Art 26(5)", "Monitor operation; on risk, inform the provider and authority and suspend use; report serious incidents.", "Monitor de werking; meld risico's aan aanbieder en toezichthouder en schort het gebruik op; meld ernstige incidenten."],
  ["EU-AIA-26-6", "Art 26(6)", "Keep the logs under your control for at least 6 months.", "Bewaar de logs onder uw beheer minstens 6 maanden."],
  ["EU-AIA-26-7", "Art 26(7)", "As employer, inform workers' representatives and affected workers before using the system at work.", "Informeer als werkgever de werknemersvertegenwoordiging en betrokken werknemers vóór gebruik op het werk.", { trigger: onlyAnnexIII(all(fact("deployer"), has("decision_domains", "employment_recruitment", "employment_management"), role("employer"))), whyNot: text("Not an employment (Annex III point 4) system deployed by an employer.", "Geen werkgelegenheidssysteem (bijlage III, punt 4) ingezet door een werkgever.") }],
  ["EU-AIA-26-8", "Art 26(8)", "As a public-authority deployer, use only systems registered in the EU database.", "Gebruik als overheidsinstantie alleen systemen die in de EU-databank zijn geregistreerd.", { trigger: all(fact("high_risk"), fact("deployer"), is("deployer_type", "public_authority", "law_enforcement", "eu_institution")), whyNot: text("The deployer is not a public authority.", "De gebruiksverantwoordelijke is geen overheidsinstantie.") }],
  ["EU-AIA-26-9", "Art 26(9)", "Use the provider's Art 13 information to carry out the GDPR data-protection impact assessment.", "Gebruik de informatie van de aanbieder (art. 13) voor de gegevensbeschermingseffectbeoordeling (AVG)."],
  ["EU-AIA-26-10", "Art 26(10)", "For post-remote biometric identification in law enforcement: authorisation ex ante or within 48 hours, no untargeted use, annual reports.", "Voor biometrische identificatie achteraf bij rechtshandhaving: toestemming vooraf of binnen 48 uur, geen ongericht gebruik, jaarverslagen.", { trigger: all(fact("high_risk"), fact("deployer"), has("biometrics", "remote_id_post"), is("deployer_type", "law_enforcement")), whyNot: text("No post-remote biometric identification by law enforcement.", "Geen biometrische identificatie achteraf door rechtshandhaving.") }],
  ["EU-AIA-26-11", "Art 26(11)", "Tell the people concerned that they are subject to a high-risk system that makes or assists decisions about them.", "Vertel betrokkenen dat over hen een hoog-risicosysteem beslist of meebeslist.", { trigger: onlyAnnexIII(fact("deployer")), whyNot: text("Annex III systems only.", "Alleen voor systemen uit bijlage III.") }],
  ["EU-AIA-27", "Art 27", "Carry out a fundamental-rights impact assessment before first use and notify the results to the market-surveillance authority.", "Voer vóór het eerste gebruik een grondrechteneffectbeoordeling uit en meld de uitkomst aan de markttoezichthouder.", { trigger: onlyAnnexIII(all(fact("deployer"), notPoint2, any(PUBLIC_BODY, has("decision_domains", "credit", "insurance_life_health")))), whyNot: text("Only public bodies, private entities providing public services, and deployers of Annex III 5(b) credit or 5(c) life/health insurance systems.", "Alleen publieke organen, private partijen met een publieke dienst en gebruikers van kredietsystemen (5(b)) of levens- en ziekteverzekeringssystemen (5(c)) uit bijlage III.") }],
  ["EU-AIA-49-3", "Art 49(3)", "Register your use of the system in the EU database (public authorities and those acting for them).", "Registreer uw gebruik van het systeem in de EU-databank (overheden en wie namens hen handelt).", { trigger: onlyAnnexIII(all(fact("deployer"), notPoint2, PUBLIC_BODY)), whyNot: text("The deployer is not a public authority or acting on its behalf.", "De gebruiksverantwoordelijke is geen overheid en handelt niet namens een overheid."), citationUrl: SOURCES.art49 }],
  ["EU-AIA-86", "Art 86", "Give affected persons a clear and meaningful explanation of the system's role and the main elements of the decision.", "Geef betrokkenen een duidelijke en zinvolle uitleg over de rol van het systeem en de belangrijkste elementen van het besluit.", { trigger: onlyAnnexIII(all(fact("deployer"), notPoint2)), whyNot: text("Annex III systems (other than point 2) only.", "Alleen voor systemen uit bijlage III (behalve punt 2)."), confidence: "M", confidenceNote: "Art 86 from background knowledge (spec §7 item 5)." }],
];

const OTHER_OPERATORS: readonly Rule[] = [
  euRule({
    id: "EU-AIA-23",
    article: "Art 23",
    addressee: "importer",
    text: text("As importer, verify conformity assessment, documentation, CE marking and authorised representative before placing on the market.", "Controleer als importeur vóór het in de handel brengen de conformiteitsbeoordeling, documentatie, CE-markering en gemachtigde."),
    trigger: all(fact("high_risk"), has("roles", "importer")),
    appliesFrom: HIGH_RISK_SCHEDULE,
    transitions: HIGH_RISK_LEGACY,
    confidence: "M",
    confidenceNote: "Importer and distributor duties from background knowledge.",
    citationUrl: SOURCES.highRiskObligations,
    penaltyRef: "EU-PEN-99-4",
  }),
  euRule({
    id: "EU-AIA-24",
    article: "Art 24",
    addressee: "distributor",
    text: text("As distributor, verify CE marking, declaration of conformity and instructions before making the system available.", "Controleer als distributeur vóór het aanbieden de CE-markering, conformiteitsverklaring en instructies."),
    trigger: all(fact("high_risk"), has("roles", "distributor")),
    appliesFrom: HIGH_RISK_SCHEDULE,
    transitions: HIGH_RISK_LEGACY,
    confidence: "M",
    confidenceNote: "Importer and distributor duties from background knowledge.",
    citationUrl: SOURCES.highRiskObligations,
    penaltyRef: "EU-PEN-99-4",
  }),
];

export const EU_HIGH_RISK_DUTIES: readonly Rule[] = [
  ...PROVIDER_ROWS.map(providerDuty),
  ...DEPLOYER_ROWS.map(deployerDuty),
  ...OTHER_OPERATORS,
];
