/** EU AI Act Art 50 transparency, Chapter V general-purpose models, Art 4 literacy and penalties (spec §2.6-2.10). */
import type { Rule } from "../rule.js";
import { ALWAYS, all, any, fact, flag, has, is, not, NEVER, text } from "./builders.js";
import { aiActFrom, CATEGORISATION_BAN, EMOTION_BAN, euRule, OMNIBUS, omnibusFrom, SOURCES } from "./eu-common.js";

const ART_50 = aiActFrom("2026-08-02");
const GENERATES = has("synthetic_content", "text", "image", "audio", "video");
const MARKS_OUTPUT = all(fact("system"), fact("provider"), GENERATES);
const PLACED_BEFORE_ART_50 = { placedBefore: "2026-08-02", market: "EU" } as const;

export const EU_TRANSPARENCY: readonly Rule[] = [
  euRule({
    id: "EU-AIA-50-1",
    article: "Art 50(1)",
    addressee: "provider",
    text: text(
      "Design the system so people are told they are interacting with an AI system (agents also say on whose behalf they act).",
      "Ontwerp het systeem zo dat mensen horen dat ze met een AI-systeem communiceren (agenten zeggen ook namens wie ze handelen).",
    ),
    context: fact("system"),
    trigger: all(fact("system"), fact("provider"), flag("interacts_with_people")),
    whyNot: text("The system does not interact directly with people (spam filters and passive systems do not).", "Het systeem communiceert niet rechtstreeks met mensen (spamfilters en passieve systemen niet)."),
    screen: true,
    tier: "EU_TRANSPARENCY",
    appliesFrom: ART_50,
    citationUrl: SOURCES.art50,
    penaltyRef: "EU-PEN-99-4",
  }),
  euRule({
    id: "EU-AIA-50-2",
    article: "Art 50(2)",
    addressee: "provider",
    text: text(
      "Mark synthetic audio, image, video and text output in a machine-readable format and make it detectable.",
      "Markeer synthetische audio, beelden, video en tekst machineleesbaar en maak ze detecteerbaar.",
    ),
    context: fact("system"),
    trigger: MARKS_OUTPUT,
    whyNot: text("The system does not generate synthetic audio, image, video or text.", "Het systeem maakt geen synthetische audio, beelden, video of tekst."),
    screen: true,
    tier: "EU_TRANSPARENCY",
    appliesFrom: ART_50,
    citationUrl: SOURCES.art50,
    penaltyRef: "EU-PEN-99-4",
  }),
  euRule({
    id: "EU-AIA-50-2-LEGACY",
    article: "Art 50(2), Art 111(4)",
    addressee: "provider",
    text: text(
      "Mark synthetic output machine-readably; systems placed on the market before 2 Aug 2026 have until 2 Dec 2026.",
      "Markeer synthetische output machineleesbaar; systemen die vóór 2 aug 2026 in de handel waren hebben tot 2 dec 2026.",
    ),
    trigger: all(MARKS_OUTPUT, PLACED_BEFORE_ART_50),
    replaces: "EU-AIA-50-2",
    tier: "EU_TRANSPARENCY",
    appliesFrom: omnibusFrom("2026-08-02"),
    transitions: [
      {
        when: ALWAYS,
        effect: { kind: "grace_period", until: "2026-12-02" },
        reason: text("Art 111(4): grace period for generative systems placed before 2 Aug 2026.", "Art. 111(4): overgangstermijn voor generatieve systemen van vóór 2 aug 2026."),
        citation: "Reg (EU) 2024/1689 Art 111(4) as amended by Reg (EU) 2026/1744",
        since: OMNIBUS,
      },
    ],
    citationUrl: SOURCES.timeline,
    penaltyRef: "EU-PEN-99-4",
  }),
  euRule({
    id: "EU-AIA-50-3",
    article: "Art 50(3)",
    addressee: "deployer",
    text: text(
      "Inform people exposed to emotion recognition or biometric categorisation; process their data under the GDPR.",
      "Informeer mensen die worden blootgesteld aan emotieherkenning of biometrische categorisering; verwerk hun gegevens volgens de AVG.",
    ),
    context: has("biometrics", "emotion_recognition", "categorisation_sensitive", "categorisation_other"),
    // Only permitted systems: a practice Art 5 bans is not made lawful by disclosure.
    trigger: all(
      fact("deployer"),
      any(
        has("biometrics", "categorisation_other"),
        all(has("biometrics", "emotion_recognition"), not(EMOTION_BAN)),
        all(has("biometrics", "categorisation_sensitive"), not(CATEGORISATION_BAN)),
      ),
    ),
    tier: "EU_TRANSPARENCY",
    appliesFrom: ART_50,
    citationUrl: SOURCES.art50,
    penaltyRef: "EU-PEN-99-4",
  }),
  euRule({
    id: "EU-AIA-50-4-a",
    article: "Art 50(4) first subpara",
    addressee: "deployer",
    text: text(
      "Disclose that published image, audio or video deep fakes are artificially generated or manipulated (lighter duty for evident art or satire).",
      "Maak bekend dat gepubliceerde deepfakes (beeld, audio, video) kunstmatig zijn gemaakt of bewerkt (lichter bij evidente kunst of satire).",
    ),
    context: flag("deepfake_of_real_persons"),
    trigger: all(fact("deployer"), flag("deepfake_of_real_persons")),
    whyNot: text("Addressed to deployers who publish deep fakes: pass it on to downstream deployers.", "Gericht aan gebruikers die deepfakes publiceren: geef het door aan afnemers."),
    tier: "EU_TRANSPARENCY",
    appliesFrom: ART_50,
    citationUrl: SOURCES.art50,
    penaltyRef: "EU-PEN-99-4",
  }),
  euRule({
    id: "EU-AIA-50-4-b",
    article: "Art 50(4) second subpara",
    addressee: "deployer",
    text: text(
      "Disclose that text published to inform the public on matters of public interest is AI-generated, unless a person with editorial responsibility reviewed it.",
      "Maak bekend dat tekst over zaken van algemeen belang door AI is gemaakt, tenzij iemand met redactionele verantwoordelijkheid die heeft nagekeken.",
    ),
    context: flag("publishes_public_interest_text"),
    trigger: all(fact("deployer"), flag("publishes_public_interest_text"), not(flag("editorial_responsibility"))),
    whyNot: text("Editorial-responsibility exception: human review with a person holding editorial responsibility.", "Uitzondering voor redactionele verantwoordelijkheid: menselijke controle door iemand met redactionele verantwoordelijkheid."),
    screen: true,
    tier: "EU_TRANSPARENCY",
    appliesFrom: ART_50,
    citationUrl: SOURCES.art50,
    penaltyRef: "EU-PEN-99-4",
  }),
];

