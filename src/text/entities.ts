/**
 * Entity linking: names in the text matched to the gazetteer, longest spelling first, with Dutch and English
 * possessives ("OpenAI's", "DeepSeeks"), family names resolved by a nearby parent ("R1" after "DeepSeek"), and
 * capitals read as governments when they act ("Beijing heeft ... ingevoerd"). Capitalised names that match no
 * record are listed as unknown, never forced onto one.
 */
import { recordKey, type Gazetteer, type Spelling, type SpellingGroup } from "./gazetteer.js";
import type { EntityKind, RecordRef } from "./knowledge.js";
import { GOVERNMENT_OF_CAPITAL, NOT_NAMES, PLACE_PREPOSITIONS } from "./name-forms.js";
import type { Sentence } from "./segments.js";
import type { Token } from "./tokens.js";

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

function tokenMatches(token: Token, spelling: Spelling, position: number, last: boolean): "exact" | "plural" | null {
  const form = token.form;
  const wanted = spelling.tokens[position]!;
  const lower = token.lower;
  const rule = spelling.cases[position]!;
  if (lower === wanted) {
    if (rule === "exact" && form !== spelling.exact[position]) return null;
    if (rule === "capital" && form[0] === form[0]!.toLowerCase()) return null;
    return "exact";
  }
  // Dutch genitive without apostrophe: "DeepSeeks model", "Alibaba's" is handled as a possessive.
  if (
    last &&
    token.kind === "word" &&
    lower.length === wanted.length + 1 &&
    lower.endsWith("s") &&
    lower.startsWith(wanted)
  ) {
    if (rule === "any" || /s$/i.test(wanted)) return null;
    if (rule === "exact" && !form.startsWith(spelling.exact[position]!)) return null;
    if (form[0] === form[0]!.toLowerCase()) return null;
    return "plural";
  }
  return null;
}

