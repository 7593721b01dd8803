/** ISO 3166-1 numeric id (as world-atlas names its features) -> alpha-2 code (as the API names countries). */
import codes from "i18n-iso-countries/codes.json";

export const ALPHA2_BY_NUMERIC: ReadonlyMap<string, string> = new Map(
  (codes as readonly (readonly string[])[]).map((entry) => [entry[2]!, entry[0]!]),
);
