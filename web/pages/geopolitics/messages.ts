/**
 * The geopolitics page's texts in English and Dutch, kept next to the page (as the export-control page does).
 * Same {placeholder} rule as web/i18n.
 */
import { defineCatalogue, type Translator } from "../../i18n/message-format.js";

const en = {
  title: "Geopolitics per country",
  intro:
    "Which AI stack does a country lean on? Three layers, each computed from the store: whose organisations own the AI compute that stands in the country, the US export-control group the country is in on a day, and the curated events (declarations, votes, rules, bans) that name the country.",
  layer: "Layer",
  "layer.hosted": "Hosted compute by the owner's bloc",
  "layer.groups": "US export-control country groups",
  "layer.events": "Events and declarations per country",
  country: "Country",
  noData: "no data",
  // hosted compute
  hostedTitle: "Whose AI compute stands in each country, {date}",
  hostedSubtitle:
    "Colour: the owner group with the largest part of the H100-equivalents in the country's operational GPU clusters on {date}, by the headquarters country of the owning organisation (Epoch AI GPU clusters × the organisation registry). Dark: that group owns more than half of all of them; light: it owns the largest part among owners with a known headquarters, but not more than half of all (the rest is others' or of unknown owners). Epoch anonymises Chinese clusters, so their owners are mostly unknown.",
  hostedMajority: "{owner}: owns more than half",
  hostedPlurality: "{owner}: largest known part, not more than half",
  hostedUnknown: "owners' headquarters unknown for all of it",
  hostedNoData: "grey: no operational cluster with an H100e figure",
  hostedTooltip: "{h100e} H100e; leading owner: {owner} ({share}); unknown owners: {unknown}",
  hostedSlider: "Year shown (its last day; the latest year ends at the latest known start)",
  "owner.other": "Headquartered elsewhere",
  "owner.unknown": "Unknown headquarters",
  // country groups
  groupsTitle: "US export-control country groups on {date}",
  groupsSubtitle:
    "Colour: the strictest group of EAR Supplement No. 1 to Part 740 the country is in on {date}, as Wedloop's export-control engine holds them ({n} countries). Hong Kong is read as China. The lists are those of the eCFR (A table as of 20 June 2026, D and E tables as of 8 July 2026) with the dated changes since October 2022 that were found; see the table for each membership's source and confidence.",
  groupsSlider: "Day shown on the map",
  groupsChanges: "Membership changes on: {days}",
  "category.E": "E:1 or E:2: terrorism-supporting or embargoed countries",
  "category.D:5": "D:5: US arms embargo (and not in E)",
  "category.D": "D:1 to D:4: national-security, nuclear, chemical-biological or missile concerns (not in D:5 or E)",
  "category.A:6": "A:6 only (allies; in no D or E group)",
  "category.A:5": "A:5 only (closest allies; in no D or E group)",
  "category.none": "grey: in none of these groups in the engine's data",
  groupsSource:
    "Source: US export-control country groups (EAR Supp. No. 1 to Part 740) as held by Wedloop's export-control engine; cited: {sources}.",
  category: "Strictest group",
  groups: "Groups (confidence)",
  treatedAs: "Read as",
  citation: "Instruments",
  // events
  eventsTitle: "Curated events that name each country ({kind})",
  eventsSubtitle:
    "Colour: how many curated events of kind {kind} list the country among their countries, in whatever role the source names it (host, party, signatory, endorser, or a state voting against or abstaining in a UN vote); n = {n} events. Grey: none. Countries are listed only where a source names them, so lists of endorsers are incomplete.",
  eventsKind: "Kind of event",
  "eventsKind.all": "all kinds",
  eventsBin: "{from} event",
  eventsBinRange: "{from}–{to} events",
  eventsBinOpen: "{from} or more events",
  eventsNone: "grey: no event of this kind names the country",
  events: "Events",
  count: "Number of events",
  titles: "Events (date: title)",
} as const;

export type GeoMessageKey = keyof typeof en;