/** Tokens i..i+n-1 must touch or be separated by spaces only (no sentence mark between the parts of a name). */
function adjacent(tokens: readonly Token[], from: number, count: number, text: string): boolean {
  for (let index = from + 1; index < from + count; index++) {
    const gap = tokens[index]!.start - tokens[index - 1]!.end;
    if (gap > 2) return false;
    if (
      gap > 0 &&
      /[^\s\u00a0\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(
        text.slice(tokens[index - 1]!.end, tokens[index]!.start),
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
  tokens: readonly Token[],
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
      const result = tokenMatches(tokens[index + position]!, spelling, position, position === count - 1);
      if (result === null) {
        ok = false;
        break;
      }
      if (result === "plural") plural = true;
    }
    if (!ok || !adjacent(tokens, index, count, text)) continue;
    const apostrophe = tokens[index + count];
    const s = tokens[index + count + 1];
    const possessive =
      plural ||
      (apostrophe?.kind === "punct" &&
        (apostrophe.form === "'" || apostrophe.form === "’") &&
        apostrophe.start === tokens[index + count - 1]!.end &&
        s?.kind === "word" &&
        s.lower === "s" &&
        s.start === apostrophe.end);
    return { spelling, count, possessive };
  }
  return null;
}

function matchGroup(
  group: SpellingGroup | undefined,
  tokens: readonly Token[],
  index: number,
  text: string,
): Match | null {
  if (!group) return null;
  const next = tokens[index + 1];
  return (
    (next ? matchIn(group.bySecond.get(next.lower), tokens, index, text) : null) ??
    matchIn(group.single, tokens, index, text)
  );
}

function matchAt(gazetteer: Gazetteer, tokens: readonly Token[], index: number, text: string): Match | null {
  const token = tokens[index]!;
  const lower = token.lower;
  const group = gazetteer.byFirstToken.get(lower);
  const capital = token.form.charCodeAt(0) !== lower.charCodeAt(0);
  // Most spellings start with a capital: a lower-case word is tried only against those that may not.
  if (group && (capital || group.lowerStart || token.kind === "number")) {
    const match = matchGroup(group, tokens, index, text);
    if (match) return match;
  }
  if (capital && lower.length > 3 && lower.endsWith("s"))
    return matchGroup(gazetteer.byFirstToken.get(lower.slice(0, -1)), tokens, index, text);
  return null;
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
function readsAsPlace(tokens: readonly Token[], index: number, placeAt: (i: number) => boolean): boolean {
  const previous = tokens[index - 1];
  if (previous?.kind === "word" && PLACE_PREPOSITIONS.has(previous.form.toLowerCase())) return true;
  for (let offset = -3; offset <= 3; offset++) if (offset !== 0 && placeAt(index + offset)) return true;
  return false;
}

export function linkEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
): EntityMention[] {
  const sentenceStarts = new Set(sentences.map((sentence) => sentence.from));
  const found: { index: number; count: number; match: Match }[] = [];
  for (let index = 0; index < tokens.length;) {
    const token = tokens[index]!;
    if (token.kind === "punct") {
      index++;
      continue;
    }
    const match = matchAt(gazetteer, tokens, index, text);
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
      list.push(tokens[index]!.start);
      namedAt.set(match.spelling.record.id, list);
    }

  const mentions: EntityMention[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const { index, count, match } of found) {
    const record = match.spelling.record;
    const first = tokens[index]!;
    const lastToken = tokens[index + count - 1]!;
    const end =
      match.possessive && lastToken.form.toLowerCase() !== match.spelling.tokens[count - 1]
        ? lastToken.end - 1
        : lastToken.end;
    let basis: LinkBasis = match.possessive ? "possessive" : "name";
    let ref: RecordRef & { name: string; kind: EntityKind } = {
      resource: record.resource,
      id: record.id,
      name: record.name,
      kind: record.kind,
    };
    let confidence = match.possessive ? 0.9 : 0.95;
    if (match.spelling.family) {
      const parent = record.parent;
      if (!parent || !namedNear(namedAt.get(parent), first.start)) continue;
      basis = "family";
      confidence = 0.8;
    }
    const government = GOVERNMENT_OF_CAPITAL[match.spelling.tokens[0]!];
    if (record.kind === "place" && government && !readsAsPlace(tokens, index, (i) => plainPlaceAt.has(i))) {
      ref = { resource: government.resource, id: government.id, name: government.name, kind: "government" };
      basis = "metonym";
      confidence = 0.75;
    }
    const parentRecord = record.parent
      ? gazetteer.records.get(recordKey({ resource: "organizations", id: record.parent }))
      : undefined;
    for (let position = index; position < index + count; position++) covered[position] = 1;
    mentions.push({
      status: "linked",
      start: first.start,
      end,
      text: text.slice(first.start, end),
      record: ref,
      parent: parentRecord ? { resource: "organizations", id: parentRecord.id, name: parentRecord.name } : null,
      basis,
      confidence,
    });
  }
  mentions.push(...unknownNames(text, tokens, covered, sentenceStarts));
  return mentions.sort((a, b) => a.start - b.start);
}

function isCapitalisedName(token: Token): boolean {
  if (token.kind !== "word" || token.form.length < 2) return false;
  const first = token.form[0]!;
  return first !== first.toLowerCase() && !NOT_NAMES.has(token.form);
}

/** Runs of capitalised words that no record matched, outside sentence starts. */
function unknownNames(
  text: string,
  tokens: readonly Token[],
  covered: Uint8Array,
  sentenceStarts: ReadonlySet<number>,
): UnknownName[] {
  const unknown: UnknownName[] = [];
  for (let index = 0; index < tokens.length && unknown.length < MAX_UNKNOWN; index++) {
    if (covered[index] || sentenceStarts.has(index) || !isCapitalisedName(tokens[index]!)) continue;
    let last = index;
    while (
      last + 1 < tokens.length &&
      !covered[last + 1] &&
      isCapitalisedName(tokens[last + 1]!) &&
      tokens[last + 1]!.start - tokens[last]!.end <= 1
    )
      last++;
    unknown.push({
      status: "unknown",
      start: tokens[index]!.start,
      end: tokens[last]!.end,
      text: text.slice(tokens[index]!.start, tokens[last]!.end),
    });
    index = last;
  }
  return unknown;
}