const GPAI_LEGACY = [
  {
    when: { placedBefore: "2025-08-02", market: "EU" } as const,
    effect: { kind: "grace_period", until: "2027-08-02" } as const,
    reason: text("Art 111(3): models placed on the market before 2 Aug 2025 must comply by 2 Aug 2027.", "Art. 111(3): modellen die vóór 2 aug 2025 in de handel waren, moeten uiterlijk 2 aug 2027 voldoen."),
    citation: "Reg (EU) 2024/1689 Art 111(3)",
  },
];
const GPAI_PROVIDER = all(fact("gpai_model"), fact("provider"));
const NOT_FOSS_EXEMPT = any(fact("systemic"), not(fact("foss")));

const gpai = (id: string, article: string, en: string, nl: string, trigger: Rule["trigger"], tier: Rule["tier"] = "EU_GPAI"): Rule =>
  euRule({
    id,
    article,
    addressee: "GPAI model provider",
    text: text(en, nl),
    context: GPAI_PROVIDER,
    trigger,
    whyNot: text("Open-source exemption (Art 53(2)/54(6)) or threshold not met.", "Opensource-uitzondering (art. 53(2)/54(6)) of drempel niet gehaald."),
    tier,
    appliesFrom: aiActFrom("2025-08-02"),
    transitions: GPAI_LEGACY,
    citationUrl: SOURCES.gpai,
    penaltyRef: "EU-PEN-101",
  });

