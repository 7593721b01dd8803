/** Every jurisdiction's catalogue, in the order answers list them. */
import type { Jurisdiction } from "../profile.js";
import type { RuleCatalogue } from "../rule.js";
import { CN_CATALOGUE } from "./china.js";
import { EU_CATALOGUE } from "./eu.js";
import { US_CA_CATALOGUE } from "./us-california.js";
import { US_CO_CATALOGUE } from "./us-colorado.js";
import { US_FED_CATALOGUE } from "./us-federal.js";
import { US_IL_CATALOGUE, US_NY_CATALOGUE, US_NYC_CATALOGUE, US_TX_CATALOGUE, US_UT_CATALOGUE } from "./us-states.js";

export const CATALOGUES: Readonly<Record<Jurisdiction, RuleCatalogue>> = {
  EU: EU_CATALOGUE,
  CN: CN_CATALOGUE,
  "US-FED": US_FED_CATALOGUE,
  "US-CA": US_CA_CATALOGUE,
  "US-CO": US_CO_CATALOGUE,
  "US-TX": US_TX_CATALOGUE,
  "US-IL": US_IL_CATALOGUE,
  "US-NY": US_NY_CATALOGUE,
  "US-NYC": US_NYC_CATALOGUE,
  "US-UT": US_UT_CATALOGUE,
};
