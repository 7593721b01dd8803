/**
 * Paragraphs (split at blank lines) and sentences (split after . ! ? when a capital, a quote or the end follows,
 * and never after a known abbreviation), as token ranges with their character spans.
 */
import { decideLanguage, languageVotes, type Lang } from "./language.js";
import type { Token } from "./tokens.js";

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

function startsUpper(token: Token | undefined): boolean {
  if (!token) return true;
  const first = token.form.charAt(0);
  if (token.kind === "punct") return /["“‘'(•\-–]/.test(first);
  if (token.kind === "number") return true;
  return first !== first.toLowerCase();
}

export function paragraphsOf(text: string, tokens: readonly Token[], fallback: Lang): Paragraph[] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let index = 1; index <= tokens.length; index++) {
    if (index === tokens.length || blankLineBetween(text, tokens[index - 1]!.end, tokens[index]!.start)) {
      if (index > from) ranges.push([from, index]);
      from = index;
    }
  }
  // One pass: each paragraph's votes, and their sum for the paragraphs that give no clue.
  const votes = ranges.map(([first, last]) => languageVotes(tokens, first, last));
  const total = votes.reduce((sum, vote) => ({ nl: sum.nl + vote.nl, en: sum.en + vote.en }), { nl: 0, en: 0 });
  const articleLang = decideLanguage(total, fallback);
  return ranges.map(([first, last], index) => ({
    start: tokens[first]!.start,
    end: tokens[last - 1]!.end,
    from: first,
    to: last,
    lang: decideLanguage(votes[index]!, articleLang),
  }));
}

export function sentencesOf(tokens: readonly Token[], paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    let from = paragraph.from;
    const close = (to: number) => {
      if (to > from)
        sentences.push({
          start: tokens[from]!.start,
          end: tokens[to - 1]!.end,
          from,
          to,
          paragraph: paragraphIndex,
          lang: paragraph.lang,
        });
      from = to;
    };
    for (let index = paragraph.from; index < paragraph.to; index++) {
      const token = tokens[index]!;
      if (token.kind !== "punct" || !".!?…".includes(token.form)) continue;
      const previous = tokens[index - 1];
      if (token.form === "." && previous?.kind === "word" && ABBREVIATIONS.has(previous.form.toLowerCase())) continue;
      // Single capitals before a full stop are initials ("J. Tsai", "U.S.").
      if (token.form === "." && previous?.kind === "word" && previous.form.length === 1) continue;
      const next = index + 1 < paragraph.to ? tokens[index + 1] : undefined;
      if (startsUpper(next)) close(index + 1);
    }
    close(paragraph.to);
  });
  return sentences;
}
