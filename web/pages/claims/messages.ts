/**
 * The claims page's texts in English and Dutch, kept next to the page (as the export-control page does).
 * Same {placeholder} rule as web/i18n. Quotes stay Dutch and normalised claims English, whatever the language.
 */
import { useLang } from "../../i18n/lang.js";
import type { Lang } from "../../i18n/locale.js";
import { defineCatalogue } from "../../i18n/message-format.js";

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
  "verdict.imprecise": "imprecise",
  "verdict.inaccurate": "inaccurate",
  "verdict.unverifiable": "unverifiable",
  "verdict.opinion": "opinion",
  "meaning.accurate": "a reliable source confirms it",
  "meaning.imprecise": "broadly right, but a detail (figure, date, name, scope) is off",
  "meaning.inaccurate": "a reliable source contradicts it",
  "meaning.unverifiable": "no public source could confirm or refute it",
  "meaning.opinion": "a judgement or forecast, not a checkable fact",
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
  "verdict.imprecise": "onnauwkeurig",
  "verdict.inaccurate": "onjuist",
  "verdict.unverifiable": "niet te controleren",
  "verdict.opinion": "mening",
  "meaning.accurate": "een betrouwbare bron bevestigt het",
  "meaning.imprecise": "in grote lijnen juist, maar een detail (cijfer, datum, naam, reikwijdte) klopt niet",
  "meaning.inaccurate": "een betrouwbare bron spreekt het tegen",
  "meaning.unverifiable": "geen openbare bron kon het bevestigen of weerleggen",
  "meaning.opinion": "een oordeel of voorspelling, geen controleerbaar feit",
  "confidence.high": "hoog",
  "confidence.medium": "middel",
  "confidence.low": "laag",
};

/** Both languages, filled by the dashboard's one message helper. */
export const CATALOGUE = defineCatalogue(en, nl);

export type ClaimsTranslate = (key: ClaimsMessageKey, values?: Readonly<Record<string, string | number>>) => string;

export function claimsTranslate(lang: Lang): ClaimsTranslate {
  return CATALOGUE.translate(lang);
}

export function useClaimsText(): { lang: Lang; c: ClaimsTranslate } {
  const { lang } = useLang();
  return { lang, c: claimsTranslate(lang) };
}
