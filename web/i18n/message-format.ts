/**
 * The one way a message is filled, for every catalogue of the dashboard: {name} placeholders,
 * {name, number} formatted per language, and ICU-style plurals chosen with Intl.PluralRules:
 * "{n, plural, one {# record} other {# records}}" (# is the number, formatted per language).
 * Plain {name} placeholders are inserted as given, so years stay "2015", never "2,015".
 */
import { LOCALE, type Lang } from "./locale.js";

export type MessageValues = Readonly<Record<string, string | number>>;

function formatNumberValue(value: string | number | undefined, lang: Lang): string {
  if (typeof value !== "number") return String(value ?? "");
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

/** The index just after the brace that closes the one at `open`. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === "{") depth++;
    else if (text[index] === "}" && --depth === 0) return index + 1;
  }
  throw new Error(`unbalanced braces in message: ${text}`);
}

/** "one {# record} other {# records}" -> { one: "# record", other: "# records" }. */
function pluralCases(body: string): Map<string, string> {
  const cases = new Map<string, string>();
  let index = 0;
  while (index < body.length) {
    const match = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
    match.lastIndex = index;
    const found = match.exec(body);
    if (!found) break;
    const open = match.lastIndex - 1;
    const close = closingBrace(body, open);
    cases.set(found[1]!, body.slice(open + 1, close - 1));
    index = close;
  }
  return cases;
}

function fillPlural(body: string, value: string | number | undefined, values: MessageValues | undefined, lang: Lang) {
  const count = Number(value ?? 0);
  const cases = pluralCases(body);
  const chosen =
    cases.get(`=${count}`) ?? cases.get(new Intl.PluralRules(LOCALE[lang]).select(count)) ?? cases.get("other") ?? "";
  return formatMessage(chosen.replace(/#/g, formatNumberValue(count, lang)), values, lang);
}

export function formatMessage(template: string, values: MessageValues | undefined, lang: Lang): string {
  let out = "";
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf("{", index);
    if (open < 0) break;
    out += template.slice(index, open);
    const close = closingBrace(template, open);
    const inner = template.slice(open + 1, close - 1);
    const [name = "", kind, ...rest] = inner.split(",");
    const key = name.trim();
    const value = values?.[key];
    if (kind?.trim() === "plural") out += fillPlural(rest.join(","), value, values, lang);
    else if (value === undefined) out += template.slice(open, close);
    else if (kind?.trim() === "number") out += formatNumberValue(value, lang);
    else out += String(value);
    index = close;
  }
  return out + template.slice(index);
}

/** Fills a catalogue's message for a key in one language: the dashboard's one translator. */
export type Translator<Key extends string> = (key: Key, values?: MessageValues) => string;

export interface Catalogue<Key extends string> {
  readonly en: Readonly<Record<Key, string>>;
  readonly nl: Readonly<Record<Key, string>>;
  readonly translate: (lang: Lang) => Translator<Key>;
  /** A table column labelled in both languages from this catalogue. */
  readonly column: (
    key: string,
    label: Key,
    unit?: string | null,
  ) => { key: string; label: { en: string; nl: string }; unit: string | null };
}

/** A catalogue of messages in both languages, key for key, filled by formatMessage. */
export function defineCatalogue<Key extends string>(
  en: Readonly<Record<Key, string>>,
  nl: Readonly<Record<Key, string>>,
): Catalogue<Key> {
  const messages = { en, nl };
  return {
    en,
    nl,
    translate: (lang) => (key, values) => formatMessage(messages[lang][key], values, lang),
    column: (key, label, unit = null) => ({ key, label: { en: en[label], nl: nl[label] }, unit }),
  };
}
