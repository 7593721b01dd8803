/**
 * Entity linking: names in the text matched to the gazetteer, longest spelling first, with Dutch and English
 * possessives ("OpenAI's", "DeepSeeks"), family names resolved by a nearby parent ("R1" after "DeepSeek"), and
 * capitals read as governments when they act ("Beijing heeft ... ingevoerd"). Capitalised names that match no
 * record are listed as unknown, never forced onto one.
 */
import { recordKey, type Gazetteer, type Spelling, type SpellingGroup } from "./gazetteer.js";
import type { EntityKind, NamedRecord, RecordRef } from "./knowledge.js";
import { GOVERNMENT_OF_CAPITAL, NOT_NAMES, PLACE_PREPOSITIONS } from "./name-forms.js";
import type { Sentence } from "./segments.js";
import type { TokenList } from "./tokens.js";

export type LinkBasis = "name" | "possessive" | "family" | "metonym";

export interface LinkedEntity {
  readonly status: "linked";
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly record: RecordRef & { readonly name: string; readonly kind: EntityKind };
  /** The organisation a product, model or chip belongs to ("Microsoft 365 Copilot" is Microsoft's). */
  readonly parent: (RecordRef & { readonly name: string }) | null;
  readonly basis: LinkBasis;
  readonly confidence: number;
}

export interface UnknownName {
  readonly status: "unknown";
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type EntityMention = LinkedEntity | UnknownName;

/** At most this many unknown names are listed (a hostile text can hold millions of capitalised words). */
export const MAX_UNKNOWN = 500;
/** A family name ("R1") needs its parent named within this many characters before or after it. */
const FAMILY_WINDOW = 400;

function tokenMatches(
  tokens: TokenList,
  index: number,
  spelling: Spelling,
  position: number,
  last: boolean,
): "exact" | "plural" | null {
  const form = tokens.form(index);
  const wanted = spelling.tokens[position]!;
  const lower = tokens.lower(index);
  const rule = spelling.cases[position]!;
  if (lower === wanted) {
    if (rule === "exact" && form !== spelling.exact[position]) return null;
    if (rule === "capital" && !tokens.capital(index)) return null;
    return "exact";
  }
  // Dutch genitive without apostrophe: "DeepSeeks model", "Alibaba's" is handled as a possessive.
  if (
    last &&
    tokens.kind(index) === "word" &&
    lower.length === wanted.length + 1 &&
    lower.endsWith("s") &&
    lower.startsWith(wanted)
  ) {
    if (rule === "any" || /s$/i.test(wanted)) return null;
    if (rule === "exact" && !form.startsWith(spelling.exact[position]!)) return null;
    if (!tokens.capital(index)) return null;
    return "plural";
  }
  return null;
}

/** Tokens i..i+n-1 must touch or be separated by spaces only (no sentence mark between the parts of a name). */
function adjacent(tokens: TokenList, from: number, count: number, text: string): boolean {
  for (let index = from + 1; index < from + count; index++) {
    const gap = tokens.start(index) - tokens.end(index - 1);
    if (gap > 2) return false;
    if (
      gap > 0 &&
      /[^\s\u00a0\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(
        text.slice(tokens.end(index - 1), tokens.start(index)),
      )
    )
      return false;
  }
  return true;
}

interface Match {
  readonly spelling: Spelling;
  readonly count: number;
  readonly possessive: boolean;
}

function matchIn(
  candidates: readonly Spelling[] | undefined,
  tokens: TokenList,
  index: number,
  text: string,
): Match | null {
  if (!candidates) return null;
  for (const spelling of candidates) {
    const count = spelling.tokens.length;
    if (index + count > tokens.length) continue;
    let plural = false;
    let ok = true;
    for (let position = 0; position < count; position++) {
      const result = tokenMatches(tokens, index + position, spelling, position, position === count - 1);
      if (result === null) {
        ok = false;
        break;
      }
      if (result === "plural") plural = true;
    }
    if (!ok || !adjacent(tokens, index, count, text)) continue;
    return { spelling, count, possessive: plural || apostropheS(tokens, index + count) };
  }
  return null;
}

/** "'s" or "’s" glued to the token before `at`. */
function apostropheS(tokens: TokenList, at: number): boolean {
  if (at + 1 >= tokens.length || tokens.kind(at) !== "punct" || tokens.kind(at + 1) !== "word") return false;
  const mark = tokens.form(at);
  return (
    (mark === "'" || mark === "’") &&
    tokens.start(at) === tokens.end(at - 1) &&
    tokens.lower(at + 1) === "s" &&
    tokens.start(at + 1) === tokens.end(at)
  );
}

function matchGroup(group: SpellingGroup | undefined, tokens: TokenList, index: number, text: string): Match | null {
  if (!group) return null;
  return (
    (index + 1 < tokens.length ? matchIn(group.bySecond.get(tokens.lower(index + 1)), tokens, index, text) : null) ??
    matchIn(group.single, tokens, index, text)
  );
}

/** The spelling groups a word may start, looked up once per distinct spelling of the text. */
interface Candidates {
  /** Spellings that start with the word itself. */
  readonly own: SpellingGroup | undefined;
  /** Spellings that start with the word less a final "s" (a Dutch genitive "DeepSeeks"). */
  readonly genitive: SpellingGroup | undefined;
}

const NO_CANDIDATES: Candidates = { own: undefined, genitive: undefined };

function candidatesOf(gazetteer: Gazetteer, tokens: TokenList, index: number): Candidates {
  const lower = tokens.lower(index);
  const group = gazetteer.byFirstToken.get(lower);
  const capital = tokens.form(index).charCodeAt(0) !== lower.charCodeAt(0);
  // Most spellings start with a capital: a lower-case word is tried only against those that may not.
  const own = group && (capital || group.lowerStart || tokens.kind(index) === "number") ? group : undefined;
  const genitive =
    capital && lower.length > 3 && lower.endsWith("s") ? gazetteer.byFirstToken.get(lower.slice(0, -1)) : undefined;
  return own || genitive ? { own, genitive } : NO_CANDIDATES;
}

function matchAt(candidates: Candidates, tokens: TokenList, index: number, text: string): Match | null {
  return matchGroup(candidates.own, tokens, index, text) ?? matchGroup(candidates.genitive, tokens, index, text);
}

/** Whether a sorted list of positions holds one within the family window of a position (binary search). */
function namedNear(positions: readonly number[] | undefined, at: number): boolean {
  if (!positions) return false;
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < at - FAMILY_WINDOW) low = middle + 1;
    else high = middle;
  }
  return low < positions.length && positions[low]! <= at + FAMILY_WINDOW;
}

