/**
 * The questionnaire as data: steps of plain questions, each bound to one field of the engine's system
 * profile (docs/ai-regulation.md). Fields left unanswered take the engine's defaults.
 */
import type { Localized } from "../../i18n/locale.js";
import * as options from "./options.js";
import type { Option } from "./options.js";

export type QuestionKind =
  | { readonly kind: "boolean"; readonly defaultValue: boolean }
  /** An optional boolean whose default the engine derives from other answers. */
  | { readonly kind: "tristate" }
  | { readonly kind: "set"; readonly options: readonly Option[] }
  | { readonly kind: "choice"; readonly options: readonly Option[] }
  | { readonly kind: "number"; readonly integer?: boolean }
  | { readonly kind: "country" }
  | { readonly kind: "text" }
  | { readonly kind: "markets"; readonly options: readonly Option[] };

/** `field` is the profile path, dotted for nested fields ("user_counts.mau_CN"); it is also the URL parameter. */
export type Question = { readonly field: string; readonly label: Localized; readonly help: Localized } & QuestionKind;

export interface Step {
  readonly id: string;
  readonly title: Localized;
  readonly questions: readonly Question[];
}

const q = (field: string, en: string, nl: string, helpEn: string, helpNl: string, kind: QuestionKind): Question => ({
  field,
  label: { en, nl },
  help: { en: helpEn, nl: helpNl },
  ...kind,
});
const yesNo = (defaultValue = false): QuestionKind => ({ kind: "boolean", defaultValue });

