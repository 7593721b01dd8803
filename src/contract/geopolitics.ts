/** Geopolitics per country for the world map: the US export-control country groups each country is in on a day. */
import { z } from "zod";
import { csvResponse, errorBody, list, localized } from "./common.js";

export const groupCategory = z.enum(["E", "D:5", "D", "A:6", "A:5", "none"]);
export type GroupCategory = z.output<typeof groupCategory>;
const confidence = z.enum(["quoted", "computed", "secondary", "inferred", "disputed", "unconfirmed"]);
const groupId = z.enum(["D:1", "D:2", "D:3", "D:4", "D:5", "A:5", "A:6", "E:1", "E:2"]);

export const countryGroups = z.object({
  country: z.string(),
  treated_as: z.string().nullable().describe("The country whose groups it takes (Hong Kong as China), or null"),
  groups: list(z.object({ group: groupId, confidence, instrument: z.string(), sources: list(z.string()) })),
  category: groupCategory.describe("The strictest group category the country is in"),
  category_confidence: confidence.nullable(),
});
export type CountryGroups = z.output<typeof countryGroups>;

const sourcedNote = z.object({ text: z.string(), confidence, instrument: z.string(), sources: list(z.string()) });

export const countryGroupsResponse = z.object({
  data: z.object({
    date: z.string(),
    categories: list(groupCategory).describe("Strictest first"),
    groups: list(z.object({ id: z.string(), category: groupCategory, meaning: localized })),
    countries: list(countryGroups),
    changes: list(z.string()).describe("Days on which some membership starts or ends"),
    notes: list(sourcedNote),
    sources: z.record(z.string(), z.string()),
  }),
});
export type CountryGroupsResponse = z.output<typeof countryGroupsResponse>;

const day = z
  .string({ error: "required: a date as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, "not a calendar day")
  .describe("The day, YYYY-MM-DD (required: the server reads no clock)");
export const countryGroupsQuery = z.strictObject({ date: day });
export type CountryGroupsQuery = z.input<typeof countryGroupsQuery>;

/** Each operation's parameters and answers, spread into its route's schema. */
export const geopoliticsContract = {
  countryGroups: { querystring: countryGroupsQuery, response: { 200: countryGroupsResponse, 400: errorBody } },
  countryGroupsCsv: {
    querystring: countryGroupsQuery,
    response: { ...csvResponse("One row per country and group on the day"), 400: errorBody },
  },
} as const;
