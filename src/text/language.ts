/**
 * Dutch or English, per paragraph, from the share of each language's most frequent function words. A paragraph
 * with no clue takes the article's language (the sum over all paragraphs), and that falls back to the caller's
 * hint, then English.
 */
import type { TokenList } from "./tokens.js";

export type Lang = "nl" | "en";

const DUTCH = new Set(
  "de het een en van in is dat op te zijn voor met niet aan er als bij ook door maar om nog wordt worden werd werden waren uit dan naar deze dit heeft hebben wat zich tot over zoals onder waar welke wil zal kan meer geen haar hun jaar miljard miljoen tussen na opgericht".split(
    " ",
  ),
);
const ENGLISH = new Set(
  "the a an and of in is that on to are for with not at as by also but or from has have was were be been this these its their which will can more than into about over such under after billion million year it".split(
    " ",
  ),
);

export interface LanguageVotes {
  readonly nl: number;
  readonly en: number;
}

/** A word's vote: 1 Dutch, -1 English, 0 neither ("in", "is" and "over" are both; they count for neither). */
function voteOf(tokens: TokenList, index: number): number {
  if (tokens.kind(index) !== "word" || tokens.form(index).length > 8) return 0;
  const word = tokens.lower(index);
  const isNl = DUTCH.has(word);
  const isEn = ENGLISH.has(word);
  return isNl === isEn ? 0 : isNl ? 1 : -1;
}

/** Counts each paragraph's votes, looking each distinct spelling up once. */
export class LanguageCounter {
  private readonly votes: Int8Array;

  constructor(private readonly tokens: TokenList) {
    this.votes = new Int8Array(tokens.spellingCount).fill(2);
  }

  count(from = 0, to = this.tokens.length): LanguageVotes {
    let nl = 0;
    let en = 0;
    for (let index = from; index < to; index++) {
      const spelling = this.tokens.spelling(index);
      let vote = this.votes[spelling]!;
      if (vote === 2) vote = this.votes[spelling] = voteOf(this.tokens, index);
      if (vote === 1) nl++;
      else if (vote === -1) en++;
    }
    return { nl, en };
  }
}

export function decideLanguage(votes: LanguageVotes, fallback: Lang): Lang {
  if (votes.nl === votes.en) return fallback;
  return votes.nl > votes.en ? "nl" : "en";
}
