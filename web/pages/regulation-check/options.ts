/** The values the profile's list and choice fields take, with plain labels in English and Dutch. */
import type { Localized } from "../../i18n/locale.js";

export interface Option {
  readonly value: string;
  readonly label: Localized;
}

const option = (value: string, en: string, nl: string): Option => ({ value, label: { en, nl } });

export const ARTIFACTS = [
  option("system", "An AI system (an application or service)", "Een AI-systeem (een toepassing of dienst)"),
  option("model", "An AI model (weights others build on)", "Een AI-model (gewichten waarop anderen bouwen)"),
  option("both", "Both: our own model inside our own service", "Beide: een eigen model in een eigen dienst"),
];

export const ROLES = [
  option(
    "provider",
    "We build it and put it on the market under our name",
    "We bouwen het en brengen het onder onze naam op de markt",
  ),
  option("deployer", "We use it in our own work", "We gebruiken het in ons eigen werk"),
  option("importer", "We bring a foreign system into the EU", "We brengen een buitenlands systeem de EU in"),
  option("distributor", "We resell or distribute it", "We verkopen of verspreiden het door"),
  option(
    "developer",
    "We develop or substantially change it (US wording)",
    "We ontwikkelen of wijzigen het ingrijpend (Amerikaanse term)",
  ),
  option(
    "operator",
    "We operate the service (China, US wording)",
    "We exploiteren de dienst (Chinese en Amerikaanse term)",
  ),
  option(
    "employer",
    "We use it for our own staff or applicants",
    "We gebruiken het voor eigen personeel of sollicitanten",
  ),
  option("platform", "We host content or apps of others", "We hosten inhoud of apps van anderen"),
];

export const DEPLOYER_TYPES = [
  option("private", "A private company or organisation", "Een bedrijf of private organisatie"),
  option("public_authority", "A public authority", "Een overheidsinstantie"),
  option("law_enforcement", "Police or another law-enforcement body", "Politie of een andere opsporingsinstantie"),
  option(
    "private_providing_public_service",
    "A private body providing a public service",
    "Een private partij die een publieke dienst levert",
  ),
  option("eu_institution", "An EU institution or agency", "Een EU-instelling of -agentschap"),
  option(
    "natural_person_nonprofessional",
    "A person using it privately, not professionally",
    "Een persoon die het privé gebruikt, niet beroepsmatig",
  ),
];

export const MARKETS = [
  option("EU", "European Union (any member state)", "Europese Unie (elke lidstaat)"),
  option("EU-NL", "Netherlands", "Nederland"),
  option("EU-BE", "Belgium", "België"),
  option("EU-DE", "Germany", "Duitsland"),
  option("EU-FR", "France", "Frankrijk"),
  option("CN", "Mainland China", "Vasteland van China"),
  option("US-FED", "United States (federal law)", "Verenigde Staten (federaal recht)"),
  option("US-CA", "California", "Californië"),
  option("US-CO", "Colorado", "Colorado"),
  option("US-TX", "Texas", "Texas"),
  option("US-IL", "Illinois", "Illinois"),
  option("US-NY", "New York State", "Staat New York"),
  option("US-NYC", "New York City", "New York City"),
  option("US-UT", "Utah", "Utah"),
];

export const PURPOSES = [
  option("content_generation", "Generating text, images, audio or video", "Tekst, beeld, audio of video genereren"),
  option(
    "personalised_recommendation",
    "Personalised recommendations or feeds",
    "Gepersonaliseerde aanbevelingen of tijdlijnen",
  ),
  option(
    "ranking_selection",
    "Ranking or selecting (search results, candidates)",
    "Rangschikken of selecteren (zoekresultaten, kandidaten)",
  ),
  option("retrieval_filtering", "Search, retrieval or filtering", "Zoeken, ophalen of filteren"),
  option("scheduling_dispatch", "Scheduling or dispatching work", "Werk inplannen of verdelen"),
  option("fraud_detection", "Detecting financial fraud", "Financiële fraude opsporen"),
  option("diagnostic_support", "Supporting medical diagnosis", "Ondersteunen van medische diagnose"),
  option(
    "critical_infrastructure_safety",
    "Safety of critical infrastructure (energy, water, traffic)",
    "Veiligheid van vitale infrastructuur (energie, water, verkeer)",
  ),
  option("election_campaign_logistics", "Organising election campaigns", "Organiseren van verkiezingscampagnes"),
];