const nl: Readonly<Record<GeoMessageKey, string>> = {
  title: "Geopolitiek per land",
  intro:
    "Op welke AI-stack leunt een land? Drie lagen, elk berekend uit de gegevensbank: van wiens organisaties de AI-rekenkracht is die in het land staat, in welke Amerikaanse exportcontrolegroep het land op een dag zit, en de gecureerde gebeurtenissen (verklaringen, stemmingen, regels, verboden) die het land noemen.",
  layer: "Laag",
  "layer.hosted": "Gehoste rekenkracht naar blok van de eigenaar",
  "layer.groups": "Amerikaanse exportcontrolegroepen van landen",
  "layer.events": "Gebeurtenissen en verklaringen per land",
  country: "Land",
  noData: "geen gegevens",
  hostedTitle: "Van wie de AI-rekenkracht in elk land is, {date}",
  hostedSubtitle:
    "Kleur: de eigenaarsgroep met het grootste deel van de H100-equivalenten in de GPU-clusters die op {date} in het land in gebruik zijn, naar het land van het hoofdkantoor van de eigenaar (GPU-clusters van Epoch AI × het organisatieregister). Donker: die groep bezit meer dan de helft van alles; licht: ze bezit het grootste deel van wat eigenaars met een bekend hoofdkantoor hebben, maar niet meer dan de helft van alles (de rest is van anderen of van onbekende eigenaars). Epoch anonimiseert Chinese clusters, dus hun eigenaars zijn meestal onbekend.",
  hostedMajority: "{owner}: bezit meer dan de helft",
  hostedPlurality: "{owner}: grootste bekende deel, niet meer dan de helft",
  hostedUnknown: "hoofdkantoor van de eigenaars onbekend voor alles",
  hostedNoData: "grijs: geen cluster in gebruik met een H100e-getal",
  hostedTooltip: "{h100e} H100e; grootste eigenaar: {owner} ({share}); onbekende eigenaars: {unknown}",
  hostedSlider: "Getoond jaar (de laatste dag ervan; het laatste jaar eindigt bij de laatst bekende ingebruikname)",
  "owner.other": "Hoofdkantoor elders",
  "owner.unknown": "Hoofdkantoor onbekend",
  groupsTitle: "Amerikaanse exportcontrolegroepen op {date}",
  groupsSubtitle:
    "Kleur: de strengste groep van EAR Supplement No. 1 bij Part 740 waarin het land op {date} zit, zoals de exportcontrolemotor van Wedloop ze kent ({n} landen). Hongkong telt als China. De lijsten zijn die van de eCFR (tabel A per 20 juni 2026, tabellen D en E per 8 juli 2026) met de gedateerde wijzigingen sinds oktober 2022 die zijn gevonden; de tabel geeft de bron en betrouwbaarheid van elk lidmaatschap.",
  groupsSlider: "Dag op de kaart",
  groupsChanges: "Lidmaatschap verandert op: {days}",
  "category.E": "E:1 of E:2: landen die terrorisme steunen of onder embargo staan",
  "category.D:5": "D:5: Amerikaans wapenembargo (en niet in E)",
  "category.D":
    "D:1 t/m D:4: zorgen over nationale veiligheid, kernwapens, chemische of biologische wapens of raketten (niet in D:5 of E)",
  "category.A:6": "alleen A:6 (bondgenoten; in geen D- of E-groep)",
  "category.A:5": "alleen A:5 (naaste bondgenoten; in geen D- of E-groep)",
  "category.none": "grijs: in geen van deze groepen in de gegevens van de motor",
  groupsSource:
    "Bron: Amerikaanse exportcontrolegroepen van landen (EAR Supp. No. 1 bij Part 740) zoals de exportcontrolemotor van Wedloop ze kent; geciteerd: {sources}.",
  category: "Strengste groep",
  groups: "Groepen (betrouwbaarheid)",
  treatedAs: "Telt als",
  citation: "Instrumenten",
  eventsTitle: "Gecureerde gebeurtenissen die elk land noemen ({kind})",
  eventsSubtitle:
    "Kleur: hoeveel gecureerde gebeurtenissen van soort {kind} het land bij hun landen noemen, in welke rol de bron het ook noemt (gastland, partij, ondertekenaar, onderschrijver, of een staat die bij een VN-stemming tegen stemt of zich onthoudt); n = {n} gebeurtenissen. Grijs: geen. Landen staan er alleen waar een bron ze noemt, dus lijsten van onderschrijvers zijn onvolledig.",
  eventsKind: "Soort gebeurtenis",
  "eventsKind.all": "alle soorten",
  eventsBin: "{from} gebeurtenis",
  eventsBinRange: "{from}–{to} gebeurtenissen",
  eventsBinOpen: "{from} of meer gebeurtenissen",
  eventsNone: "grijs: geen gebeurtenis van deze soort noemt het land",
  events: "Gebeurtenissen",
  count: "Aantal gebeurtenissen",
  titles: "Gebeurtenissen (datum: titel)",
};

/** Both languages, filled by the dashboard's one message helper. */
export const CATALOGUE = defineCatalogue(en, nl);

export type GeoTranslate = Translator<GeoMessageKey>;

/** A table column labelled in both languages from this dictionary. */
export function geoColumn(key: string, label: GeoMessageKey, unit: string | null = null) {
  return CATALOGUE.column(key, label, unit);
}
