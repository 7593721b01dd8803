import { FieldError } from "./field-error.js";

/**
 * Epoch writes numbers as plain decimals or exponent form ("1.52e+24", "4.0E23"); empty, "NaN" and
 * the derived "inf"/"Infinity" mean no usable value. Anything else is malformed.
 */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NO_VALUE = new Set(["", "nan", "inf", "-inf", "infinity", "-infinity"]);

export function parseOptionalNumber(field: string, text: string | undefined): number | null {
  const trimmed = (text ?? "").trim();
  if (NO_VALUE.has(trimmed.toLowerCase())) return null;
  if (!NUMBER.test(trimmed)) throw new FieldError(field, text ?? "", `not a number: ${JSON.stringify(text)}`);
  const value = Number(trimmed);
  // "1e400" is well-formed but beyond a double: it would be stored as Infinity and break every sum over it.
  if (!Number.isFinite(value))
    throw new FieldError(field, text ?? "", `number out of range (beyond ±1.8e308): ${JSON.stringify(text)}`);
  return value;
}

/** A count or amount that cannot be negative (FLOP, parameters, watts, dollars). */
export function parseOptionalNonNegative(field: string, text: string | undefined): number | null {
  const value = parseOptionalNumber(field, text);
  if (value !== null && value < 0) throw new FieldError(field, text ?? "", `negative value where none can be: ${text}`);
  return value;
}

/** Epoch's booleans: "True"/"False", "1"/"0", "Yes"/"No"; empty is false. */
export function parseFlag(field: string, text: string | undefined): boolean {
  const value = (text ?? "").trim().toLowerCase();
  if (value === "" || value === "false" || value === "0" || value === "no") return false;
  if (value === "true" || value === "1" || value === "yes") return true;
  throw new FieldError(field, text ?? "", `not a yes/no value: ${JSON.stringify(text)}`);
}