export const SYNTHETIC_CONTENT = [
  option("text", "Text", "Tekst"),
  option("image", "Images", "Beelden"),
  option("audio", "Audio or voice", "Audio of stem"),
  option("video", "Video", "Video"),
  option("virtual_scene", "Virtual scenes", "Virtuele omgevingen"),
];

export const DECISION_DOMAINS = [
  option(
    "employment_recruitment",
    "Hiring: recruiting, screening or selecting applicants",
    "Werving: kandidaten zoeken, screenen of selecteren",
  ),
  option(
    "employment_management",
    "Work: promotion, dismissal, task allocation, monitoring",
    "Werk: promotie, ontslag, taakverdeling, toezicht",
  ),
  option("education_access", "Admission to education", "Toelating tot onderwijs"),
  option("education_assessment", "Grading or assessing learning", "Beoordelen of toetsen van leerresultaten"),
  option(
    "education_level",
    "Deciding the level of education someone gets",
    "Bepalen welk onderwijsniveau iemand krijgt",
  ),
  option("education_proctoring", "Watching students during tests", "Studenten bewaken tijdens toetsen"),
  option("credit", "Credit scoring or lending", "Kredietscores of leningen"),
  option(
    "insurance_life_health",
    "Life or health insurance pricing and risk",
    "Prijs en risico van levens- of zorgverzekeringen",
  ),
  option("insurance_other", "Other insurance", "Andere verzekeringen"),
  option("public_benefits", "Public benefits and services", "Uitkeringen en publieke diensten"),
  option("emergency_dispatch", "Emergency calls and dispatch", "Noodoproepen en inzet van hulpdiensten"),
  option("housing", "Housing", "Huisvesting"),
  option("healthcare", "Health care", "Zorg"),
  option("legal_services", "Legal services", "Juridische diensten"),
  option("justice", "Courts and dispute resolution", "Rechtspraak en geschillenbeslechting"),
  option("elections", "Influencing elections or voting", "Beïnvloeden van verkiezingen of stemgedrag"),
  option(
    "law_enforcement_victim_risk",
    "Police: risk of becoming a victim",
    "Politie: risico om slachtoffer te worden",
  ),
  option("law_enforcement_polygraph", "Police: lie detection", "Politie: leugendetectie"),
  option("law_enforcement_evidence", "Police: weighing evidence", "Politie: betrouwbaarheid van bewijs"),
  option(
    "law_enforcement_offending_risk",
    "Police: risk of (re)offending",
    "Politie: risico op (herhaalde) criminaliteit",
  ),
  option("law_enforcement_profiling", "Police: profiling in investigations", "Politie: profilering bij onderzoek"),
  option("migration_polygraph", "Migration: lie detection", "Migratie: leugendetectie"),
  option(
    "migration_risk_assessment",
    "Migration: risk assessment of people",
    "Migratie: risicobeoordeling van personen",
  ),
  option(
    "migration_applications",
    "Migration: asylum, visa or residence applications",
    "Migratie: asiel-, visum- of verblijfsaanvragen",
  ),
  option("migration_identification", "Migration: identifying people", "Migratie: personen identificeren"),
];

export const ART_6_3_CONDITIONS = [
  option("none", "None of these: it shapes the decision itself", "Geen van deze: het bepaalt het besluit zelf mee"),
  option(
    "narrow_procedural",
    "A narrow procedural task (e.g. sorting documents)",
    "Een beperkte procedurele taak (bijv. documenten sorteren)",
  ),
  option(
    "improves_prior_human",
    "Improving the result of work a person already finished",
    "Het resultaat verbeteren van werk dat een mens al afrondde",
  ),
  option(
    "pattern_detection_with_review",
    "Spotting patterns or deviations, with human review",
    "Patronen of afwijkingen opsporen, met menselijke controle",
  ),
  option("preparatory", "A preparatory task for an assessment", "Een voorbereidende taak voor een beoordeling"),
];

