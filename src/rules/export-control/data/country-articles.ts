import type { PlainLanguage } from "./plain-texts.js";

/**
 * Countries whose name takes an article in a sentence ("exports to the United Arab Emirates", "naar de Verenigde
 * Staten"), so an answer reads as a person writes it. Codes are ISO 3166-1 alpha-2; the names themselves come
 * from the country reference passed in.
 */
export const COUNTRY_ARTICLES: Readonly<Record<PlainLanguage, { readonly article: string; readonly codes: ReadonlySet<string> }>> = {
  en: {
    article: "the",
    codes: new Set(["AE", "BS", "CF", "CZ", "DO", "GB", "GM", "KM", "KY", "MH", "MV", "NL", "PH", "SB", "SC", "US", "VA"]),
  },
  nl: {
    article: "de",
    codes: new Set(["AE", "BS", "CF", "DO", "KM", "KY", "MH", "MV", "PH", "SB", "SC", "US"]),
  },
};

/** The country's name as it stands inside a sentence: with its article where the language uses one. */
export function countryInSentence(code: string, name: string, language: PlainLanguage): string {
  const { article, codes } = COUNTRY_ARTICLES[language];
  return codes.has(code) ? `${article} ${name}` : name;
}