export const EU_GPAI: readonly Rule[] = [
  gpai("EU-AIA-53-1-a", "Art 53(1)(a), Annex XI", "Keep technical documentation of the model (incl. training compute and energy) for the AI Office and authorities.", "Houd technische documentatie van het model bij (ook rekenkracht en energie) voor het AI-bureau en toezichthouders.", all(GPAI_PROVIDER, NOT_FOSS_EXEMPT)),
  gpai("EU-AIA-53-1-b", "Art 53(1)(b), Annex XII", "Give downstream providers the information and documentation they need.", "Geef afnemende aanbieders de informatie en documentatie die ze nodig hebben.", all(GPAI_PROVIDER, NOT_FOSS_EXEMPT)),
  gpai("EU-AIA-53-1-c", "Art 53(1)(c)", "Put in place a copyright policy, honouring text-and-data-mining opt-outs.", "Voer een auteursrechtbeleid dat opt-outs voor tekst- en datamining respecteert.", GPAI_PROVIDER),
  gpai("EU-AIA-53-1-d", "Art 53(1)(d)", "Publish a sufficiently detailed summary of the training content (AI Office template).", "Publiceer een voldoende gedetailleerde samenvatting van de trainingsinhoud (sjabloon van het AI-bureau).", GPAI_PROVIDER),
  gpai("EU-AIA-54", "Art 54", "As a non-EU provider, appoint an EU authorised representative before placing the model on the market.", "Wijs als aanbieder van buiten de EU vóór het in de handel brengen een gemachtigde in de EU aan.", all(GPAI_PROVIDER, { providerOutside: "EU" }, NOT_FOSS_EXEMPT)),
  gpai("EU-AIA-52-1", "Art 52(1)", "Notify the Commission within two weeks that the model meets the systemic-risk threshold.", "Meld binnen twee weken aan de Commissie dat het model de drempel voor systeemrisico haalt.", all(GPAI_PROVIDER, fact("systemic")), "EU_GPAI_SYSTEMIC"),
  gpai("EU-AIA-55-1-a", "Art 55(1)(a)", "Evaluate the model with state-of-the-art methods, including documented adversarial testing.", "Evalueer het model volgens de stand van de techniek, met gedocumenteerde adversariële tests.", all(GPAI_PROVIDER, fact("systemic")), "EU_GPAI_SYSTEMIC"),
  gpai("EU-AIA-55-1-b", "Art 55(1)(b)", "Assess and mitigate systemic risks at Union level.", "Beoordeel en beperk systeemrisico's op het niveau van de Unie.", all(GPAI_PROVIDER, fact("systemic")), "EU_GPAI_SYSTEMIC"),
  gpai("EU-AIA-55-1-c", "Art 55(1)(c)", "Track, document and report serious incidents to the AI Office without undue delay.", "Volg, documenteer en meld ernstige incidenten onverwijld aan het AI-bureau.", all(GPAI_PROVIDER, fact("systemic")), "EU_GPAI_SYSTEMIC"),
  gpai("EU-AIA-55-1-d", "Art 55(1)(d)", "Ensure adequate cybersecurity for the model and its physical infrastructure.", "Zorg voor passende cyberbeveiliging van het model en de fysieke infrastructuur.", all(GPAI_PROVIDER, fact("systemic")), "EU_GPAI_SYSTEMIC"),
  euRule({
    id: "EU-AIA-53-2",
    kind: "exemption",
    article: "Art 53(2), 54(6)",
    addressee: "GPAI model provider",
    text: text("Open-source exemption from documentation duties and the authorised representative (not for systemic-risk models).", "Opensource-vrijstelling van documentatieplichten en de gemachtigde (niet voor modellen met systeemrisico)."),
    context: fact("gpai_model"),
    trigger: all(fact("foss"), not(fact("systemic"))),
    screen: true,
    tier: "EU_GPAI_FOSS",
    appliesFrom: aiActFrom("2025-08-02"),
    citationUrl: SOURCES.gpai,
  }),
  euRule({
    id: "EU-AIA-52-2",
    kind: "classification",
    article: "Art 52(2)",
    addressee: "GPAI model provider",
    text: text("Rebuttal: the provider may argue the model lacks systemic risk; the Commission decides.", "Weerlegging: de aanbieder kan stellen dat het model geen systeemrisico heeft; de Commissie beslist."),
    context: fact("systemic"),
    trigger: NEVER,
    uncertain: {
      when: fact("systemic"),
      reason: text("The 10^25 FLOP presumption can be rebutted; the Commission decides.", "Het vermoeden bij 10^25 FLOP is weerlegbaar; de Commissie beslist."),
    },
    screen: true,
    appliesFrom: aiActFrom("2025-08-02"),
    citationUrl: SOURCES.gpai,
  }),
];

export const EU_LITERACY: readonly Rule[] = [
  euRule({
    id: "EU-AIA-4",
    article: "Art 4",
    addressee: "provider, deployer",
    text: text(
      "Take measures to support sufficient AI literacy of staff and others operating AI on your behalf.",
      "Neem maatregelen die voldoende AI-geletterdheid ondersteunen bij personeel en anderen die namens u met AI werken.",
    ),
    trigger: all(fact("system"), not(is("deployer_type", "natural_person_nonprofessional"))),
    appliesFrom: aiActFrom("2025-02-02"),
    confidence: "S",
    confidenceNote: "Omnibus recast of Art 4 ('take measures to support') from secondary sources (spec §7 item 4).",
    citationUrl: SOURCES.timeline,
  }),
];

const penalty = (id: string, article: string, en: string, nl: string, date: string): Rule =>
  euRule({ id, kind: "penalty", article, addressee: "-", text: text(en, nl), trigger: ALWAYS, appliesFrom: aiActFrom(date), citationUrl: SOURCES.governance });

export const EU_PENALTIES: readonly Rule[] = [
  penalty("EU-PEN-99-3", "Art 99(3)", "Art 5 breach: up to EUR 35M or 7% of worldwide turnover (lower of, for SMEs and small mid-caps).", "Overtreding van art. 5: tot EUR 35 mln of 7% van de wereldwijde omzet (de laagste voor kmo's en kleine midcaps).", "2025-08-02"),
  penalty("EU-PEN-99-4", "Art 99(4)", "Operator duties including Art 50: up to EUR 15M or 3%.", "Plichten van marktdeelnemers, ook art. 50: tot EUR 15 mln of 3%.", "2025-08-02"),
  penalty("EU-PEN-99-5", "Art 99(5)", "Incorrect or misleading information to authorities: up to EUR 7.5M or 1%.", "Onjuiste of misleidende informatie aan toezichthouders: tot EUR 7,5 mln of 1%.", "2025-08-02"),
  penalty("EU-PEN-101", "Art 101", "General-purpose model providers (Commission): up to EUR 15M or 3%.", "Aanbieders van AI-modellen voor algemene doeleinden (Commissie): tot EUR 15 mln of 3%.", "2026-08-02"),
];
