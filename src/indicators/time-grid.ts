/** Calendar helpers for series over time: snapshot days, month differences, the window a method reports. */
import { decimalYear } from "../domain/partial-date.js";
import { yearOf, type Period } from "./params.js";

export type Step = "year" | "quarter" | "month";

const MONTHS_PER_STEP: Record<Step, number> = { year: 12, quarter: 3, month: 1 };

/** Last day of each year, quarter or month from the start of fromYear to the end of toYear, as ISO days. */
export function snapshotDays(fromYear: number, toYear: number, step: Step): string[] {
  const days: string[] = [];
  const stride = MONTHS_PER_STEP[step];
  for (let year = fromYear; year <= toYear; year++) {
    for (let month = stride; month <= 12; month += stride) {
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      days.push(`${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`);
    }
  }
  return days;
}

/** Months from one ISO day to a later one, as a decimal (a year is 12 months). */
export function monthsBetween(earlier: string, later: string): number {
  return (decimalYear(later) - decimalYear(earlier)) * 12;
}

/** The years a method covers: the requested period, narrowed to the records' own years when left open. */
export function windowOf(days: readonly string[], period: Period): { from: number; to: number } | null {
  if (days.length === 0) return null;
  const years = days.map(yearOf);
  return { from: period.from ?? Math.min(...years), to: period.to ?? Math.max(...years) };
}

/** Rounds to a fixed number of decimals, so tables and CSV show stable numbers. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
