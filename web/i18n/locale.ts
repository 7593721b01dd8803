/** The two languages of the dashboard and their Intl locales. */
import type { Localized } from "../../src/domain/vocabulary.js";

export type { Localized };
export type Lang = "en" | "nl";

export const LANGS: readonly Lang[] = ["en", "nl"];

export const LOCALE: Readonly<Record<Lang, string>> = { en: "en-GB", nl: "nl-NL" };

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "nl";
}
