/**
 * Dates as sources give them: a year, a month or a day. The precision travels with the value so that
 * "2021" is never silently read as 1 January 2021.
 */
export type DatePrecision = "year" | "month" | "day";

/** A calendar day, YYYY-MM-DD (a partial date at day precision, as text). Days compare correctly as strings. */
export type IsoDay = string;

export interface PartialDate {
  /** ISO form at its own precision: "2021", "2021-07" or "2021-07-15". */
  readonly iso: string;
  readonly precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a trailing time is ignored); null when it is not a real date. */
export function parsePartialDate(text: string): PartialDate | null {
  const trimmed = text.trim().replace(/[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, "");
  const match = PARTIAL_DATE.exec(trimmed);
  if (!match) return null;
  const [, year, month, day] = match;
  if (month === undefined) return { iso: year!, precision: "year" };
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return null;
  if (day === undefined) return { iso: `${year}-${month}`, precision: "month" };
  const dayNumber = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  if (dayNumber < 1 || dayNumber > daysInMonth) return null;
  return { iso: `${year}-${month}-${day}`, precision: "day" };
}

/** The first day a partial date covers, as YYYY-MM-DD: used for sorting and range filters. */
export function partialDateStart(date: PartialDate): string {
  if (date.precision === "year") return `${date.iso}-01-01`;
  if (date.precision === "month") return `${date.iso}-01`;
  return date.iso;
}

/** Decimal year of the first day a date covers (2021-07-02 -> about 2021.5); for fits over time. */
export function decimalYear(isoDay: string): number {
  const [year, month, day] = isoDay.split("-").map(Number) as [number, number, number];
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return year + (Date.UTC(year, month - 1, day) - start) / (end - start);
}
