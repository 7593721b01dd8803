import type { Sourced } from "../types.js";
import type { CountryGroupId } from "./country-groups.js";

/**
 * Destinations needing a licence for essentially all items, whatever the advanced-computing rules say (§3.1).
 * Answers add this reason; it never replaces the advanced-computing reasoning.
 */
export interface Embargo extends Sourced {
  readonly id: string;
  readonly text: string;
  readonly nl: string;
  readonly groups: readonly CountryGroupId[];
  readonly countries: readonly string[];
}

export const EMBARGOES: readonly Embargo[] = [
  {
    id: "e1-e2",
    text: "comprehensive embargo (Country Groups E:1/E:2): licence needed for essentially all items",
    nl: "volledig embargo (landengroepen E:1/E:2): vergunning nodig voor vrijwel alle goederen",
    groups: ["E:1", "E:2"],
    countries: [],
    citation: { instrument: "EAR Part 746 and Supp. No. 1 to Part 740 (E:1, E:2)", sources: ["R33"] },
    confidence: "secondary",
  },
  {
    id: "russia-belarus",
    text: "Russia/Belarus sanctions (EAR Part 746): licence needed for all CCL items",
    nl: "sancties tegen Rusland/Belarus (EAR Part 746): vergunning nodig voor alle goederen op de CCL",
    groups: [],
    countries: ["RU", "BY"],
    citation: { instrument: "EAR §746.8", sources: ["R33"] },
    confidence: "inferred",
  },
];
