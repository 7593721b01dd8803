/** The article reader page's texts in English and Dutch, kept beside the page (as the claims page does). */
import { useLang } from "../../i18n/lang.js";
import type { Lang } from "../../i18n/locale.js";
import { defineCatalogue } from "../../i18n/message-format.js";

const en = {
  title: "Article reader",
  intro:
    "Paste or upload a news article in Dutch or English. Wedloop links the names it knows to its records, reads the amounts and converts them to US dollars at a dated reference rate, and checks the claims against its curated facts and records, on the same scale as the claims page.",
  input: "Article (plain text, Markdown or HTML)",
  placeholder: "Paste an article here…",
  upload: "Or upload a file",
  format: "Format",
  "format.auto": "detect",
  "format.text": "plain text",
  "format.markdown": "Markdown",
  "format.html": "HTML",
  language: "Language where a paragraph gives no clue",
  "language.auto": "detect",
  read: "Read the article",
  reading: "Reading…",
  empty: "Paste or upload an article first.",
  noScripts: "HTML is cleaned to its text on the server; nothing in the article runs here.",
  summary: "{linked} names linked, {unknown} unknown, {amounts} amounts, {claims} claims · language {lang}{date}",
  dated: " · dated {date}",
  legend: "Marked: linked names, unknown names, amounts; claims are underlined in their verdict's colour.",
  text: "The article, marked",
  claims: "Claims and verdicts",
  noClaims: "No checkable claims found.",
  reason: "Why",
  decidedBy: "What would decide it",
  evidence: "Evidence",
  curated: "Judged on the claims page",
  amounts: "Amounts",
  noAmounts: "No amounts found.",
  "col.amount": "As written",
  "col.read": "Read as",
  "col.usd": "In US dollars",
  "col.rate": "Rate (date, source)",
  noRate: "no rate held",
  entities: "Names",
  unknownNames: "Unknown names (no record; never forced onto one)",
  mentions: "{n}×",
  export: "Export",
  markdown: "Markdown",
  json: "JSON",
  method: "Method",
  "verdict.accurate": "accurate",
  "verdict.mostly-accurate": "mostly accurate",
  "verdict.imprecise": "imprecise",
  "verdict.inaccurate": "inaccurate",
  "verdict.unverifiable": "unverifiable",
  "verdict.opinion": "opinion",
  "qualifier.exact": "",
  "qualifier.about": "about",
  "qualifier.more-than": "more than",
  "qualifier.less-than": "less than",
  "qualifier.at-least": "at least",
  "qualifier.almost": "almost",
  "qualifier.up-to": "up to",
  "qualifier.to": "(rising/falling) to",
} as const;

export type ReaderMessageKey = keyof typeof en;

const nl: Readonly<Record<ReaderMessageKey, string>> = {
  title: "Artikellezer",
  intro:
    "Plak of upload een nieuwsartikel in het Nederlands of Engels. Wedloop koppelt de namen die het kent aan zijn gegevens, leest de bedragen en rekent ze om naar Amerikaanse dollars tegen een gedateerde referentiekoers, en toetst de beweringen aan zijn gecureerde feiten en gegevens, op dezelfde schaal als de claimpagina.",
  input: "Artikel (platte tekst, Markdown of HTML)",
  placeholder: "Plak hier een artikel…",
  upload: "Of upload een bestand",
  format: "Opmaak",
  "format.auto": "herkennen",
  "format.text": "platte tekst",
  "format.markdown": "Markdown",
  "format.html": "HTML",
  language: "Taal waar een alinea geen aanwijzing geeft",
  "language.auto": "herkennen",
  read: "Lees het artikel",
  reading: "Bezig met lezen…",
  empty: "Plak of upload eerst een artikel.",
  noScripts: "HTML wordt op de server tot tekst teruggebracht; niets uit het artikel wordt hier uitgevoerd.",
  summary: "{linked} namen gekoppeld, {unknown} onbekend, {amounts} bedragen, {claims} beweringen · taal {lang}{date}",
  dated: " · gedateerd {date}",
  legend:
    "Gemarkeerd: gekoppelde namen, onbekende namen, bedragen; beweringen zijn onderstreept in de kleur van hun oordeel.",
  text: "Het artikel, gemarkeerd",
  claims: "Beweringen en oordelen",
  noClaims: "Geen controleerbare beweringen gevonden.",
  reason: "Waarom",
  decidedBy: "Wat het zou beslissen",
  evidence: "Bewijs",
  curated: "Beoordeeld op de claimpagina",
  amounts: "Bedragen",
  noAmounts: "Geen bedragen gevonden.",
  "col.amount": "Zoals geschreven",
  "col.read": "Gelezen als",
  "col.usd": "In Amerikaanse dollars",
  "col.rate": "Koers (datum, bron)",
  noRate: "geen koers bekend",
  entities: "Namen",
  unknownNames: "Onbekende namen (geen gegeven; nooit gedwongen gekoppeld)",
  mentions: "{n}×",
  export: "Exporteren",
  markdown: "Markdown",
  json: "JSON",
  method: "Methode",
  "verdict.accurate": "juist",
  "verdict.mostly-accurate": "grotendeels juist",
  "verdict.imprecise": "onnauwkeurig",
  "verdict.inaccurate": "onjuist",
  "verdict.unverifiable": "niet te controleren",
  "verdict.opinion": "mening",
  "qualifier.exact": "",
  "qualifier.about": "ongeveer",
  "qualifier.more-than": "meer dan",
  "qualifier.less-than": "minder dan",
  "qualifier.at-least": "minstens",
  "qualifier.almost": "bijna",
  "qualifier.up-to": "tot",
  "qualifier.to": "(stijgend/dalend) tot",
};

export const READER_CATALOGUE = defineCatalogue(en, nl);

export type ReaderTranslate = (key: ReaderMessageKey, values?: Readonly<Record<string, string | number>>) => string;

export function readerTranslate(lang: Lang): ReaderTranslate {
  return READER_CATALOGUE.translate(lang);
}

export function useReaderText(): { lang: Lang; tx: ReaderTranslate } {
  const { lang } = useLang();
  return { lang, tx: readerTranslate(lang) };
}
