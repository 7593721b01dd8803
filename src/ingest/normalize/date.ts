import { parsePartialDate, partialDateStart, type DatePrecision } from "../../domain/partial-date.js";
import { FieldError } from "./field-error.js";

export interface NormalizedDate {
  /** First day the date covers, YYYY-MM-DD: what range filters and sorting use. */
  readonly day: string;
  readonly precision: DatePrecision;
}

export function parseOptionalDate(field: string, text: string | undefined): NormalizedDate | null {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return null;
  const date = parsePartialDate(trimmed);
  if (!date)
    throw new FieldError(field, trimmed, `not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(trimmed)}`);
  return { day: partialDateStart(date), precision: date.precision };
}
