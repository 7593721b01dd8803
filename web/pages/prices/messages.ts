/**
 * The prices page's texts in English and Dutch, kept next to the page (as the simulator does). Same
 * {placeholder} rule as web/i18n.
 */
import { defineCatalogue, type Translator } from "../../i18n/message-format.js";

const en = {
  title: "Prices: what a level of AI capability costs",
  intro:
    "The price war in numbers. For a fixed level of capability on Epoch AI's Capabilities Index (ECI), the cheapest list price per million tokens from a US, a Chinese and a European provider, day by day, and how fast it falls. Prices are list prices read on the providers' own pricing pages and announcements or, where marked as third-party, on a listing that repeats them; each comes with the day it took effect, its source and a confidence. Renminbi prices are converted at the dated central-bank reference rate.",
  level: "Capability level",
  "level.gpt-4": "GPT-4 (Mar 2023)",
  "level.o1": "o1 (Dec 2024)",
  "level.year-ago-best": "Best model a year earlier",
  blend: "Blended price",
  "blend.3:1": "3 input : 1 output",
  "blend.1:1": "1 input : 1 output",
  "blend.1:0": "Input only",
  "blend.0:1": "Output only",
  hosts: "Third-party hosts",
  "hosts.include": "Included",
  "hosts.exclude": "Left out",
  at: "Day for price against capability",
  answerTitle: "The answer",
  answerLead:
    "What {level}-level capability cost per million tokens, blended {blend} (that many input tokens per output token; change the rule under Blended price):",
  answerOn: "On {date}: {offers}.",
  offer: "{bloc} {price} ({model}, {provider}, price as of {since})",
  none: "{bloc} no model at this level",
  fall: "{bloc}: the price fell {fall}× a year ({low}–{high}×, {confidence}% interval, {n} price changes from {from} to {to}).",
  rise: "{bloc}: the price rose {fall}× a year ({confidence}% interval of the fall: {low}–{high}×, {n} price changes from {from} to {to}).",
  unclear:
    "{bloc}: no clear trend yet: the {confidence}% interval of the fall per year runs from {low}× to {high}× ({n} price changes from {from} to {to}).",
  noFall:
    "{bloc}: too few price changes to fit a trend: {n} so far at this level, and the fit needs at least {minimum}.",
  noOffer: "{bloc}: no offer at this level yet, so no trend.",
  gap: "On {date} the cheapest US offer cost {ratio}× the cheapest Chinese one.",
  gapChina: "On {date} the cheapest Chinese offer cost {ratio}× the cheapest US one.",
  stepsTitle: "Cheapest price at the level over time",
  fallTitle: "Fall per year of the price of the level",
  gapTitle: "Cheapest US price ÷ cheapest Chinese price at the level",
  scatterTitle: "Price against capability on {date}",
  eventsTitle: "The price war on the timeline",
  eventsIntro:
    "The Chinese price cuts of May 2024, DeepSeek's price moves and the cuts and launches around them, each from the provider's own announcement or price list or, where that could not be read, a republished report.",
  "col.date": "Date",
  "col.event": "Event",
  "col.source": "Source",
  "col.quote": "Quote",
  "col.confidence": "Confidence",
} as const;

export type PricesMessageKey = keyof typeof en;

const nl: Readonly<Record<PricesMessageKey, string>> = {
  title: "Prijzen: wat een niveau van AI-vermogen kost",
  intro:
    "De prijsoorlog in cijfers. Voor een vast niveau van vermogen op de Capabilities Index (ECI) van Epoch AI: de laagste catalogusprijs per miljoen tokens bij een Amerikaanse, een Chinese en een Europese aanbieder, dag na dag, en hoe snel die daalt. De prijzen zijn catalogusprijzen, gelezen op de eigen prijspagina's en aankondigingen van de aanbieders of, waar als extern gemarkeerd, op een overzicht dat ze overneemt; elk met de dag waarop ze inging, de bron en een betrouwbaarheid. Prijzen in renminbi zijn omgerekend tegen de gedateerde referentiekoers van de centrale bank.",
  level: "Niveau van vermogen",
  "level.gpt-4": "GPT-4 (mrt 2023)",
  "level.o1": "o1 (dec 2024)",
  "level.year-ago-best": "Beste model een jaar eerder",
  blend: "Gemengde prijs",
  "blend.3:1": "3 invoer : 1 uitvoer",
  "blend.1:1": "1 invoer : 1 uitvoer",
  "blend.1:0": "Alleen invoer",
  "blend.0:1": "Alleen uitvoer",
  hosts: "Externe hosts",
  "hosts.include": "Meegeteld",
  "hosts.exclude": "Weggelaten",
  at: "Dag voor prijs tegenover vermogen",
  answerTitle: "Het antwoord",
  answerLead:
    "Wat vermogen op het niveau van {level} kostte per miljoen tokens, gemengd {blend} (zoveel invoertokens per uitvoertoken; kies een andere verhouding bij Gemengde prijs):",
  answerOn: "Op {date}: {offers}.",
  offer: "{bloc} {price} ({model}, {provider}, prijs sinds {since})",
  none: "{bloc} geen model op dit niveau",
  fall: "{bloc}: de prijs daalde {fall}× per jaar ({low}–{high}×, {confidence}%-interval, {n} prijswijzigingen van {from} tot {to}).",
  rise: "{bloc}: de prijs steeg {fall}× per jaar ({confidence}%-interval van de daling: {low}–{high}×, {n} prijswijzigingen van {from} tot {to}).",
  unclear:
    "{bloc}: nog geen duidelijke trend: het {confidence}%-interval van de daling per jaar loopt van {low}× tot {high}× ({n} prijswijzigingen van {from} tot {to}).",
  noFall:
    "{bloc}: te weinig prijswijzigingen voor een trend: tot nu toe {n} op dit niveau, en de schatting vraagt er minstens {minimum}.",
  noOffer: "{bloc}: nog geen aanbod op dit niveau, dus geen trend.",
  gap: "Op {date} kostte het goedkoopste Amerikaanse aanbod {ratio}× het goedkoopste Chinese.",
  gapChina: "Op {date} kostte het goedkoopste Chinese aanbod {ratio}× het goedkoopste Amerikaanse.",
  stepsTitle: "Laagste prijs op het niveau door de tijd",
  fallTitle: "Daling per jaar van de prijs van het niveau",
  gapTitle: "Laagste prijs VS ÷ laagste prijs China op het niveau",
  scatterTitle: "Prijs tegenover vermogen op {date}",
  eventsTitle: "De prijsoorlog op de tijdlijn",
  eventsIntro:
    "De Chinese prijsverlagingen van mei 2024, de prijsstappen van DeepSeek en de verlagingen en lanceringen eromheen, elk uit de eigen aankondiging of prijslijst van de aanbieder of, waar die niet te lezen was, een overgenomen bericht.",
  "col.date": "Datum",
  "col.event": "Gebeurtenis",
  "col.source": "Bron",
  "col.quote": "Citaat",
  "col.confidence": "Betrouwbaarheid",
};

/** Both languages, filled by the dashboard's one message helper. */
export const CATALOGUE = defineCatalogue(en, nl);

export type PricesTranslate = Translator<PricesMessageKey>;

export function pricesColumn(key: string, label: PricesMessageKey, unit: string | null = null) {
  return CATALOGUE.column(key, label, unit);
}
