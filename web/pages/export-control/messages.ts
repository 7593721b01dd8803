/**
 * The export-control page's own texts in English and Dutch (kept here, next to the page, until they move
 * into the shared dictionary). Same {placeholder} rule as web/i18n.
 */
import { useLang } from "../../i18n/lang.js";
import type { Lang } from "../../i18n/locale.js";
import { defineCatalogue } from "../../i18n/message-format.js";

const en = {
  title: "Export controls on AI chips",
  intro:
    "Does shipping a chip to a country on a given day need a US export licence, and why? The answer follows the US Export Administration Regulations (ECCN 3A090/4A090) rule by rule, with the arithmetic, every reason and its Federal Register citation. Engineering research, not legal advice.",
  question: "Question",
  chip: "Chip",
  customChip: "Custom chip (enter parameters)",
  tpp: "Total processing performance (TPP)",
  pd: "Performance density (PD)",
  datacenter: "Designed for data centres",
  datacenterUnknown: "not known",
  yes: "yes",
  no: "no",
  destination: "Destination",
  endUserHq: "End user headquartered in",
  none: "–",
  date: "Date",
  mode: "Mode",
  "mode.enforced": "as enforced",
  "mode.as_written": "as written (AI Diffusion rule applied)",
  answer: "Answer",
  "answer.no_licence": "No licence required",
  "answer.licence_required": "Licence required",
  "answer.licence_exception": "Licence exception available",
  "answer.indeterminate": "Cannot be decided from the data",
  basis: "Basis: {basis}. Review policy: {policy} ({confidence}).",
  exception: "Exception {exception}; notification: {notification}.",
  deciding: "Would be decided by: {inputs}",
  classification: "Classification: {eccn} ({status})",
  noEccn: "no ECCN",
  confidence: "Confidence of the weakest fact used: {confidence}",
  arithmetic: "Arithmetic",
  reasons: "Reasons",
  caveats: "Caveats",
  "caveat.unconfirmed_fact": "Unconfirmed",
  "caveat.disputed_fact": "Disputed",
  "caveat.missing_input": "Missing input",
  "caveat.not_evaluated": "Not evaluated",
  "caveat.compliance_pending": "Compliance pending",
  "caveat.input_note": "Input note",
  timeline: "Status of {chip} for {destination} over time",
  timelineSubtitle: "Answer code per period; each change is a rule version, letter or group change taking effect.",
  timelineCustom: "The timeline is drawn for chips in the data; pick one above.",
  scatter: "All chips by TPP and performance density",
  scatterSubtitle:
    "{n} chips with both values (of {total}); colour: classification on {date}. Lines: thresholds of {version}.",
  scatterWhatIf:
    "With the lines as set below, {n} chips would reach the .a paragraphs (TPP line, or TPP floor and PD line) and {b} more the .b paragraph: a what-if, not the rule.",
  ruleVersion: "Thresholds of",
  sliders: "Try other thresholds",
  sliderTpp: "TPP line (3A090.a.1)",
  sliderTppFloor: "TPP floor (.a.2/.b.2)",
  sliderPd: "PD line (.a.2)",
  sliderPdFloor: "PD floor (.b.2)",
  reset: "Reset to the rule",
  "col.name": "Chip",
  "col.manufacturer": "Manufacturer",
  "col.tpp": "TPP",
  "col.pd": "PD",
  "col.status": "Status",
  "col.eccn": "ECCN",
  "col.code": "Answer code",
  "col.from": "From",
  "col.until": "Until",
  "col.answer": "Answer",
  "status.controlled": "controlled",
  "status.not_controlled": "not controlled",
  "status.indeterminate": "indeterminate",
  sourceChips:
    "Chip data: Epoch AI, Machine Learning Hardware (epoch.ai/data), licensed CC BY 4.0, snapshot {snapshot}; TPP and PD computed by Wedloop.",
  sourceRules: "Rules: {citations}.",
  notAdvice:
    "Engineering research, not legal advice: end-use and end-user controls, the Entity List and the foreign-direct-product rules are not fully evaluated.",
  customHint: "Enter the chip's TPP (and PD, if known) to check a chip that is not in the data.",
} as const;

export type ExportMessageKey = keyof typeof en;

