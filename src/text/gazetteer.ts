/**
 * The gazetteer: every spelling of every named record, tokenised the way article text is, indexed by its first
 * token so the matcher looks up one map entry per word. When two records share a spelling the first given wins
 * (the edge orders curated organisations before countries, chips and models).
 */
import { EXTRA_FORMS, EXTRA_PLACES } from "./name-forms.js";
import type { NamedRecord, RecordRef } from "./knowledge.js";
import { tokenize } from "./tokens.js";

/** How the text's token must be written for a spelling's token to match. */
type CaseRule = "exact" | "capital" | "any";

export interface Spelling {
  readonly record: NamedRecord;
  /** Folded lower-case tokens. */
  readonly tokens: readonly string[];
  readonly cases: readonly CaseRule[];
  readonly exact: readonly string[];
  /** A family short name: it names the record only near its parent organisation. */
  readonly family: boolean;
}

/** The spellings that start with one token: one-token ones, and longer ones by their second token. */
export interface SpellingGroup {
  readonly single: readonly Spelling[];
  readonly bySecond: ReadonlyMap<string, readonly Spelling[]>;
  /** Whether any spelling here may start with a lower-case word (most need a capital: a quick reject). */
  readonly lowerStart: boolean;
}

export interface Gazetteer {
  readonly byFirstToken: ReadonlyMap<string, SpellingGroup>;
  readonly records: ReadonlyMap<string, NamedRecord>;
}

export function recordKey(ref: RecordRef): string {
  return `${ref.resource}/${ref.id}`;
}

function caseRule(token: string): CaseRule {
  const letters = token.replace(/[^\p{L}]/gu, "");
  if (letters === "") return "any";
  // Acronyms ("EU", "VS", "AWS") only in capitals, so "vs" or "eu" in running text never match.
  if (letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return "exact";
  return letters[0] !== letters[0]!.toLowerCase() ? "capital" : "any";
}

function spellingOf(record: NamedRecord, form: string, family: boolean): Spelling | null {
  const list = tokenize(form);
  const tokens = Array.from({ length: list.length }, (_, index) => list.form(index));
  if (tokens.length === 0 || tokens.length > 12) return null;
  return {
    record,
    tokens: tokens.map((token) => token.toLowerCase()),
    cases: tokens.map(caseRule),
    exact: tokens,
    family,
  };
}

/** Spellings too short or too common to name anything by themselves. */
function usable(form: string): boolean {
  const trimmed = form.trim();
  return trimmed.length >= 2 && /\p{L}/u.test(trimmed);
}

export function buildGazetteer(records: readonly NamedRecord[]): Gazetteer {
  const byKey = new Map<string, NamedRecord>();
  for (const record of records) if (!byKey.has(recordKey(record))) byKey.set(recordKey(record), record);
  const withExtras = [...byKey.values()].map((record) => {
    const extra = EXTRA_FORMS.find((entry) => entry.resource === record.resource && entry.id === record.id);
    return extra ? { ...record, forms: [...record.forms, ...extra.forms] } : record;
  });
  const index = new Map<string, Spelling[]>();
  const taken = new Set<string>();
  const add = (spelling: Spelling | null) => {
    if (!spelling) return;
    const signature = `${spelling.family ? "f" : "n"}:${spelling.tokens.join(" ")}:${spelling.family ? spelling.record.parent : ""}`;
    if (taken.has(signature)) return;
    taken.add(signature);
    const list = index.get(spelling.tokens[0]!) ?? [];
    list.push(spelling);
    index.set(spelling.tokens[0]!, list);
  };
  // The reader's own forms come first: a curated record that shares a spelling ("EU" for the European Union as a
  // government) must not take it from the record the reader means by it (the EU bloc, with its figures).
  for (const extra of EXTRA_FORMS) {
    const record = byKey.get(recordKey(extra));
    if (record) for (const form of extra.forms) if (usable(form)) add(spellingOf(record, form, false));
  }
  for (const record of [...withExtras, ...EXTRA_PLACES]) {
    for (const form of [record.name.replace(/\s*\(.*\)\s*$/, ""), ...record.forms])
      if (usable(form)) add(spellingOf(record, form, false));
    for (const form of record.familyForms ?? []) if (usable(form)) add(spellingOf(record, form, true));
  }
  const groups = new Map<string, SpellingGroup>();
  for (const [key, list] of index) {
    const bySecond = new Map<string, Spelling[]>();
    for (const spelling of list.filter((entry) => entry.tokens.length > 1)) {
      const second = bySecond.get(spelling.tokens[1]!) ?? [];
      second.push(spelling);
      bySecond.set(spelling.tokens[1]!, second);
    }
    // Longest spelling first: "Microsoft 365 Copilot" before "Microsoft".
    for (const second of bySecond.values()) second.sort((a, b) => b.tokens.length - a.tokens.length);
    groups.set(key, {
      single: list.filter((entry) => entry.tokens.length === 1),
      bySecond,
      lowerStart: list.some((entry) => entry.cases[0] === "any"),
    });
  }
  return { byFirstToken: groups, records: new Map(withExtras.map((record) => [recordKey(record), record])) };
}
