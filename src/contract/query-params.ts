import { z } from "zod";
import { parsePartialDate, partialDateStart } from "../domain/partial-date.js";

/** Query-string pieces shared by the list endpoints. Lists are comma-separated: ?country=US,CN. */

export const commaList = <Item extends z.ZodType<unknown, string>>(item: Item) =>
  z.preprocess(
    (text) =>
      typeof text === "string"
        ? text
            .split(",")
            .map((part) => part.trim())
            .filter((part) => part !== "")
        : text,
    z.array(item).min(1, "at least one value"),
  );

export const countryCodesParam = commaList(
  z
    .string()
    .regex(/^[A-Za-z]{2}$/, "ISO 3166-1 alpha-2 codes such as US,CN,NL")
    .transform((code) => code.toUpperCase()),
).describe("Comma-separated ISO 3166-1 alpha-2 country codes, e.g. US,CN,NL");
export const blocIdsParam = commaList(z.string().regex(/^[a-z0-9-]+$/, "bloc ids such as us,china,eu")).describe(
  "Comma-separated bloc ids (see /api/v1/blocs), e.g. us,china,eu",
);
export const dateParam = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "a date as YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((text) => parsePartialDate(text) !== null, "a real calendar date (this day does not exist)");

/** The last day a YYYY, YYYY-MM or YYYY-MM-DD date covers, for comparisons (a month's "-31" is late enough). */
const lastDayOf = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

/** True when `from` starts after `to` ends: an empty range, which is a mistake rather than a question. */
export function rangeReversed(from: string | undefined, to: string | undefined): boolean {
  const start = from === undefined ? null : parsePartialDate(from);
  if (!start || to === undefined) return false;
  return partialDateStart(start) > lastDayOf(to);
}

function rangeInOrder(query: object): boolean {
  const { from, to } = query as { from?: string; to?: string };
  return !rangeReversed(from, to);
}

export function listQuerySchema<Extra extends z.ZodRawShape>(
  sortable: readonly string[],
  defaultSort: string,
  extra: Extra,
) {
  const sortValues = sortable.flatMap((column) => [column, `-${column}`]) as [string, ...string[]];
  return z
    .strictObject({
      limit: z.coerce.number().int("a whole number").min(1).max(1000).default(50).describe("Records per page (1-1000)"),
      cursor: z.string().min(1).optional().describe("The `next` value of the previous page"),
      sort: z.enum(sortValues).default(defaultSort).describe("Column to sort by; prefix with - for descending"),
      q: z.string().min(1).max(200).optional().describe("Case-insensitive text search on the name"),
      from: dateParam.optional().describe("Earliest date (inclusive)"),
      to: dateParam.optional().describe("Latest date (inclusive)"),
      country: countryCodesParam.optional(),
      bloc: blocIdsParam.optional(),
      ...extra,
    })
    .refine(rangeInOrder, {
      path: ["from"],
      message: "must not be after `to`",
    });
}