const nl: Readonly<Record<ExportMessageKey, string>> = {
  title: "Exportcontrole op AI-chips",
  intro:
    "Is voor het verschepen van een chip naar een land op een bepaalde dag een Amerikaanse exportvergunning nodig, en waarom? Het antwoord volgt de Amerikaanse Export Administration Regulations (ECCN 3A090/4A090) regel voor regel, met de berekening, elke reden en de vindplaats in het Federal Register. Technisch onderzoek, geen juridisch advies.",
  question: "Vraag",
  chip: "Chip",
  customChip: "Eigen chip (parameters invullen)",
  tpp: "Totale verwerkingsprestatie (TPP)",
  pd: "Prestatiedichtheid (PD)",
  datacenter: "Ontworpen voor datacenters",
  datacenterUnknown: "onbekend",
  yes: "ja",
  no: "nee",
  destination: "Bestemming",
  endUserHq: "Hoofdkantoor eindgebruiker in",
  none: "–",
  date: "Datum",
  mode: "Modus",
  "mode.enforced": "zoals gehandhaafd",
  "mode.as_written": "zoals geschreven (AI Diffusion-regel toegepast)",
  answer: "Antwoord",
  "answer.no_licence": "Geen vergunning nodig",
  "answer.licence_required": "Vergunning nodig",
  "answer.licence_exception": "Vergunningsuitzondering beschikbaar",
  "answer.indeterminate": "Niet te bepalen uit de gegevens",
  basis: "Grond: {basis}. Beoordelingsbeleid: {policy} ({confidence}).",
  exception: "Uitzondering {exception}; melding: {notification}.",
  deciding: "Zou worden beslist door: {inputs}",
  classification: "Classificatie: {eccn} ({status})",
  noEccn: "geen ECCN",
  confidence: "Zekerheid van het zwakste gebruikte feit: {confidence}",
  arithmetic: "Berekening",
  reasons: "Redenen",
  caveats: "Kanttekeningen",
  "caveat.unconfirmed_fact": "Onbevestigd",
  "caveat.disputed_fact": "Betwist",
  "caveat.missing_input": "Ontbrekend gegeven",
  "caveat.not_evaluated": "Niet beoordeeld",
  "caveat.compliance_pending": "Naleving nog niet verplicht",
  "caveat.input_note": "Opmerking bij invoer",
  timeline: "Status van {chip} voor {destination} door de tijd",
  timelineSubtitle: "Antwoordcode per periode; elke wijziging is een regelversie, brief of groepswijziging die ingaat.",
  timelineCustom: "De tijdlijn wordt getekend voor chips uit de gegevens; kies er hierboven een.",
  scatter: "Alle chips naar TPP en prestatiedichtheid",
  scatterSubtitle:
    "{n} chips met beide waarden (van {total}); kleur: classificatie op {date}. Lijnen: drempels van {version}.",
  scatterWhatIf:
    "Met de lijnen zoals hieronder ingesteld zouden {n} chips onder de .a-paragrafen vallen (TPP-lijn, of TPP-ondergrens en PD-lijn) en nog {b} onder .b: een wat-als, niet de regel.",
  ruleVersion: "Drempels van",
  sliders: "Probeer andere drempels",
  sliderTpp: "TPP-lijn (3A090.a.1)",
  sliderTppFloor: "TPP-ondergrens (.a.2/.b.2)",
  sliderPd: "PD-lijn (.a.2)",
  sliderPdFloor: "PD-ondergrens (.b.2)",
  reset: "Terug naar de regel",
  "col.name": "Chip",
  "col.manufacturer": "Fabrikant",
  "col.tpp": "TPP",
  "col.pd": "PD",
  "col.status": "Status",
  "col.eccn": "ECCN",
  "col.code": "Antwoordcode",
  "col.from": "Van",
  "col.until": "Tot en met",
  "col.answer": "Antwoord",
  "status.controlled": "gecontroleerd",
  "status.not_controlled": "niet gecontroleerd",
  "status.indeterminate": "onbepaald",
  sourceChips:
    "Chipgegevens: Epoch AI, Machine Learning Hardware (epoch.ai/data), licentie CC BY 4.0, snapshot {snapshot}; TPP en PD berekend door Wedloop.",
  sourceRules: "Regels: {citations}.",
  notAdvice:
    "Technisch onderzoek, geen juridisch advies: eindgebruiks- en eindgebruikerscontroles, de Entity List en de foreign-direct-product-regels zijn niet volledig beoordeeld.",
  customHint: "Vul de TPP (en de PD, als die bekend is) in om een chip te controleren die niet in de gegevens staat.",
};

/** Both languages, filled by the dashboard's one message helper. */
export const CATALOGUE = defineCatalogue(en, nl);

export type ExportTranslate = (key: ExportMessageKey, values?: Readonly<Record<string, string | number>>) => string;

export function exportTranslate(lang: Lang): ExportTranslate {
  return CATALOGUE.translate(lang);
}

/** The page's translate function for the chosen language. */
export function useExportText(): { lang: Lang; x: ExportTranslate } {
  const { lang } = useLang();
  return { lang, x: exportTranslate(lang) };
}

/** A table column labelled in both languages from this dictionary. */
export function exportColumn(key: string, label: ExportMessageKey, unit: string | null = null) {
  return CATALOGUE.column(key, label, unit);
}
