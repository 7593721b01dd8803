/**
 * The page's state in the URL, so a link reproduces the question and the chart: chip (or custom TPP/PD),
 * destination, date, end user's headquarters, mode, datacenter flag, the rule version drawn and the sliders.
 */
import type { Question } from "./api.js";

export interface ExportView {
  /** A chip id from the store, or null for a custom chip. */
  readonly chip: string | null;
  readonly customTpp: number | null;
  readonly customPd: number | null;
  readonly question: Question;
  /** Values the reader gave for facts the data lacks, by API parameter (URL: g_<parameter>). */
  readonly given: Readonly<Record<string, number>>;
  /** Rule version whose thresholds the chart draws; null: the one in force on the date. */
  readonly ruleVersion: string | null;
  /** Slider positions; null: the rule's own value. */
  readonly sliders: {
    readonly tpp: number | null;
    readonly tppFloor: number | null;
    readonly pd: number | null;
    readonly pdFloor: number | null;
  };
}

export const DEFAULT_CHIP = "nvidia-hgx-h20";
export const DEFAULT_DESTINATION = "CN";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

function positive(text: string | null): number | null {
  if (text === null || text === "") return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** The facts a reader may supply for a chip in the data, by the API parameter that takes them. */
export const GIVEN_PARAMETERS = ["applicable_die_area_mm2", "interconnect_gbps", "dram_bandwidth_gbps", "tpp"] as const;

/** `today` is passed in (the page reads the browser's clock once) so parsing stays a pure function. */
export function parseExportView(query: URLSearchParams, today: string): ExportView {
  const chip = query.get("chip");
  const hq = query.get("hq");
  const dc = query.get("dc");
  const to = query.get("to");
  const date = query.get("date");
  return {
    chip: chip === "custom" ? null : chip && /^[a-z0-9-]+$/.test(chip) ? chip : DEFAULT_CHIP,
    customTpp: positive(query.get("tpp")),
    customPd: positive(query.get("pd")),
    question: {
      to: to && COUNTRY.test(to) ? to : DEFAULT_DESTINATION,
      date: date && DAY.test(date) ? date : today,
      endUserHq: hq && COUNTRY.test(hq) ? hq : null,
      mode: query.get("mode") === "as_written" ? "as_written" : "enforced",
      datacenter: dc === "true" ? true : dc === "false" ? false : null,
    },
    given: Object.fromEntries(
      GIVEN_PARAMETERS.flatMap((parameter) => {
        const value = positive(query.get(`g_${parameter}`));
        return value === null || value === 0 ? [] : [[parameter, value]];
      }),
    ),
    ruleVersion: query.get("rv"),
    sliders: {
      tpp: positive(query.get("s_tpp")),
      tppFloor: positive(query.get("s_tpp2")),
      pd: positive(query.get("s_pd")),
      pdFloor: positive(query.get("s_pd2")),
    },
  };
}