/** Whether a capital stands as a place here: after a locative preposition, or next to another (non-capital) place. */
function readsAsPlace(tokens: TokenList, index: number, placeAt: (i: number) => boolean): boolean {
  if (index > 0 && tokens.kind(index - 1) === "word" && PLACE_PREPOSITIONS.has(tokens.lower(index - 1))) return true;
  for (let offset = -3; offset <= 3; offset++) if (offset !== 0 && placeAt(index + offset)) return true;
  return false;
}

export function linkEntities(
  text: string,
  tokens: TokenList,
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
): EntityMention[] {
  const sentenceStarts = new Uint8Array(tokens.length);
  for (const sentence of sentences) sentenceStarts[sentence.from] = 1;
  const found: { index: number; count: number; match: Match }[] = [];
  const candidatesBySpelling: (Candidates | undefined)[] = new Array(tokens.spellingCount);
  for (let index = 0; index < tokens.length;) {
    if (tokens.kind(index) === "punct") {
      index++;
      continue;
    }
    const spelling = tokens.spelling(index);
    const candidates = (candidatesBySpelling[spelling] ??= candidatesOf(gazetteer, tokens, index));
    const match = candidates === NO_CANDIDATES ? null : matchAt(candidates, tokens, index, text);
    if (match) {
      found.push({ index, count: match.count, match });
      index += match.count;
    } else index++;
  }
  // Places without a government reading (Shanghai) decide that a capital next to them is a place too.
  const plainPlaceAt = new Set(
    found
      .filter(
        ({ match }) => match.spelling.record.kind === "place" && !GOVERNMENT_OF_CAPITAL[match.spelling.tokens[0]!],
      )
      .map(({ index }) => index),
  );
  // Where each organisation is named, in text order, for the family names that need their parent nearby.
  const namedAt = new Map<string, number[]>();
  for (const { index, match } of found)
    if (!match.spelling.family && match.spelling.record.resource === "organizations") {
      const list = namedAt.get(match.spelling.record.id) ?? [];
      list.push(tokens.start(index));
      namedAt.set(match.spelling.record.id, list);
    }

  // One record and parent object per record, shared by all its mentions (a long text names a record many times).
  const links = new Map<NamedRecord, Pick<LinkedEntity, "record" | "parent">>();
  const linkOf = (record: NamedRecord) => {
    let link = links.get(record);
    if (!link) {
      const parent = record.parent
        ? gazetteer.records.get(recordKey({ resource: "organizations", id: record.parent }))
        : undefined;
      link = {
        record: { resource: record.resource, id: record.id, name: record.name, kind: record.kind },
        parent: parent ? { resource: "organizations", id: parent.id, name: parent.name } : null,
      };
      links.set(record, link);
    }
    return link;
  };
  const governments = new Map<object, LinkedEntity["record"]>();
  const governmentRefOf = (government: RecordRef & { readonly name: string }) => {
    let ref = governments.get(government);
    if (!ref) {
      ref = { resource: government.resource, id: government.id, name: government.name, kind: "government" };
      governments.set(government, ref);
    }
    return ref;
  };

  const mentions: EntityMention[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const { index, count, match } of found) {
    const record = match.spelling.record;
    const start = tokens.start(index);
    const lastEnd = tokens.end(index + count - 1);
    const end =
      match.possessive && tokens.lower(index + count - 1) !== match.spelling.tokens[count - 1] ? lastEnd - 1 : lastEnd;
    let basis: LinkBasis = match.possessive ? "possessive" : "name";
    const link = linkOf(record);
    let ref = link.record;
    let confidence = match.possessive ? 0.9 : 0.95;
    if (match.spelling.family) {
      const parent = record.parent;
      if (!parent || !namedNear(namedAt.get(parent), start)) continue;
      basis = "family";
      confidence = 0.8;
    }
    const government = GOVERNMENT_OF_CAPITAL[match.spelling.tokens[0]!];
    if (record.kind === "place" && government && !readsAsPlace(tokens, index, (i) => plainPlaceAt.has(i))) {
      ref = governmentRefOf(government);
      basis = "metonym";
      confidence = 0.75;
    }
    for (let position = index; position < index + count; position++) covered[position] = 1;
    mentions.push({
      status: "linked",
      start,
      end,
      text: text.slice(start, end),
      record: ref,
      parent: link.parent,
      basis,
      confidence,
    });
  }
  mentions.push(...unknownNames(text, tokens, covered, sentenceStarts));
  return mentions.sort((a, b) => a.start - b.start);
}

function isCapitalisedName(tokens: TokenList, index: number): boolean {
  if (!tokens.capital(index) || tokens.kind(index) !== "word") return false;
  const form = tokens.form(index);
  return form.length >= 2 && !NOT_NAMES.has(form);
}

/** Runs of capitalised words that no record matched, outside sentence starts. */
function unknownNames(text: string, tokens: TokenList, covered: Uint8Array, sentenceStarts: Uint8Array): UnknownName[] {
  const unknown: UnknownName[] = [];
  for (let index = 0; index < tokens.length && unknown.length < MAX_UNKNOWN; index++) {
    if (covered[index] || !isCapitalisedName(tokens, index) || sentenceStarts[index]) continue;
    let last = index;
    while (
      last + 1 < tokens.length &&
      !covered[last + 1] &&
      isCapitalisedName(tokens, last + 1) &&
      tokens.start(last + 1) - tokens.end(last) <= 1
    )
      last++;
    const start = tokens.start(index);
    const end = tokens.end(last);
    unknown.push({ status: "unknown", start, end, text: text.slice(start, end) });
    index = last;
  }
  return unknown;
}
