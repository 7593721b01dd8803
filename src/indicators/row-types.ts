/**
 * The row type of every table of every indicator, by indicator id and table key: what a client (the dashboard,
 * a composite indicator, a script) may read from a row. Each schema is declared beside the code that builds its
 * rows, which the compiler checks against it; test/api/indicator-rows.test.ts checks every table's columns and
 * rows on the real snapshot against these.
 */
import type { z } from "zod";
import { CAPABILITY_LAG_ROW } from "./capability-lag.js";
import { CHIP_RECORD_ROW } from "./chips.js";
import { DATA_CENTRES_ROW } from "./data-centres.js";
import { COMPANY_REPORT_ROW, ECONOMY_GROUP_ROW } from "./economy.js";
import { POSITION_PART_ROW, POSITION_ROW } from "./europe-position.js";
import { FRONTIER_GROWTH_ROW, FRONTIER_RECORD_ROW } from "./frontier-compute.js";
import { FRONTIER_LAG_ROW } from "./frontier-lag.js";
import { COMPUTE_BY_OWNER_ROW, HOSTED_COMPUTE_ROW, HOST_ROW } from "./hosted-compute.js";
import { INSTALLED_COMPUTE_ROW, LARGEST_CLUSTER_ROW, SHARE_SENSITIVITY_ROW } from "./installed-compute.js";
import { NOTABLE_MODELS_ROW } from "./notable-models-per-year.js";
import { OPEN_WEIGHTS_ROW } from "./open-weights-share.js";
import { PRICE_POINT_ROW } from "./price-against-capability.js";
import { CHEAPEST_PRICE_ROW, PRICE_FALL_ROW, PRICE_GAP_ROW } from "./price-of-capability.js";
import { FIRST_CROSSING_ROW, THRESHOLD_MODEL_ROW } from "./regulatory-thresholds.js";

export const INDICATOR_ROWS = {
  "notable-models-per-year": { main: NOTABLE_MODELS_ROW },
  "frontier-compute": { main: FRONTIER_RECORD_ROW, growth: FRONTIER_GROWTH_ROW },
  "frontier-lag": { main: FRONTIER_LAG_ROW, latest: FRONTIER_LAG_ROW },
  "capability-lag": { main: CAPABILITY_LAG_ROW, latest: CAPABILITY_LAG_ROW },
  "open-weights-share": { main: OPEN_WEIGHTS_ROW },
  "installed-compute": {
    main: INSTALLED_COMPUTE_ROW,
    largest: LARGEST_CLUSTER_ROW,
    sensitivity: SHARE_SENSITIVITY_ROW,
  },
  "hosted-compute": { main: HOSTED_COMPUTE_ROW, hosts: HOST_ROW, byOwner: COMPUTE_BY_OWNER_ROW },
  "data-centres": { main: DATA_CENTRES_ROW },
  chips: { main: CHIP_RECORD_ROW },
  economy: { main: COMPANY_REPORT_ROW, byGroup: ECONOMY_GROUP_ROW },
  "regulatory-thresholds": { main: THRESHOLD_MODEL_ROW, firstCrossing: FIRST_CROSSING_ROW },
  "europe-position": { main: POSITION_ROW, parts: POSITION_PART_ROW },
  "price-of-capability": { main: CHEAPEST_PRICE_ROW, fall: PRICE_FALL_ROW, gap: PRICE_GAP_ROW },
  "price-against-capability": { main: PRICE_POINT_ROW },
} as const satisfies Readonly<Record<string, Readonly<Record<string, z.ZodObject>>>>;

export type IndicatorId = keyof typeof INDICATOR_ROWS;
export type TableKey<Id extends IndicatorId> = keyof (typeof INDICATOR_ROWS)[Id] & string;
/** The row of one table of one indicator, e.g. `RowOf<"frontier-compute", "growth">`. */
export type RowOf<Id extends IndicatorId, Table extends TableKey<Id>> = z.output<(typeof INDICATOR_ROWS)[Id][Table]>;
