/**
 * Finds the curated claims an article repeats: a claim's quote matches a sentence (or two in a row) when most of
 * its content words are there. An inverted index keeps it linear in the article's length.
 */
import type { KnownClaim } from "./knowledge.js";
import type { Sentence } from "./segments.js";
import { tokenize, type TokenList } from "./tokens.js";

/** Share of the quote's content words the sentences must hold. */
const MIN_CONTAINMENT = 0.8;

/** The lower-case words of four letters or more (numbers too) in tokens from..to. */
function contentWords(tokens: TokenList, from = 0, to = tokens.length): Set<string> {
  const words = new Set<string>();
  for (let index = from; index < to; index++) {
    const lower = tokens.lower(index);
    if (lower.length >= 4 && tokens.kind(index) !== "punct") words.add(lower);
  }
  return words;
}

export interface CuratedIndex {
  readonly claims: readonly { claim: KnownClaim; words: ReadonlySet<string> }[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

export function indexClaims(claims: readonly KnownClaim[]): CuratedIndex {
  const indexed = claims
    .map((claim) => ({
      claim,
      words: contentWords(tokenize(claim.quote)),
    }))
    .filter((entry) => entry.words.size >= 3);
  const postings = new Map<string, number[]>();
  indexed.forEach((entry, position) => {
    for (const word of entry.words) {
      const list = postings.get(word) ?? [];
      list.push(position);
      postings.set(word, list);
    }
  });
  return { claims: indexed, postings };
}

export interface CuratedMatch {
  readonly claim: KnownClaim;
  /** First and last sentence (indices into the sentence list) that hold the quote. */
  readonly first: number;
  readonly last: number;
  readonly containment: number;
}

export function matchCuratedClaims(
  tokens: TokenList,
  sentences: readonly Sentence[],
  index: CuratedIndex,
): CuratedMatch[] {
  if (index.claims.length === 0) return [];
  const wordsOf = sentences.map((sentence) => contentWords(tokens, sentence.from, sentence.to));
  const best = new Map<number, CuratedMatch>();
  // Hits per claim for the current window, and the claims hit in the order first hit (reset after each window).
  const hits = new Int32Array(index.claims.length);
  const touched: number[] = [];
  const countHits = (words: ReadonlySet<string>, skip: ReadonlySet<string> | null) => {
    for (const word of words) {
      if (skip?.has(word)) continue;
      for (const claimIndex of index.postings.get(word) ?? []) if (hits[claimIndex]!++ === 0) touched.push(claimIndex);
    }
  };
  sentences.forEach((_, position) => {
    for (const span of [1, 2]) {
      if (position + span > sentences.length) continue;
      countHits(wordsOf[position]!, null);
      if (span === 2) countHits(wordsOf[position + 1]!, wordsOf[position]!);
      for (const claimIndex of touched) {
        const hitCount = hits[claimIndex]!;
        hits[claimIndex] = 0;
        const entry = index.claims[claimIndex]!;
        const containment = hitCount / entry.words.size;
        if (containment < MIN_CONTAINMENT) continue;
        const previous = best.get(claimIndex);
        // The tightest window wins among equals: one sentence before two.
        const tighter =
          previous && Math.abs(containment - previous.containment) <= 1e-9 && span < previous.last - previous.first + 1;
        if (!previous || containment > previous.containment + 1e-9 || tighter)
          best.set(claimIndex, { claim: entry.claim, first: position, last: position + span - 1, containment });
      }
      touched.length = 0;
    }
  });
  return [...best.values()].sort((a, b) => a.first - b.first);
}
