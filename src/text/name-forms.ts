/**
 * Language knowledge the store does not hold: how Dutch and English texts abbreviate countries and blocs, and which
 * capitals stand for their governments. Not facts about the race, so kept here beside the code that reads them.
 */
import type { NamedRecord, RecordRef } from "./knowledge.js";

/** Extra spellings of countries and blocs, in both languages. */
export const EXTRA_FORMS: readonly (RecordRef & { readonly forms: readonly string[] })[] = [
  {
    resource: "countries",
    id: "US",
    forms: ["VS", "US", "USA", "U.S.", "Verenigde Staten", "United States", "Amerika", "America"],
  },
  { resource: "countries", id: "CN", forms: ["China", "Volksrepubliek China", "People's Republic of China", "PRC"] },
  {
    resource: "countries",
    id: "GB",
    forms: ["VK", "UK", "Verenigd Koninkrijk", "United Kingdom", "Groot-Brittannië", "Britain"],
  },
  { resource: "countries", id: "NL", forms: ["Nederland", "the Netherlands", "Netherlands"] },
  { resource: "blocs", id: "eu", forms: ["EU", "Europese Unie", "European Union", "Europese lidstaten"] },
  { resource: "blocs", id: "europe", forms: ["Europa", "Europe"] },
];

/** Capitals without a record of their own: as places they link to their country. */
export const EXTRA_PLACES: readonly NamedRecord[] = [
  { resource: "countries", id: "BE", name: "Brussels (Belgium)", kind: "place", forms: ["Brussel", "Brussels"] },
];

/** Capitals (by their first word, lower case) that, used as actors ("Beijing heeft ... ingevoerd"), mean their government. */
export const GOVERNMENT_OF_CAPITAL: ReadonlyMap<string, RecordRef & { readonly name: string }> = new Map([
  ["beijing", { resource: "countries", id: "CN", name: "China (government)" }],
  ["washington", { resource: "countries", id: "US", name: "United States (government)" }],
  ["brussel", { resource: "organizations", id: "european-commission", name: "European Commission" }],
  ["brussels", { resource: "organizations", id: "european-commission", name: "European Commission" }],
]);

/** Words before a place that read it as a place ("in Beijing", "naar Washington"). */
export const PLACE_PREPOSITIONS = new Set([
  "in",
  "naar",
  "uit",
  "from",
  "to",
  "near",
  "bij",
  "rond",
  "around",
  "nabij",
  "te",
  "at",
]);

/**
 * Capitalised words that are not names: they never appear as unknown names. Months, days, titles and the
 * capitalised common words of headlines.
 */
export const NOT_NAMES = new Set(
  (
    "AI ML API CEO CTO CFO GPU GPUs TPU CPU LLM LLMs IT EUR USD CNY RMB PDF HTML OK " +
    "January February March April May June July August September October November December " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday " +
    "januari februari maart mei juni juli augustus oktober " +
    "I We The A An In On At Of For And But Or If As It Its This That These Those He She They " +
    "De Het Een En Maar Of Als Dit Dat Deze Die Zij Hij Wij Ook Nu Toch Zo Ze " +
    "Western Westerse Chinese Amerikaanse Europese Europees European American Dutch Nederlandse Blog " +
    "Europeanen Amerikanen Chinezen Europeans Americans"
  ).split(" "),
);
