import { FieldError } from "./field-error.js";

const DMS = /^\s*(\d+(?:\.\d+)?)°\s*(?:(\d+(?:\.\d+)?)['′]\s*)?(?:(\d+(?:\.\d+)?)(?:"|″|'')\s*)?([NSEW])\s*$/i;

/** Degrees-minutes-seconds ("32°35'25\"N") or decimal degrees to signed decimal degrees; empty is null. */
export function parseCoordinate(field: string, text: string | null): number | null {
  if (text === null || text.trim() === "") return null;
  const decimal = Number(text.trim());
  if (Number.isFinite(decimal)) return decimal;
  const match = DMS.exec(text);
  if (!match) throw new FieldError(field, text, `not a coordinate: ${JSON.stringify(text)}`);
  const [, degrees, minutes, seconds, hemisphere] = match;
  const value = Number(degrees) + Number(minutes ?? 0) / 60 + Number(seconds ?? 0) / 3600;
  return /[SW]/i.test(hemisphere!) ? -value : value;
}
