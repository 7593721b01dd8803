/**
 * The marked text: the article cut at every start and end of a name, an amount or a claim, each piece knowing what
 * covers it. Pure, so the page only renders text nodes (React escapes them: nothing in the article can run).
 */
import type { ArticleReading, ReadClaim, ReadEntity, ReadAmount } from "../../../src/domain/article-reading.js";

export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entity: ReadEntity | null;
  readonly amount: ReadAmount | null;
  /** Index into the reading's claims, or -1. */
  readonly claim: number;
}

function coverAt<T extends { start: number; end: number }>(items: readonly T[], at: number): number {
  // Items are sorted by start; the last one starting at or before `at` that still covers it.
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.start <= at) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= 0 && index >= low - 4; index--) if (items[index]!.end > at) return index;
  return -1;
}

/** Paragraphs of pieces, in text order. */
export function markedParagraphs(reading: ArticleReading): Piece[][] {
  const sortByStart = <T extends { start: number }>(items: readonly T[]) =>
    [...items].sort((a, b) => a.start - b.start);
  const entities = sortByStart(reading.entities);
  const amounts = sortByStart(reading.amounts);
  const claims: readonly ReadClaim[] = reading.claims;
  return reading.paragraphs.map((paragraph) => {
    const cuts = new Set<number>([paragraph.start, paragraph.end]);
    for (const item of [...entities, ...amounts, ...claims])
      if (item.end > paragraph.start && item.start < paragraph.end) {
        cuts.add(Math.max(item.start, paragraph.start));
        cuts.add(Math.min(item.end, paragraph.end));
      }
    const sorted = [...cuts].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let index = 0; index + 1 < sorted.length; index++) {
      const start = sorted[index]!;
      const end = sorted[index + 1]!;
      const entity = coverAt(entities, start);
      const amount = coverAt(amounts, start);
      pieces.push({
        start,
        end,
        text: reading.text.slice(start, end),
        entity: entity >= 0 ? entities[entity]! : null,
        amount: amount >= 0 ? amounts[amount]! : null,
        claim: coverAt(claims, start),
      });
    }
    return pieces;
  });
}
