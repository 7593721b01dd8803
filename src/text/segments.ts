/**
 * Paragraphs (split at blank lines) and sentences (split after . ! ? when a capital, a quote or the end follows,
 * and never after a known abbreviation), as token ranges with their character spans.
 */
import { decideLanguage, LanguageCounter, type Lang } from "./language.js";
import type { TokenList } from "./tokens.js";

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
}

export interface Paragraph extends Segment {
  readonly lang: Lang;
}

export interface Sentence extends Segment {
  readonly paragraph: number;
  readonly lang: Lang;
}

const SENTENCE_ENDS = new Set([".", "!", "?", "…"]);

const ABBREVIATIONS = new Set([
  "bijv",
  "bv",
  "ca",
  "dr",
  "mr",
  "nr",
  "st",
  "vs",
  "e.g",
  "i.e",
  "o.a",
  "etc",
  "jr",
  "inc",
  "ltd",
  "co",
  "mrs",
  "ms",
  "prof",
  "mln",
  "mld",
  "mrd",
  "resp",
  "incl",
  "excl",
  "zgn",
  "d.w.z",
]);

function blankLineBetween(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let index = from; index < to; index++) {
    if (text.charCodeAt(index) === 10) {
      newlines++;
      if (newlines >= 2) return true;
    }
  }
  return false;
}

const OPENING_MARKS = new Set(['"', "“", "‘", "'", "(", "•", "-", "–"]);

function startsUpper(tokens: TokenList, index: number, to: number): boolean {
  if (index >= to) return true;
  const kind = tokens.kind(index);
  if (kind === "punct") return OPENING_MARKS.has(tokens.form(index).charAt(0));
  if (kind === "number") return true;
  return tokens.capital(index);
}

export function paragraphsOf(text: string, tokens: TokenList, fallback: Lang): Paragraph[] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let index = 1; index <= tokens.length; index++) {
    if (index === tokens.length || blankLineBetween(text, tokens.end(index - 1), tokens.start(index))) {
      if (index > from) ranges.push([from, index]);
      from = index;
    }
  }
  // One pass: each paragraph's votes, and their sum for the paragraphs that give no clue.
  const counter = new LanguageCounter(tokens);
  const votes = ranges.map(([first, last]) => counter.count(first, last));
  const total = votes.reduce((sum, vote) => ({ nl: sum.nl + vote.nl, en: sum.en + vote.en }), { nl: 0, en: 0 });
  const articleLang = decideLanguage(total, fallback);
  return ranges.map(([first, last], index) => ({
    start: tokens.start(first),
    end: tokens.end(last - 1),
    from: first,
    to: last,
    lang: decideLanguage(votes[index]!, articleLang),
  }));
}

export function sentencesOf(tokens: TokenList, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    let from = paragraph.from;
    const close = (to: number) => {
      if (to > from)
        sentences.push({
          start: tokens.start(from),
          end: tokens.end(to - 1),
          from,
          to,
          paragraph: paragraphIndex,
          lang: paragraph.lang,
        });
      from = to;
    };
    for (let index = paragraph.from; index < paragraph.to; index++) {
      if (tokens.kind(index) !== "punct") continue;
      const form = tokens.form(index);
      if (!SENTENCE_ENDS.has(form)) continue;
      const previousIsWord = index > 0 && tokens.kind(index - 1) === "word";
      if (form === "." && previousIsWord && ABBREVIATIONS.has(tokens.lower(index - 1))) continue;
      // Single capitals before a full stop are initials ("J. Tsai", "U.S.").
      if (form === "." && previousIsWord && tokens.form(index - 1).length === 1) continue;
      if (startsUpper(tokens, index + 1, paragraph.to)) close(index + 1);
    }
    close(paragraph.to);
  });
  return sentences;
}
