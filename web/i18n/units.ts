/**
 * Units as words in each language ("models" / "modellen"), for axis labels, table headers and tooltips.
 * Units the number itself shows (shares as %, money as $, years) get no word, so no label says a unit twice.
 */
import type { Lang } from "./locale.js";
import { defineCatalogue } from "./message-format.js";

const en = {
  models: "models",
  "x per year": "× per year",
  "x/year": "× per year",
  "per year": "per year",
  years: "years",
  months: "months",
  ratio: "ratio",
  people: "people",
  "log per sqrt(year)": "log per √year",
  "H100e per year": "H100e per year",
  "H100e per $B": "H100e per $ billion",
  "$B per year (2024 USD)": "$ billion per year (2024 dollars)",
  "USD/year": "dollars per year",
  "tokens/day": "tokens per day",
  "messages/day": "messages per day",
  "fraction of GDP": "share of GDP",
  exponent: "exponent",
  probability: "probability",
  $T: "$ trillion",
  H100e: "H100e",
  MW: "MW",
  FLOP: "FLOP",
  "bit-OP/s": "bit-OP/s",
  "OP/s": "OP/s",
  "B/s": "B/s",
} as const;

type UnitKey = keyof typeof en;

const nl: Readonly<Record<UnitKey, string>> = {
  models: "modellen",
  "x per year": "× per jaar",
  "x/year": "× per jaar",
  "per year": "per jaar",
  years: "jaar",
  months: "maanden",
  ratio: "verhouding",
  people: "mensen",
  "log per sqrt(year)": "log per √jaar",
  "H100e per year": "H100e per jaar",
  "H100e per $B": "H100e per miljard $",
  "$B per year (2024 USD)": "miljard $ per jaar (dollars van 2024)",
  "USD/year": "dollar per jaar",
  "tokens/day": "tokens per dag",
  "messages/day": "berichten per dag",
  "fraction of GDP": "aandeel van het bbp",
  exponent: "exponent",
  probability: "kans",
  $T: "biljoen $",
  H100e: "H100e",
  MW: "MW",
  FLOP: "FLOP",
  "bit-OP/s": "bit-OP/s",
  "OP/s": "OP/s",
  "B/s": "B/s",
};

export const UNITS = defineCatalogue<UnitKey>(en, nl);

/** Units whose numbers already say what they are: "75%", "$1.2B", "2019", free text. */
const SELF_EVIDENT = new Set(["share", "fraction", "year", "text", "text!", "USD", "USD (2025)"]);

/** The unit as a word in the language, or null when the formatted number already shows it. */
export function unitWord(unit: string | null, lang: Lang): string | null {
  if (unit === null || unit === "" || SELF_EVIDENT.has(unit)) return null;
  return unit in en ? UNITS.translate(lang)(unit as UnitKey) : unit;
}

/** "Models (models)" would say it twice: the unit joins the label only when the label lacks it. */
export function withUnit(label: string, unit: string | null, lang: Lang): string {
  const word = unitWord(unit, lang);
  if (word === null || label.toLowerCase().includes(word.toLowerCase())) return label;
  return `${label} (${word})`;
}
