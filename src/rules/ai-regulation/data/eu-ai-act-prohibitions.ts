/** EU AI Act Art 5 prohibited practices and the Art 5(2)-(5) conditions (spec §2.3). */
import type { Rule } from "../rule.js";
import { all, any, fact, flag, has, is, not, text } from "./builders.js";
import { aiActFrom, CATEGORISATION_BAN, EMOTION_BAN, euRule, omnibusFrom, RBI_BAN, RBI_FOR_LAW_ENFORCEMENT, SOURCES } from "./eu-common.js";

const CH2 = aiActFrom("2025-02-02");
const OMNIBUS_WORDING = "Exact wording of Art 5(1)(ba)/(bb) and 5(1a)/(1b) from one detailed secondary source (spec §7 item 2).";
const PROCEDURE_NOTE = "Art 5(2)-(7) procedural details from background knowledge, not re-read (spec §7 item 5).";

const ban = (rule: Omit<Parameters<typeof euRule>[0], "appliesFrom" | "addressee" | "citationUrl"> & Partial<Pick<Rule, "appliesFrom" | "citationUrl">>): Rule =>
  euRule({
    kind: "prohibition",
    addressee: "provider, deployer",
    context: fact("system"),
    screen: true,
    tier: "EU_PROHIBITED",
    appliesFrom: CH2,
    citationUrl: SOURCES.art5,
    penaltyRef: "EU-PEN-99-3",
    ...rule,
  });

export const EU_PROHIBITIONS: readonly Rule[] = [
  ban({
    id: "EU-AIA-5-1-a",
    article: "Art 5(1)(a)",
    text: text(
      "Do not use subliminal, manipulative or deceptive techniques that materially distort behaviour and cause or are likely to cause significant harm.",
      "Gebruik geen subliminale, manipulatieve of misleidende technieken die gedrag wezenlijk verstoren en aanzienlijke schade (kunnen) veroorzaken.",
    ),
    trigger: has("practice_flags", "subliminal_or_manipulative_harmful"),
  }),
  ban({
    id: "EU-AIA-5-1-b",
    article: "Art 5(1)(b)",
    text: text(
      "Do not exploit vulnerabilities due to age, disability or a social or economic situation so as to distort behaviour with significant harm.",
      "Buit geen kwetsbaarheden door leeftijd, handicap of sociale of economische situatie uit om gedrag te verstoren met aanzienlijke schade.",
    ),
    trigger: has("practice_flags", "exploits_vulnerability_harmful"),
    uncertain: {
      when: all(flag("minors_among_users"), any(flag("anthropomorphic_companion"), flag("interacts_with_people"))),
      reason: text(
        "Minors use a conversational or companion system: check that it does not exploit their vulnerability.",
        "Minderjarigen gebruiken een conversatie- of gezelschapssysteem: controleer dat het hun kwetsbaarheid niet uitbuit.",
      ),
    },
  }),
  ban({
    id: "EU-AIA-5-1-c",
    article: "Art 5(1)(c)",
    text: text(
      "Do not score people on social behaviour or personal traits where the score leads to unrelated-context or disproportionate detrimental treatment (public and private actors).",
      "Geef mensen geen score op sociaal gedrag of persoonskenmerken die leidt tot nadelige behandeling in een ander verband of buiten verhouding (publiek en privaat).",
    ),
    trigger: has("practice_flags", "social_scoring_cross_context_or_disproportionate"),
  }),
  ban({
    id: "EU-AIA-5-1-d",
    article: "Art 5(1)(d)",
    text: text(
      "Do not assess the risk that a person commits a crime based solely on profiling or personality traits.",
      "Beoordeel het risico dat iemand een strafbaar feit pleegt niet uitsluitend op basis van profilering of persoonlijkheidskenmerken.",
    ),
    trigger: has("practice_flags", "crime_prediction_solely_profiling"),
  }),
  ban({
    id: "EU-AIA-5-1-e",
    article: "Art 5(1)(e)",
    text: text(
      "Do not create or expand facial-recognition databases by untargeted scraping of facial images from the internet or CCTV.",
      "Leg geen gezichtsherkenningsdatabanken aan of breid ze niet uit door ongericht gezichtsbeelden van internet of camerabeelden te schrapen.",
    ),
    trigger: has("practice_flags", "untargeted_face_scraping"),
  }),
  ban({
    id: "EU-AIA-5-1-f",
    article: "Art 5(1)(f)",
    text: text(
      "Do not infer emotions of people at the workplace or in education institutions, unless for medical or safety reasons.",
      "Leid geen emoties af van mensen op de werkplek of in onderwijsinstellingen, tenzij om medische of veiligheidsredenen.",
    ),
    trigger: EMOTION_BAN,
  }),
  ban({
    id: "EU-AIA-5-1-g",
    article: "Art 5(1)(g)",
    text: text(
      "Do not categorise people biometrically to infer race, political opinions, union membership, beliefs, sex life or sexual orientation.",
      "Categoriseer mensen niet biometrisch om ras, politieke opvattingen, vakbondslidmaatschap, overtuigingen, seksleven of seksuele geaardheid af te leiden.",
    ),
    trigger: CATEGORISATION_BAN,
  }),
  ban({
    id: "EU-AIA-5-1-h",
    article: "Art 5(1)(h)",
    text: text(
      "Do not use real-time remote biometric identification in publicly accessible spaces for law enforcement, outside the narrow Art 5(1)(h) exceptions.",
      "Gebruik geen realtime biometrische identificatie op afstand in openbare ruimten voor rechtshandhaving, buiten de smalle uitzonderingen van art. 5(1)(h).",
    ),
    trigger: RBI_BAN,
  }),
  ban({
    id: "EU-AIA-5-1-ba",
    article: "Art 5(1)(ba), 5(1a)",
    text: text(
      "Do not offer or use systems that generate non-consensual intimate images of identifiable persons, by purpose or as a foreseeable outcome without adequate safeguards.",
      "Bied of gebruik geen systemen die zonder toestemming intieme beelden van herkenbare personen maken, als doel of als voorzienbaar gevolg zonder passende waarborgen.",
    ),
    trigger: any(has("practice_flags", "ncii_purpose"), all(flag("ncii_capable"), not(flag("ncii_safeguards")))),
    appliesFrom: omnibusFrom("2026-12-02"),
    confidence: "S",
    confidenceNote: OMNIBUS_WORDING,
    citationUrl: SOURCES.omnibus,
  }),
  ban({
    id: "EU-AIA-5-1-bb",
    article: "Art 5(1)(bb), 5(1a)",
    text: text(
      "Do not offer or use systems that generate child sexual abuse material; image and video generators need adequate safeguards.",
      "Bied of gebruik geen systemen die beelden van seksueel kindermisbruik maken; beeld- en videogeneratoren hebben passende waarborgen nodig.",
    ),
    trigger: all(has("synthetic_content", "image", "video"), not(flag("csam_safeguards"))),
    appliesFrom: omnibusFrom("2026-12-02"),
    confidence: "S",
    confidenceNote: OMNIBUS_WORDING,
    citationUrl: SOURCES.omnibus,
  }),
];

