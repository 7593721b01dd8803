/**
 * Pieces every route group's contract uses: a text in both languages, the error body, list envelopes and
 * CSV answers. The contract is zod schemas the server validates requests and serialises responses with,
 * and from which /openapi.json is generated; the dashboard imports their types (type-only).
 */
import { z } from "zod";
import type { Localized } from "../domain/vocabulary.js";

export type { Localized };

/** An array in a response: read-only, as the engines and queries build them. */
export const list = <Item extends z.ZodType>(item: Item) => z.array(item).readonly();

export const localized = z.object({ en: z.string(), nl: z.string() }) satisfies z.ZodType<Localized>;

/** What every 4xx/5xx answer carries; a body with several problems adds them under `issues`. */
export const errorBody = z.looseObject({
  error: z.string().describe("bad_request, not_found, rate_limited, busy, unavailable, internal, ..."),
  parameter: z.string().optional().describe("The parameter, field path or header at fault"),
  message: z.string(),
});
export type ErrorBody = z.output<typeof errorBody>;

/** The query of an operation that takes no parameters: any is refused, by name (a misspelt filter is an error). */
export const noQuery = z.strictObject({});

/** `/:id` of a record (a list's record, a chip): any non-empty id; an unknown one is answered 404. */
export const recordIdParams = z.strictObject({ id: z.string().min(1).max(300) });

/** A CSV answer (the text/csv twin of a JSON endpoint); its last column names the source. */
export function csvResponse(description: string) {
  return { 200: { description, content: { "text/csv": { schema: z.string() } } } };
}

/** `{data, total, next}` with cursor pagination, and the attribution where Epoch AI's data shows. */
export function listEnvelope<Item extends z.ZodType>(item: Item) {
  return z.object({
    data: list(item),
    total: z.number().int(),
    next: z.string().nullable().describe("Cursor of the next page, or null on the last"),
    attribution: z.string().optional(),
  });
}

/** One record under `data`, with the attribution where Epoch AI's data shows. */
export function itemEnvelope<Item extends z.ZodType>(item: Item) {
  return z.object({ data: item, attribution: z.string().optional() });
}

/** A source as an answer cites it (the fields of /api/v1/sources a citation needs). */
export const sourceRef = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  licence: z.string().nullable(),
  accessed: z.string().nullable(),
  notes: z.string().nullable(),
});
export type SourceRef = z.output<typeof sourceRef>;

/**
 * An engine record described by its main fields; its further fields (recursive conditions, schedules) pass
 * through unchanged and are documented where the engine defines them. The engine's interfaces are accepted
 * as they are (an interface has no index signature, so a plain loose object would not take one).
 */
export function openRecord<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.looseObject(shape) as unknown as z.ZodType<z.output<z.ZodObject<Shape>>, object>;
}

/** A number an engine may leave undefined (NaN: no kept run, no data); JSON writes it as null. */
export const engineNumber = z.preprocess(
  (value) => (typeof value === "number" && Number.isNaN(value) ? null : value),
  z.number().nullable(),
);
