/**
 * Numbers and dates per language with Intl: "1,234.5" in English, "1.234,5" in Dutch. Huge physical
 * quantities (FLOP, OP/s) are written as a mantissa times a power of ten, which reads the same in both.
 */
import { LOCALE, type Lang } from "./locale.js";

const SUPERSCRIPT: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

const SCIENTIFIC_UNITS = new Set(["FLOP", "OP/s", "bit-OP/s", "B/s"]);
const CURRENCY_UNITS = new Set(["USD", "USD (2025)"]);

export function superscript(exponent: number): string {
  return String(exponent)
    .split("")
    .map((char) => SUPERSCRIPT[char] ?? char)
    .join("");
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value);
}

/** 2.1e25 -> "2.1 × 10²⁵" (en) or "2,1 × 10²⁵" (nl). */
export function formatScientific(value: number, lang: Lang): string {
  if (value === 0) return "0";
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  if (exponent >= -2 && exponent < 4) return formatNumber(value, lang, 2);
  const mantissa = Number((value / 10 ** exponent).toPrecision(2));
  const mantissaText = mantissa === 1 ? "" : `${formatNumber(mantissa, lang, 1)} × `;
  return `${mantissaText}10${superscript(exponent)}`;
}

export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: "percent", maximumFractionDigits: 1 }).format(share);
}

export function formatCurrency(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    style: "currency",
    currency: "USD",
    notation: "compact",
    maximumSignificantDigits: 3,
  }).format(value);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2024-02-26" -> "26 Feb 2024" / "26 feb 2024"; anything else is returned as it is. */
export function formatDate(text: string, lang: Lang): string {
  if (!ISO_DAY.test(text)) return text;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${text}T00:00:00Z`),
  );
}

/** A table cell in its unit: FLOP as powers of ten, shares as percentages, money in compact dollars. */
export function formatCell(value: string | number | boolean | null, unit: string | null, lang: Lang): string {
  if (value === null || value === "") return "–";
  if (typeof value === "boolean") return value ? "✓" : "✗";
  if (typeof value === "string") return formatDate(value, lang);
  if (unit === "year") return String(value);
  if (unit !== null && SCIENTIFIC_UNITS.has(unit)) return formatScientific(value, lang);
  if (unit === "share" || unit === "fraction") return formatPercent(value, lang);
  if (unit !== null && CURRENCY_UNITS.has(unit)) return formatCurrency(value, lang);
  if (unit === "x/year") return `${formatNumber(value, lang, 1)}×`;
  return formatNumber(value, lang, Math.abs(value) >= 100 ? 1 : 2);
}

/** Axis ticks: years stay bare, other numbers follow formatCell. */
export function tickFormatter(unit: string | null, lang: Lang): (value: number) => string {
  return (value) => formatCell(value, unit, lang);
}
