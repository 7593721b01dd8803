/**
 * The claims page's texts in English and Dutch, kept next to the page (as the export-control page does).
 * Same {placeholder} rule as web/i18n. Quotes stay Dutch and normalised claims English, whatever the language.
 */
import { defineCatalogue, type Translator } from "../../i18n/message-format.js";

const en = {
  title: "The seed blog post's claims, checked",
  intro:
    "Every checkable statement of the Dutch blog post “{post}” ({publisher}, {date}), in the order of the post, with a verdict, a normalised English form, a better source and the reason.",
  notCopied:
    "The post's full text is not shown: it carries no licence, so it may not be copied here. Each claim is quoted in the post's own words (a short quotation for review), and the original is at",
  original: "the original post",
  counts: "Verdicts",
  all: "All ({n})",
  filterLabel: "Show claims with verdict",
  shown: "{n} of {total} claims shown.",
  download: "Download every claim as CSV",
  quote: "Quote (Dutch, as in the post)",
  normalised: "Normalised claim (English)",
  verdict: "Verdict",
  betterSource: "Better source",
  reason: "Why",
  confidence: "Confidence of the check: {level}",
  number: "Claim {n}",
  "verdict.accurate": "accurate",
  "verdict.mostly-accurate": "mostly accurate",
  "verdict.imprecise": "imprecise",
  "verdict.inaccurate": "inaccurate",
  "verdict.unverifiable": "unverifiable",
  "verdict.opinion": "opinion",
  "meaning.accurate": "a reliable source or Wedloop's own data confirm it as written",
  "meaning.mostly-accurate": "right in its core, but a side detail (a title, a date, a share) is wrong",
  "meaning.imprecise": "no factual error, but vague, overstated, outdated or missing context that changes the reading",
  "meaning.inaccurate": "the core of the statement is factually wrong",
  "meaning.unverifiable": "a checkable statement that no stored source or Wedloop record can confirm or refute",
  "meaning.opinion": "a value judgement or a prediction; never used for a checkable statement about the past",
  scale: "the scale",
  subjects: "About",
  records: "Wedloop's data that decide it",
  "confidence.high": "high",
  "confidence.medium": "medium",
  "confidence.low": "low",
} as const;

export type ClaimsMessageKey = keyof typeof en;

const nl: Readonly<Record<ClaimsMessageKey, string>> = {
  title: "De beweringen van de blogpost, gecontroleerd",
  intro:
    "Elke controleerbare bewering uit de Nederlandse blogpost ‘{post}’ ({publisher}, {date}), in de volgorde van de post, met een oordeel, een genormaliseerde Engelse vorm, een betere bron en de reden.",
  notCopied:
    "De volledige tekst van de post staat hier niet: er staat geen licentie bij, dus hij mag hier niet gekopieerd worden. Elke bewering wordt in de woorden van de post geciteerd (een kort citaat ter bespreking); het origineel staat op",
  original: "de oorspronkelijke post",
  counts: "Oordelen",
  all: "Alle ({n})",
  filterLabel: "Toon beweringen met oordeel",
  shown: "{n} van {total} beweringen getoond.",
  download: "Download alle beweringen als CSV",
  quote: "Citaat (Nederlands, zoals in de post)",
  normalised: "Genormaliseerde bewering (Engels)",
  verdict: "Oordeel",
  betterSource: "Betere bron",
  reason: "Waarom",
  confidence: "Betrouwbaarheid van de controle: {level}",
  number: "Bewering {n}",
  "verdict.accurate": "juist",
  "verdict.mostly-accurate": "grotendeels juist",
  "verdict.imprecise": "onnauwkeurig",
  "verdict.inaccurate": "onjuist",
  "verdict.unverifiable": "niet te controleren",
  "verdict.opinion": "mening",
  "meaning.accurate": "een betrouwbare bron of Wedloops eigen data bevestigen het zoals het er staat",
  "meaning.mostly-accurate": "de kern klopt, maar een bijzaak (een functie, een datum, een aandeel) is onjuist",
  "meaning.imprecise":
    "geen feitelijke fout, maar vaag, overdreven, verouderd of zonder context die de lezing verandert",
  "meaning.inaccurate": "de kern van de bewering is feitelijk onjuist",
  "meaning.unverifiable":
    "een controleerbare bewering die geen opgeslagen bron of Wedloop-gegeven kan bevestigen of weerleggen",
  "meaning.opinion": "een waardeoordeel of voorspelling; nooit voor een controleerbare bewering over het verleden",
  scale: "de schaal",
  subjects: "Over",
  records: "Wedloop-gegevens die het beslissen",
  "confidence.high": "hoog",
  "confidence.medium": "middel",
  "confidence.low": "laag",
};

/** Both languages, filled by the dashboard's one message helper. */
export const CATALOGUE = defineCatalogue(en, nl);

export type ClaimsTranslate = Translator<ClaimsMessageKey>;
