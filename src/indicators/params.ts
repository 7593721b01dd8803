/**
 * Parameter pieces every indicator shares, as zod schemas so the API can validate and document them.
 * Query strings arrive as text: lists accept "us,china" as well as arrays, numbers and flags accept strings.
 */
import { z } from "zod";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A list parameter: an array, or one comma-separated string. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((part) => part.trim())
            .filter((part) => part !== "")
        : value,
    z.array(item),
  );
}

/** A yes/no parameter: a boolean, or "true"/"false"/"1"/"0"/"yes"/"no". */
export const flag = () => z.union([z.boolean(), z.stringbool()]);

const year = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a year such as 2020` })
    .int(`${name} must be a whole year`)
    .min(1950, `${name} must be 1950 or later`)
    .max(2100, `${name} must be 2100 or earlier`);

export const blocIdSchema = z.string().regex(SLUG, "a bloc id such as us, china or eu");
export const countryParamSchema = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code such as NL");

/** Which groups to report: bloc ids (checked against the bloc definitions at compute time) and single countries. */
export const groupFields = {
  blocs: listOf(blocIdSchema)
    .default(["us", "china", "eu"])
    .describe("Bloc ids, comma-separated (default us,china,eu)."),
  countries: listOf(countryParamSchema)
    .default([])
    .describe("ISO 3166-1 alpha-2 country codes to report one by one, comma-separated (default none)."),
};

/** Period in whole years, both ends inclusive; either end may be left open. */
export const periodFields = {
  from: year("from").optional().describe("First year, inclusive (default: the earliest year in the data)."),
  to: year("to").optional().describe("Last year, inclusive (default: the latest year in the data)."),
};

export const attributionField = {
  attribution: z
    .enum(["any", "fractional"], { error: "attribution must be 'any' or 'fractional'" })
    .default("any")
    .describe(
      "Country attribution: 'any' counts a record fully for every country involved; 'fractional' splits it evenly.",
    ),
};

/** A strict object schema (unknown parameters are errors) whose period, if given, runs forwards. */
export function paramsSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape).check((ctx) => {
    const { from, to } = ctx.value as { from?: number; to?: number };
    if (from !== undefined && to !== undefined && from > to) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["to"],
        message: `to (${to}) must not be before from (${from})`,
      });
    }
  });
}

/** A parameter that passed its schema but does not fit the data (an unknown bloc id); the API answers 400. */
export class IndicatorParamError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`parameter ${parameter}: ${message}`);
    this.name = "IndicatorParamError";
  }
}

export interface Period {
  readonly from?: number | undefined;
  readonly to?: number | undefined;
}

/** Year of an ISO day. */
export function yearOf(isoDay: string): number {
  return Number(isoDay.slice(0, 4));
}

/**
 * The history a value at the end of the period may use: every record up to `to`, whatever `from` says.
 * Records, lags, first crossings and fits read this; `from` only chooses which rows are returned.
 */
export function history(period: Period): Period {
  return { to: period.to };
}

export function inPeriod(isoDay: string, period: Period): boolean {
  const y = yearOf(isoDay);
  return (period.from === undefined || y >= period.from) && (period.to === undefined || y <= period.to);
}