const rbiCondition = (id: string, article: string, en: string, nl: string): Rule =>
  euRule({
    id,
    article,
    addressee: "deployer",
    text: text(en, nl),
    trigger: all(RBI_FOR_LAW_ENFORCEMENT, not(is("rbi_exception", "none"))),
    appliesFrom: CH2,
    confidence: "M",
    confidenceNote: PROCEDURE_NOTE,
    citationUrl: SOURCES.art5,
    penaltyRef: "EU-PEN-99-3",
  });

/** Conditions on the real-time RBI exceptions, and the consequence of a hit. */
export const EU_PROHIBITION_CONDITIONS: readonly Rule[] = [
  rbiCondition(
    "EU-AIA-5-2",
    "Art 5(2)",
    "Use only to confirm the identity of the specifically targeted person; complete a fundamental-rights impact assessment and register the system first.",
    "Alleen gebruiken om de identiteit van de specifiek gezochte persoon te bevestigen; eerst een grondrechteneffectbeoordeling doen en het systeem registreren.",
  ),
  rbiCondition(
    "EU-AIA-5-3",
    "Art 5(3)",
    "Obtain prior authorisation from a judicial or independent administrative authority (in urgency, request it within 24 hours; if refused, stop and delete).",
    "Vraag vooraf toestemming aan een rechterlijke of onafhankelijke bestuurlijke instantie (bij spoed binnen 24 uur; bij weigering stoppen en wissen).",
  ),
  rbiCondition(
    "EU-AIA-5-4",
    "Art 5(4)",
    "Notify the market-surveillance authority and the national data-protection authority of each use.",
    "Meld elk gebruik aan de markttoezichthouder en de nationale gegevensbeschermingsautoriteit.",
  ),
  {
    ...rbiCondition(
      "EU-AIA-5-5",
      "Art 5(5)",
      "Use is possible only where national law provides for it.",
      "Gebruik is alleen mogelijk als het nationale recht erin voorziet.",
    ),
    caveats: [
      {
        when: not(flag("rbi_national_law_enables")),
        reason: text("The profile does not state that national law enables this use.", "Het profiel vermeldt niet dat het nationale recht dit gebruik toestaat."),
      },
    ],
  },
  euRule({
    id: "EU-AIA-5-CEASE",
    article: "Art 5",
    addressee: "provider, deployer",
    text: text(
      "Do not place on the market, put into service or use this system in the EU (GDPR duties are unaffected).",
      "Breng dit systeem in de EU niet in de handel, stel het niet in gebruik en gebruik het niet (AVG-plichten blijven gelden).",
    ),
    trigger: { prohibitedAtD: true },
    appliesFrom: CH2,
    citationUrl: SOURCES.art5,
    penaltyRef: "EU-PEN-99-3",
  }),
];
