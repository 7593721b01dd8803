/** The words that make a sentence checkable, and what they claim, in Dutch and English (lower case, word starts). */

export type ClaimCue =
  "valuation" | "investment" | "stake" | "funding" | "budget" | "founded" | "released" | "ranking" | "spending";

export const CUES: readonly (readonly [ClaimCue, RegExp])[] = [
  ["valuation", /^(waardering|gewaardeerd|valuation|valued|valuing|waard)$/],
  ["stake", /^(aandeel|belang|stake|stakes|eigendom)$/],
  ["founded", /^(opgericht|founded|established|gesticht)$/],
  [
    "released",
    /^(lanceerde|gelanceerd|uitgebracht|bracht|released|launched|unveiled|introduced|presenteerde|publiceerde|published|verscheen|kwam)$/,
  ],
  ["funding", /^(haalde|opgehaald|ophaalde|raised|raises|raise|kapitaalinjectie|financieringsronde|funding)$/],
  [
    "investment",
    /^(investeert|investeerde|investeren|geïnvesteerd|invests|invested|invest|investment|investering|investeringen|steekt|stak|gestoken|pompt|committed|commits|commit|toegezegd|zegde)$/,
  ],
  ["budget", /^(budget|budgetten|begroting)$/],
  ["spending", /^(uitgaven|besteedt|spend|spends|spending|capex)$/],
  [
    "ranking",
    /^(grootste|eerste|largest|biggest|first|leading|leider|leads|voorsprong|achter|behind|lead|meeste|most|top)$/,
  ],
];

/** Modal and future words: with no figure or date, the sentence is a prediction, not a checkable statement. */
export const PREDICTION = /^(zal|zullen|zou|zouden|will|would|could|might|may|kan|kunnen|moet|moeten|should|must)$/;

export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  january: 1,
  februari: 2,
  february: 2,
  maart: 3,
  march: 3,
  april: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  juli: 7,
  july: 7,
  augustus: 8,
  august: 8,
  september: 9,
  oktober: 10,
  october: 10,
  november: 11,
  december: 12,
};
