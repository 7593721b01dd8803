/** The one-line reasons and verdict words, in the article's language. */
import type { ClaimVerdict } from "../domain/fact.js";
import type { Lang } from "./language.js";

const EN = {
  curated: "Judged on the claims page ({id}): {verdict}.",
  decideCurated: "A source that measures this directly; the claims page lists what was searched.",
  prediction: "A prediction or value judgement: no record can confirm it yet.",
  figureMatches: "Matches Wedloop's curated figure: {claimed} claimed, {actual} recorded ({source}).",
  figureClose: "Close to the curated figure but not equal: {claimed} claimed, {actual} recorded ({source}).",
  figureDiffers: "Differs from the curated figure: {claimed} claimed, {actual} recorded ({source}).",
  dateMatches: "{name}: {claimed} agrees with the record ({actual}).",
  eventMatches: "A curated event states the same amount: {title} ({date}; {claimed} claimed, {actual} recorded).",
  eventOnDate: "A curated event on that date fits: {title} ({date}).",
  dateDiffers: "{name}: the record says {actual}, not {claimed}.",
  noRecord: "No curated fact or record about {names} decides this.",
  decideValuation: "A dated funding announcement or filing stating the valuation of {names}.",
  decideInvestment: "The investor's or company's release (or filing) stating the amount and date for {names}.",
  decideStake: "A filing or court record stating the stake held in {names}.",
  decideDate: "The company's own announcement dating the event for {names}.",
  decideRanking:
    "A complete, dated ranking of the measure named (e.g. notable models or compute per bloc) covering {names}.",
  decideSpending: "An annual report or investor presentation stating the spending of {names}.",
  decideFigure: "A primary source (filing, release, statistics) for the figure about {names}.",
} as const;

type ReasonKey = keyof typeof EN;

const NL: Readonly<Record<ReasonKey, string>> = {
  curated: "Beoordeeld op de claimpagina ({id}): {verdict}.",
  decideCurated: "Een bron die dit rechtstreeks meet; de claimpagina noemt wat is gezocht.",
  prediction: "Een voorspelling of waardeoordeel: geen gegeven kan het nu bevestigen.",
  figureMatches: "Klopt met het gecureerde cijfer van Wedloop: {claimed} beweerd, {actual} vastgelegd ({source}).",
  figureClose: "Dicht bij het gecureerde cijfer maar niet gelijk: {claimed} beweerd, {actual} vastgelegd ({source}).",
  figureDiffers: "Wijkt af van het gecureerde cijfer: {claimed} beweerd, {actual} vastgelegd ({source}).",
  dateMatches: "{name}: {claimed} klopt met het gegeven ({actual}).",
  eventMatches:
    "Een gecureerde gebeurtenis noemt hetzelfde bedrag: {title} ({date}; {claimed} beweerd, {actual} vastgelegd).",
  eventOnDate: "Een gecureerde gebeurtenis op die datum past: {title} ({date}).",
  dateDiffers: "{name}: volgens het gegeven {actual}, niet {claimed}.",
  noRecord: "Geen gecureerd feit of gegeven over {names} beslist dit.",
  decideValuation: "Een gedateerde financieringsaankondiging of deponering met de waardering van {names}.",
  decideInvestment: "Het persbericht (of de deponering) van investeerder of bedrijf met bedrag en datum voor {names}.",
  decideStake: "Een deponering of gerechtelijk stuk met het belang in {names}.",
  decideDate: "De eigen aankondiging van het bedrijf met de datum, voor {names}.",
  decideRanking:
    "Een volledige, gedateerde rangorde van de genoemde maat (bijv. opvallende modellen of rekenkracht per blok) met {names}.",
  decideSpending: "Een jaarverslag of beleggerspresentatie met de uitgaven van {names}.",
  decideFigure: "Een primaire bron (deponering, persbericht, statistiek) voor het cijfer over {names}.",
};

const VERDICT_WORDS: Readonly<Record<Lang, Readonly<Record<ClaimVerdict, string>>>> = {
  en: {
    accurate: "accurate",
    "mostly-accurate": "mostly accurate",
    imprecise: "imprecise",
    inaccurate: "inaccurate",
    unverifiable: "unverifiable",
    opinion: "opinion",
  },
  nl: {
    accurate: "juist",
    "mostly-accurate": "grotendeels juist",
    imprecise: "onnauwkeurig",
    inaccurate: "onjuist",
    unverifiable: "niet te controleren",
    opinion: "mening",
  },
};

export function verdictWord(lang: Lang, verdict: ClaimVerdict): string {
  return VERDICT_WORDS[lang][verdict];
}

export function reasonText(lang: Lang, key: ReasonKey, values: Readonly<Record<string, string>>): string {
  const template = lang === "nl" ? NL[key] : EN[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
