/**
 * The article reader: tokens, paragraphs with their language, linked entities, amounts in US dollars, and checked
 * claims, from plain text (the edge turns HTML and Markdown into text first). Pure: the knowledge and the clock
 * for the time limit come in from the caller.
 */
import { readAmounts, type Amount } from "./amounts.js";
import { checkClaims, type CheckedClaim, type EventAmounts } from "./claims.js";
import { MONTHS } from "./claim-cues.js";
import { indexClaims, type CuratedIndex } from "./curated-match.js";
import { linkEntities, type EntityMention } from "./entities.js";
import { buildGazetteer, type Gazetteer } from "./gazetteer.js";
import type { ExchangeRate, ReaderKnowledge } from "./knowledge.js";
import type { Lang } from "./language.js";
import { paragraphsOf, sentencesOf } from "./segments.js";
import { tokenize } from "./tokens.js";
import { toUsd } from "./usd.js";

export interface Reader {
  readonly knowledge: ReaderKnowledge;
  readonly gazetteer: Gazetteer;
  readonly curated: CuratedIndex;
  readonly events: readonly EventAmounts[];
}

/** The amounts an event's English title states, in dollars at the rate of the event's date. */
function eventAmounts(knowledge: ReaderKnowledge): EventAmounts[] {
  return knowledge.events.map((event) => {
    const tokens = tokenize(event.titleEn);
    const sentences = sentencesOf(tokens, paragraphsOf(event.titleEn, tokens, "en"));
    const usd = readAmounts(event.titleEn, tokens, sentences).flatMap((amount) => {
      const value = toUsd(amount, knowledge.rates, event.date);
      return value ? [value.usd] : [];
    });
    return { event, usd };
  });
}

export function prepareReader(knowledge: ReaderKnowledge): Reader {
  return {
    knowledge,
    gazetteer: buildGazetteer(knowledge.records),
    curated: indexClaims(knowledge.claims),
    events: eventAmounts(knowledge),
  };
}

/** A time limit checked between the stages (each is linear in the text). */
export interface Deadline {
  readonly now: () => number;
  readonly at: number;
}

export class ReadTimeoutError extends Error {
  constructor(stage: string) {
    super(`reading took longer than the time limit (stopped at ${stage})`);
    this.name = "ReadTimeoutError";
  }
}

export interface ReadOptions {
  /** The language to assume where a paragraph gives no clue. */
  readonly lang?: Lang;
  /** The article's date (YYYY-MM-DD) for exchange rates; found in the text's first lines when not given. */
  readonly date?: string | null;
  readonly deadline?: Deadline;
  /** Stop after entities and amounts (the benchmark's measure). */
  readonly skipClaims?: boolean;
}

export interface AmountReading extends Amount {
  readonly usd: number | null;
  readonly rate: ExchangeRate | null;
}

export interface Reading {
  readonly text: string;
  readonly lang: Lang;
  readonly date: string | null;
  readonly paragraphs: readonly { start: number; end: number; lang: Lang }[];
  readonly entities: readonly EntityMention[];
  readonly amounts: readonly AmountReading[];
  readonly claims: readonly CheckedClaim[];
}

const DAY_MONTH_YEAR = /(\d{1,2})\s+([A-Za-z]+)\s+((?:19|20)\d\d)/g;

/** "vrijdag, 28 maart 2025" in the first 600 characters: the article's date. */
export function articleDate(text: string): string | null {
  for (const match of text.slice(0, 600).matchAll(DAY_MONTH_YEAR)) {
    const month = MONTHS[match[2]!.toLowerCase()];
    const day = Number(match[1]);
    if (month && day >= 1 && day <= 31)
      return `${match[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return null;
}

export function readArticle(reader: Reader, text: string, options: ReadOptions = {}): Reading {
  const check = (stage: string) => {
    if (options.deadline && options.deadline.now() > options.deadline.at) throw new ReadTimeoutError(stage);
  };
  const tokens = tokenize(text);
  check("tokens");
  const paragraphs = paragraphsOf(text, tokens, options.lang ?? "en");
  const sentences = sentencesOf(tokens, paragraphs);
  const votes = paragraphs.reduce(
    (sum, paragraph) =>
      sum + (paragraph.lang === "nl" ? paragraph.end - paragraph.start : -(paragraph.end - paragraph.start)),
    0,
  );
  const lang: Lang = votes === 0 ? (options.lang ?? "en") : votes > 0 ? "nl" : "en";
  check("sentences");
  const entities = linkEntities(text, tokens, sentences, reader.gazetteer);
  check("entities");
  const date = options.date ?? articleDate(text);
  const amounts = readAmounts(text, tokens, sentences).map((amount): AmountReading => {
    const usd = toUsd(amount, reader.knowledge.rates, date);
    return { ...amount, usd: usd?.usd ?? null, rate: usd?.rate ?? null };
  });
  check("amounts");
  const claims = options.skipClaims
    ? []
    : checkClaims(
        {
          text,
          tokens,
          sentences,
          entities,
          amounts,
          knowledge: reader.knowledge,
          curated: reader.curated,
          records: reader.gazetteer.records,
          events: reader.events,
        },
        date,
      );
  check("claims");
  return {
    text,
    lang,
    date,
    paragraphs: paragraphs.map(({ start, end, lang: paragraphLang }) => ({ start, end, lang: paragraphLang })),
    entities,
    amounts,
    claims,
  };
}
