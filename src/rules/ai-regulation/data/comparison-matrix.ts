/** The three regimes side by side (spec §5), in English and Dutch. */
import type { RegulatoryRegime } from "../../../domain/vocabulary.js";
import type { Text } from "../rule.js";
import { text } from "./builders.js";

export interface MatrixRow {
  readonly id: string;
  readonly dimension: Text;
  readonly cells: Readonly<Record<RegulatoryRegime, Text>>;
}

export const REGIME_APPROACH: Readonly<Record<RegulatoryRegime, Text>> = {
  EU: text("risk-based", "risicogebaseerd"),
  CN: text("content-control (state-gated)", "inhoudscontrole (staatspoort)"),
  US: text("market-driven with state patchwork", "marktgedreven met lappendeken van staten"),
};

const row = (id: string, dimension: Text, eu: Text, cn: Text, us: Text): MatrixRow => ({ id, dimension, cells: { EU: eu, CN: cn, US: us } });

export const COMPARISON_MATRIX: readonly MatrixRow[] = [
  row("core-logic", text("Core logic", "Kernlogica"),
    text("Risk-based product-safety law with a fundamental-rights overlay: ban, high-risk, transparency, minimal, plus a model tier.", "Risicogebaseerde productveiligheidswet met grondrechten: verbod, hoog risico, transparantie, minimaal, plus een modelniveau."),
    text("Content control and a security gate: what a public service may generate or recommend, who answers for it, and a state filing.", "Inhoudscontrole en een veiligheidspoort: wat een publieke dienst mag genereren of aanbevelen, wie verantwoordelijk is, en registratie bij de staat."),
    text("Market-driven and sectoral: no general federal statute; states legislate narrow use cases.", "Marktgedreven en sectoraal: geen algemene federale wet; staten regelen smalle toepassingen.")),
  row("legal-form", text("Legal form", "Rechtsvorm"),
    text("One horizontal regulation, directly applicable in 27 states.", "Eén horizontale verordening, rechtstreeks geldend in 27 lidstaten."),
    text("Several departmental rules, a mandatory national standard, and statutes (PIPL, CSL).", "Verschillende departementale regels, een verplichte nationale norm en wetten (PIPL, CSL)."),
    text("Executive orders (policy), a few federal statutes (TAKE IT DOWN), state statutes and city ordinances.", "Presidentiële besluiten (beleid), enkele federale wetten (TAKE IT DOWN), staatswetten en stedelijke verordeningen.")),
  row("scope", text("Scope trigger", "Werkingssfeer"),
    text("Placing on the EU market, use in the EU, or output used in the EU (Art 2).", "In de EU in de handel brengen, gebruik in de EU, of uitvoer die in de EU wordt gebruikt (art. 2)."),
    text("Providing the service to the public in mainland China; foreign services can be blocked.", "De dienst aanbieden aan het publiek op het Chinese vasteland; buitenlandse diensten kunnen worden geblokkeerd."),
    text("Doing business with residents; thresholds on compute, revenue, users or headcount.", "Zakendoen met inwoners; drempels voor rekenkracht, omzet, gebruikers of personeel.")),
  row("unit", text("Classification unit", "Eenheid van indeling"),
    text("The system's intended purpose (Annex III) or product-safety route (Annex I); a separate model tier by compute.", "Het beoogde doel van het systeem (bijlage III) of de productveiligheidsroute (bijlage I); een apart modelniveau naar rekenkracht."),
    text("Service function (recommendation, deep synthesis, generative, anthropomorphic) times public-opinion attributes.", "Functie van de dienst (aanbeveling, deep synthesis, generatief, antropomorf) maal opiniekenmerken."),
    text("Use case (consequential decision, hiring tool, companion chatbot) or developer size (compute and revenue).", "Toepassing (ingrijpend besluit, selectietool, gezelschapschatbot) of omvang van de ontwikkelaar (rekenkracht en omzet).")),
  row("ex-ante-gate", text("Ex-ante gate", "Toets vooraf"),
    text("Conformity assessment, CE marking and EU database registration for high-risk systems (from 2 Dec 2027 / 2 Aug 2028).", "Conformiteitsbeoordeling, CE-markering en registratie in de EU-databank voor hoog-risicosystemen (vanaf 2 dec 2027 / 2 aug 2028)."),
    text("Security assessment and algorithm filing before or at launch for public-opinion services.", "Veiligheidsbeoordeling en algoritmeregistratie vóór of bij de lancering voor opiniediensten."),
    text("No licensing; some publication duties (SB 53 transparency report) and bias audits (NYC).", "Geen vergunning; enkele publicatieplichten (transparantierapport SB 53) en bias-audits (NYC).")),
  row("bans", text("Outright bans", "Regelrechte verboden"),
    text("Eight practices since 2 Feb 2025, two more from 2 Dec 2026 (non-consensual intimate images, child abuse material).", "Acht praktijken sinds 2 feb 2025, nog twee vanaf 2 dec 2026 (intieme beelden zonder toestemming, kindermisbruikmateriaal)."),
    text("No practice bans in the AI rules; content prohibitions and protections for minors, the elderly, workers and consumers.", "Geen praktijkverboden in de AI-regels; inhoudsverboden en bescherming van minderjarigen, ouderen, werkenden en consumenten."),
    text("Narrow and intent-based: Texas TRAIGA bans; the federal crime of publishing non-consensual intimate images.", "Smal en op opzet gebaseerd: verboden in de Texaanse TRAIGA; het federale misdrijf van publicatie van intieme beelden zonder toestemming.")),
  row("labelling", text("Synthetic-content labelling", "Labelen van synthetische inhoud"),
    text("Machine-readable marking by providers (Art 50(2)) and deep-fake disclosure by deployers, from 2 Aug 2026 (legacy 2 Dec 2026).", "Machineleesbare markering door aanbieders (art. 50(2)) en deepfake-vermelding door gebruikers, vanaf 2 aug 2026 (bestaande systemen 2 dec 2026)."),
    text("Mandatory explicit and implicit labels under GB 45438-2025 since 1 Sep 2025; platforms verify, users declare.", "Verplichte zichtbare en onzichtbare labels volgens GB 45438-2025 sinds 1 sep 2025; platforms controleren, gebruikers melden."),
    text("California SB 942 latent and manifest disclosures and a detection tool for services above 1M users (from 2 Aug 2026).", "Californische SB 942: verborgen en zichtbare vermeldingen en een detectietool voor diensten boven 1 mln gebruikers (vanaf 2 aug 2026).")),
  row("frontier", text("Frontier / model thresholds", "Drempels voor frontiermodellen"),
    text("Indicative 10^23 FLOP for general-purpose models; systemic-risk presumption above 10^25 FLOP.", "Indicatief 10^23 FLOP voor modellen voor algemene doeleinden; vermoeden van systeemrisico boven 10^25 FLOP."),
    text("No compute threshold; filing regardless of size; user thresholds for anthropomorphic services.", "Geen drempel voor rekenkracht; registratie ongeacht omvang; gebruikersdrempels voor antropomorfe diensten."),
    text("10^26 operations plus US$500M revenue (CA SB 53, NY RAISE; IL SB 315 pending).", "10^26 bewerkingen plus US$500 mln omzet (CA SB 53, NY RAISE; IL SB 315 hangende).")),
  row("open-source", text("Open source", "Open source"),
    text("Systems exempt unless high-risk, banned or Art 50; model documentation waived unless systemic.", "Systemen vrijgesteld tenzij hoog risico, verboden of art. 50; modeldocumentatie vervalt tenzij systeemrisico."),
    text("No open-source carve-out: duties follow public service provision.", "Geen uitzondering voor open source: plichten volgen het aanbieden van een publieke dienst."),
    text("Generally no special treatment; SB 53 applies regardless of licence.", "In het algemeen geen aparte behandeling; SB 53 geldt ongeacht de licentie.")),
  row("rights", text("Individual rights", "Individuele rechten"),
    text("Notice (Art 26(11)), explanation (Art 86), GDPR Art 22 contest, impact assessment for public and credit deployers.", "Kennisgeving (art. 26(11)), uitleg (art. 86), bezwaar via art. 22 AVG, effectbeoordeling voor overheden en kredietverstrekkers."),
    text("PIPL Art 24: explanation and refusal of solely automated decisions; opt-out of personalisation.", "Art. 24 PIPL: uitleg en weigering van volledig geautomatiseerde besluiten; afmelden voor personalisatie."),
    text("Notices and adverse-decision explanations (Colorado, NYC, Illinois, CCPA); sectoral law (ECOA).", "Kennisgevingen en uitleg bij afwijzing (Colorado, NYC, Illinois, CCPA); sectorwetgeving (ECOA).")),
  row("penalties", text("Enforcement and maximum penalties", "Handhaving en maximale boetes"),
    text("National authorities and the AI Office; EUR 35M / 7% (bans), 15M / 3%, 7.5M / 1%; lower of for SMEs and small mid-caps.", "Nationale toezichthouders en het AI-bureau; EUR 35 mln / 7% (verboden), 15 mln / 3%, 7,5 mln / 1%; de laagste voor kmo's en kleine midcaps."),
    text("CAC and co-regulators; rectification, suspension, app removal; PIPL up to RMB 50M / 5%, CSL up to RMB 10M.", "CAC en mede-toezichthouders; herstel, opschorting, verwijdering van apps; PIPL tot RMB 50 mln / 5%, CSL tot RMB 10 mln."),
    text("State attorneys general; SB 53 up to US$1M per violation; Texas up to US$200k; NYC US$500-1,500 per day; FTC for TAKE IT DOWN.", "Attorneys general van staten; SB 53 tot US$1 mln per overtreding; Texas tot US$200.000; NYC US$500-1.500 per dag; FTC voor TAKE IT DOWN.")),
  row("extraterritoriality", text("Extraterritoriality", "Extraterritoriale werking"),
    text("Strong: output used in the EU; authorised representatives.", "Sterk: uitvoer gebruikt in de EU; gemachtigden."),
    text("Strong for services offered to the PRC public; blocking of non-compliant foreign services.", "Sterk voor diensten aan het Chinese publiek; blokkade van buitenlandse diensten die niet voldoen."),
    text("Residency-based; a federal push to preempt state laws (EO 14365, draft Great American AI Act).", "Op woonplaats gebaseerd; federale druk om staatswetten opzij te zetten (EO 14365, ontwerp Great American AI Act).")),
  row("stability", text("Stability 2025-26", "Stabiliteit 2025-26"),
    text("Dates moved once (omnibus in force 27 Jul 2026); architecture unchanged.", "Data één keer verschoven (omnibus in werking 27 jul 2026); opzet ongewijzigd."),
    text("Incremental additions: labeling 2025, CSL 2026, anthropomorphic measures 2026.", "Stapsgewijze aanvullingen: labeling 2025, CSL 2026, antropomorfe maatregelen 2026."),
    text("High churn: Colorado repealed and replaced, new frontier laws, federal preemption litigation.", "Veel beweging: Colorado ingetrokken en vervangen, nieuwe frontierwetten, federale procedures over voorrang.")),
  row("ideology", text("Political or ideological content", "Politieke of ideologische inhoud"),
    text("Neutral in law (fundamental-rights framing).", "Neutraal in de wet (vanuit grondrechten)."),
    text("Explicit ideological content requirements ('core socialist values').", "Uitdrukkelijke ideologische inhoudseisen ('socialistische kernwaarden')."),
    text("Federal procurement requires 'unbiased' LLMs (EO, Jul 2025); contested.", "Federale inkoop eist 'onbevooroordeelde' LLM's (besluit, jul 2025); omstreden.")),
];
