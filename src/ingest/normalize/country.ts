import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { FieldError } from "./field-error.js";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
countries.registerLocale(require("i18n-iso-countries/langs/nl.json"));

/** Epoch spelling -> ISO code, or null for a label that names no single country ("Multinational"). */
export type CountryAliases = ReadonlyMap<string, string | null>;

export const ALL_COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

export function isCountryCode(code: string): boolean {
  return countries.isValid(code) && code === code.toUpperCase() && code.length === 2;
}

/**
 * Short English and Dutch names for display ("United States", "Verenigde Staten"). The package's English
 * aliases include abbreviations and inverted forms ("UK", "Korea, Republic of"): those fall back to the
 * standard name.
 */
export function countryNames(code: string): { en: string; nl: string } {
  const alias = (lang: "en" | "nl") => countries.getName(code, lang, { select: "alias" });
  const standard = (lang: "en" | "nl") => countries.getName(code, lang) ?? code;
  const englishAlias = alias("en");
  const en =
    englishAlias && !englishAlias.includes(",") && englishAlias.length > 3
      ? englishAlias.replace(/^The /, "")
      : standard("en");
  return { en, nl: alias("nl") ?? standard("nl") };
}

// The package searches its whole name table on every lookup; Epoch repeats a few dozen spellings thousands of times.
const isoCodeByName = new Map<string, string | null>();

function isoCodeOf(name: string): string | null {
  if (!isoCodeByName.has(name)) isoCodeByName.set(name, countries.getAlpha2Code(name, "en") ?? null);
  return isoCodeByName.get(name)!;
}

/** Resolves one country name: the alias file first, then ISO names in English. Unknown names throw. */
export function resolveCountry(field: string, name: string, aliases: CountryAliases): string | null {
  const trimmed = name.trim();
  if (aliases.has(trimmed)) return aliases.get(trimmed)!;
  const code = isoCodeOf(trimmed);
  if (code) return code;
  throw new FieldError(
    field,
    trimmed,
    `unknown country name ${JSON.stringify(trimmed)}: add it to data/country-aliases.yaml`,
  );
}

/**
 * Resolves Epoch's comma-separated country list ("United States of America,United Kingdom of Great Britain
 * and Northern Ireland,United States of America"): one entry per listed developer, in order, repeats kept,
 * null where the label names no single country.
 */
export function resolveCountryList(
  field: string,
  text: string | undefined,
  aliases: CountryAliases,
): (string | null)[] {
  return splitList(text).map((name) => resolveCountry(field, name, aliases));
}

/** Splits a comma-separated field, trimming each part and dropping empty parts. */
export function splitList(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