export const BIOMETRICS = [
  option(
    "remote_id_realtime",
    "Identifying people at a distance, in real time",
    "Personen op afstand identificeren, in realtime",
  ),
  option(
    "remote_id_post",
    "Identifying people at a distance, afterwards",
    "Personen op afstand identificeren, achteraf",
  ),
  option(
    "verification_only",
    "Only verifying that someone is who they claim (e.g. unlocking)",
    "Alleen verifiëren dat iemand is wie hij zegt (bijv. ontgrendelen)",
  ),
  option(
    "categorisation_sensitive",
    "Sorting people by sensitive traits (race, religion, orientation, ...)",
    "Personen indelen naar gevoelige kenmerken (ras, religie, geaardheid, ...)",
  ),
  option(
    "categorisation_other",
    "Sorting people by other traits (age, ...)",
    "Personen indelen naar andere kenmerken (leeftijd, ...)",
  ),
  option("emotion_recognition", "Recognising emotions", "Emoties herkennen"),
];

export const USE_CONTEXTS = [
  option("workplace", "At work", "Op het werk"),
  option("education_institution", "At a school or university", "Op een school of universiteit"),
  option("publicly_accessible_space", "In a publicly accessible space", "In een openbaar toegankelijke ruimte"),
  option("consumer", "By consumers", "Door consumenten"),
  option("internal_rnd", "Only in internal research and development", "Alleen in intern onderzoek en ontwikkeling"),
  option(
    "military",
    "For military, defence or national security purposes",
    "Voor militaire, defensie- of nationale-veiligheidsdoeleinden",
  ),
  option("medical_or_safety_reason", "For medical or safety reasons", "Om medische of veiligheidsredenen"),
];

export const PRACTICES = [
  option(
    "subliminal_or_manipulative_harmful",
    "Manipulates people in harmful ways they cannot notice",
    "Manipuleert mensen schadelijk op een manier die ze niet merken",
  ),
  option(
    "exploits_vulnerability_harmful",
    "Exploits age, disability or social situation to cause harm",
    "Misbruikt leeftijd, beperking of sociale situatie om schade te doen",
  ),
  option(
    "social_scoring_cross_context_or_disproportionate",
    "Scores people's social behaviour and treats them worse elsewhere",
    "Scoort sociaal gedrag van mensen en benadeelt ze elders",
  ),
  option(
    "crime_prediction_solely_profiling",
    "Predicts crime from a profile alone",
    "Voorspelt criminaliteit alleen op basis van een profiel",
  ),
  option(
    "untargeted_face_scraping",
    "Builds face databases by scraping the internet or cameras",
    "Bouwt gezichtsdatabanken door internet of camera's af te schrapen",
  ),
  option(
    "biometric_categorisation_sensitive_attributes",
    "Infers sensitive traits from biometric data",
    "Leidt gevoelige kenmerken af uit biometrische gegevens",
  ),
  option("gov_social_scoring", "Government social scoring", "Sociale scores door de overheid"),
  option(
    "intent_incite_self_harm_or_crime",
    "Is meant to incite self-harm or crime",
    "Is bedoeld om aan te zetten tot zelfbeschadiging of misdaad",
  ),
  option(
    "intent_unlawful_discrimination",
    "Is meant to discriminate unlawfully",
    "Is bedoeld om onrechtmatig te discrimineren",
  ),
  option(
    "intent_infringe_constitutional_rights",
    "Is meant to infringe constitutional rights",
    "Is bedoeld om grondwettelijke rechten te schenden",
  ),
  option(
    "intent_sexual_deepfake_or_csam",
    "Is meant to make sexual deepfakes or child abuse material",
    "Is bedoeld voor seksuele deepfakes of kindermisbruikmateriaal",
  ),
  option(
    "ncii_purpose",
    "Is meant to make intimate images without consent",
    "Is bedoeld om intieme beelden zonder toestemming te maken",
  ),
];