export const STEPS: readonly Step[] = [
  {
    id: "system",
    title: { en: "The system and your role", nl: "Het systeem en uw rol" },
    questions: [
      q(
        "artifact",
        "What are you assessing?",
        "Wat beoordeelt u?",
        "A model is what others build on (weights, an API); a system is the application people use.",
        "Een model is waarop anderen bouwen (gewichten, een API); een systeem is de toepassing die mensen gebruiken.",
        { kind: "choice", options: options.ARTIFACTS },
      ),
      q(
        "roles",
        "What is your role?",
        "Wat is uw rol?",
        "Pick every role that fits. Leave empty to see the duties of every role.",
        "Kies elke rol die past. Laat leeg om de plichten van elke rol te zien.",
        { kind: "set", options: options.ROLES },
      ),
      q(
        "provider_established_in",
        "Where is the provider established?",
        "Waar is de aanbieder gevestigd?",
        "The country of its headquarters. Providers outside the EU need an EU representative.",
        "Het land van het hoofdkantoor. Aanbieders buiten de EU hebben een EU-vertegenwoordiger nodig.",
        { kind: "country" },
      ),
      q(
        "deployer_type",
        "Who uses the system?",
        "Wie gebruikt het systeem?",
        "Public bodies have extra duties, such as a fundamental-rights impact assessment.",
        "Overheden hebben extra plichten, zoals een effectbeoordeling voor grondrechten.",
        { kind: "choice", options: options.DEPLOYER_TYPES },
      ),
      q(
        "general_purpose",
        "Is it a general-purpose model or system?",
        "Is het een model of systeem voor algemene doeleinden?",
        "It can do many different tasks well, like a large language model, rather than one task.",
        "Het kan veel verschillende taken goed uitvoeren, zoals een groot taalmodel, in plaats van één taak.",
        yesNo(),
      ),
    ],
  },
  {
    id: "markets",
    title: { en: "Where it is offered", nl: "Waar het wordt aangeboden" },
    questions: [
      q(
        "markets",
        "Where do you offer or use it?",
        "Waar biedt of gebruikt u het?",
        "Tick each place; add the day it was (or will be) first offered there if you know it. Some rules spare systems on the market before their start date.",
        "Vink elke plaats aan; vul de dag in waarop het daar voor het eerst werd (of wordt) aangeboden als u die weet. Sommige regels sparen systemen die al vóór hun startdatum op de markt waren.",
        { kind: "markets", options: options.MARKETS },
      ),
      q(
        "output_used_in_eu",
        "Is its output used in the EU, even if the system runs elsewhere?",
        "Wordt de uitvoer in de EU gebruikt, ook als het systeem elders draait?",
        "The AI Act also covers providers abroad whose results are used in the EU.",
        "De AI-verordening geldt ook voor aanbieders in het buitenland van wie de resultaten in de EU worden gebruikt.",
        yesNo(),
      ),
      q(
        "offered_to_public",
        "Is it offered to the general public?",
        "Wordt het aan het brede publiek aangeboden?",
        "China's rules apply to services offered to the public; internal research tools are outside them.",
        "De Chinese regels gelden voor diensten aan het publiek; interne onderzoekstools vallen erbuiten.",
        yesNo(true),
      ),
    ],
  },
  {
    id: "function",
    title: { en: "What it does", nl: "Wat het doet" },
    questions: [
      q(
        "intended_purpose",
        "What is it for?",
        "Waarvoor dient het?",
        "Pick every purpose that fits.",
        "Kies elk doel dat past.",
        { kind: "set", options: options.PURPOSES },
      ),
      q(
        "synthetic_content",
        "Which content does it generate?",
        "Welke inhoud genereert het?",
        "Generated content must be labelled in the EU, China and California.",
        "Gegenereerde inhoud moet worden gelabeld in de EU, China en Californië.",
        { kind: "set", options: options.SYNTHETIC_CONTENT },
      ),
      q(
        "interacts_with_people",
        "Do people talk or interact with it directly?",
        "Praten mensen er rechtstreeks mee of hebben ze er direct contact mee?",
        "Chatbots, voice assistants and agents: people must be told they are dealing with AI.",
        "Chatbots, spraakassistenten en agents: mensen moeten weten dat ze met AI te maken hebben.",
        yesNo(),
      ),
      q(
        "anthropomorphic_companion",
        "Is it a companion that imitates a human personality?",
        "Is het een gezelschap dat een menselijke persoonlijkheid nabootst?",
        "Virtual friends or partners, digital humans offering emotional company.",
        "Virtuele vrienden of partners, digitale mensen die emotioneel gezelschap bieden.",
        yesNo(),
      ),
      q(
        "minors_among_users",
        "Are children or teenagers among its users?",
        "Zijn kinderen of tieners onder de gebruikers?",
        "",
        "",
        yesNo(),
      ),
      q(
        "deepfake_of_real_persons",
        "Can it make realistic images, audio or video of real people?",
        "Kan het realistische beelden, audio of video van echte mensen maken?",
        "Deep fakes must be disclosed as such.",
        "Deepfakes moeten als zodanig worden vermeld.",
        yesNo(),
      ),
      q(
        "publishes_public_interest_text",
        "Do you publish AI-written text to inform the public?",
        "Publiceert u door AI geschreven tekst om het publiek te informeren?",
        "For example news articles on matters of public interest.",
        "Bijvoorbeeld nieuwsartikelen over zaken van algemeen belang.",
        yesNo(),
      ),
      q(
        "editorial_responsibility",
        "Does an editor review that text and take responsibility for it?",
        "Controleert een redacteur die tekst en neemt die er verantwoordelijkheid voor?",
        "Human review under editorial responsibility removes the AI-label duty for such text in the EU.",
        "Menselijke controle onder redactionele verantwoordelijkheid laat de labelplicht voor zulke tekst in de EU vervallen.",
        yesNo(),
      ),
      q(
        "hosts_user_generated_content",
        "Do users post their own content on it?",
        "Plaatsen gebruikers er hun eigen inhoud op?",
        "",
        "",
        yesNo(),
      ),
      q(
        "public_opinion_or_mobilization",
        "Can it shape public opinion or mobilise people?",
        "Kan het de publieke opinie beïnvloeden of mensen mobiliseren?",
        "Chinese law: forums, chat and content services open to the public count; they need a security assessment and algorithm filing. 'Let the engine decide' uses that default.",
        "Chinees recht: forums, chat- en inhoudsdiensten voor het publiek tellen mee; zij hebben een veiligheidsbeoordeling en algoritmeregistratie nodig. 'Laat de beoordeling beslissen' gebruikt die standaard.",
        { kind: "tristate" },
      ),
    ],
  },
  {
    id: "decisions",
    title: { en: "Decisions about people", nl: "Besluiten over mensen" },
    questions: [
      q(
        "decision_domains",
        "Does it help decide about people in any of these areas?",
        "Helpt het beslissen over mensen op een van deze terreinen?",
        "These are the high-risk areas of the EU AI Act (Annex III) and the US state laws on consequential decisions.",
        "Dit zijn de hoog-risicoterreinen van de Europese AI-verordening (bijlage III) en de Amerikaanse staatswetten over ingrijpende besluiten.",
        { kind: "set", options: options.DECISION_DOMAINS },
      ),
      q(
        "materially_influences_decision",
        "Does its output weigh materially in those decisions?",
        "Weegt de uitvoer wezenlijk mee in die besluiten?",
        "",
        "",
        yesNo(),
      ),
      q(
        "solely_automated_decisions",
        "Are decisions taken without any human involvement?",
        "Worden besluiten genomen zonder enige menselijke tussenkomst?",
        "The GDPR gives people rights against decisions based solely on automated processing.",
        "De AVG geeft mensen rechten tegen besluiten die alleen op geautomatiseerde verwerking berusten.",
        yesNo(),
      ),
      q(
        "profiling",
        "Does it profile people (evaluate personal aspects such as work, health or behaviour)?",
        "Profileert het mensen (beoordeelt het persoonlijke aspecten zoals werk, gezondheid of gedrag)?",
        "A system that profiles people is always high-risk in an Annex III area.",
        "Een systeem dat mensen profileert is op een terrein van bijlage III altijd hoog risico.",
        yesNo(),
      ),
      q(
        "art_6_3_condition",
        "Which describes its task in the decision best?",
        "Wat beschrijft de taak in het besluit het best?",
        "A narrow, preparatory or reviewing task can escape the high-risk label (AI Act Art 6(3)).",
        "Een beperkte, voorbereidende of controlerende taak kan aan het label hoog risico ontkomen (art. 6(3) AI-verordening).",
        { kind: "choice", options: options.ART_6_3_CONDITIONS },
      ),
      q("personal_data", "Does it process personal data?", "Verwerkt het persoonsgegevens?", "", "", yesNo(true)),
      q(
        "subject_to_federal_lending_law",
        "Are you a lender subject to US federal lending law?",
        "Bent u een kredietverstrekker onder Amerikaans federaal kredietrecht?",
        "Colorado exempts some such lenders.",
        "Colorado stelt sommige van deze kredietverstrekkers vrij.",
        yesNo(),
      ),
    ],
  },
  {
    id: "sensitive",
    title: { en: "Biometrics and banned practices", nl: "Biometrie en verboden praktijken" },
    questions: [
      q(
        "biometrics",
        "Does it use biometric data in any of these ways?",
        "Gebruikt het biometrische gegevens op een van deze manieren?",
        "",
        "",
        { kind: "set", options: options.BIOMETRICS },
      ),
      q(
        "use_context",
        "Where or by whom is it used?",
        "Waar of door wie wordt het gebruikt?",
        "Emotion recognition at work or school is banned in the EU, except for medical or safety reasons.",
        "Emotieherkenning op het werk of op school is in de EU verboden, behalve om medische of veiligheidsredenen.",
        { kind: "set", options: options.USE_CONTEXTS },
      ),
      q(
        "practice_flags",
        "Does any of these describe it?",
        "Is een van deze beschrijvingen van toepassing?",
        "These are practices banned in the EU or Texas. Ticking one shows which ban applies and from when.",
        "Dit zijn praktijken die in de EU of Texas verboden zijn. Aanvinken laat zien welk verbod geldt en vanaf wanneer.",
        { kind: "set", options: options.PRACTICES },
      ),
      q(
        "ncii_capable",
        "Can it generate sexual images of real people?",
        "Kan het seksuele beelden van echte mensen genereren?",
        "",
        "",
        yesNo(),
      ),
      q(
        "ncii_safeguards",
        "Does it have safeguards against intimate images without consent?",
        "Heeft het waarborgen tegen intieme beelden zonder toestemming?",
        "",
        "",
        yesNo(true),
      ),
    ],
  },
  {
    id: "size",
    title: { en: "Model and company size", nl: "Omvang van model en bedrijf" },
    questions: [
      q(
        "training_compute_flop",
        "Training compute of the model, in FLOP",
        "Rekenkracht voor de training van het model, in FLOP",
        "Write it like 2e25. Above 10²⁵ a general-purpose model is presumed to carry systemic risk in the EU; above 10²⁶ the US state frontier laws start.",
        "Schrijf het als 2e25. Boven 10²⁵ wordt een model voor algemene doeleinden in de EU vermoed systeemrisico te dragen; boven 10²⁶ beginnen de Amerikaanse frontierwetten van staten.",
        { kind: "number" },
      ),
      q(
        "open_weights",
        "Are the model weights published openly?",
        "Zijn de modelgewichten openbaar gepubliceerd?",
        "",
        "",
        yesNo(),
      ),
      q(
        "foss_licence",
        "Under a free and open-source licence?",
        "Onder een vrije en opensourcelicentie?",
        "",
        "",
        yesNo(),
      ),
      q(
        "revenue_usd_prev_year",
        "Revenue last year, in US dollars",
        "Omzet vorig jaar, in Amerikaanse dollars",
        "California and New York apply their frontier rules to developers above US$500 million.",
        "Californië en New York passen hun frontierregels toe op ontwikkelaars boven US$500 miljoen.",
        { kind: "number" },
      ),
      q("employees_fte", "Number of employees (full-time equivalents)", "Aantal medewerkers (voltijdbanen)", "", "", {
        kind: "number",
        integer: true,
      }),
      q(
        "user_counts.monthly_users_CA",
        "Monthly users in California",
        "Maandelijkse gebruikers in Californië",
        "",
        "",
        { kind: "number", integer: true },
      ),
      q("user_counts.registered_users_CN", "Registered users in China", "Geregistreerde gebruikers in China", "", "", {
        kind: "number",
        integer: true,
      }),
      q("user_counts.mau_CN", "Monthly active users in China", "Maandelijks actieve gebruikers in China", "", "", {
        kind: "number",
        integer: true,
      }),
    ],
  },
];

export const QUESTIONS: readonly Question[] = STEPS.flatMap((step) => step.questions);

export function findQuestion(field: string): Question | undefined {
  return QUESTIONS.find((question) => question.field === field);
}
