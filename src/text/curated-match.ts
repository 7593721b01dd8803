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
  sentences.forEach((_, position) => {
    for (const span of [1, 2]) {
      if (position + span > sentences.length) continue;
      const words = span === 1 ? wordsOf[position]! : new Set([...wordsOf[position]!, ...wordsOf[position + 1]!]);
      const hits = new Map<number, number>();
      for (const word of words)
        for (const claimIndex of index.postings.get(word) ?? []) hits.set(claimIndex, (hits.get(claimIndex) ?? 0) + 1);
      for (const [claimIndex, count] of hits) {
        const entry = index.claims[claimIndex]!;
        const containment = count / entry.words.size;
        if (containment < MIN_CONTAINMENT) continue;
        const previous = best.get(claimIndex);
        // The tightest window wins among equals: one sentence before two.
        const tighter =
          previous && Math.abs(containment - previous.containment) <= 1e-9 && span < previous.last - previous.first + 1;
        if (!previous || containment > previous.containment + 1e-9 || tighter)
          best.set(claimIndex, { claim: entry.claim, first: position, last: position + span - 1, containment });
      }
    }
  });
  return [...best.values()].sort((a, b) => a.first - b.first);
}
