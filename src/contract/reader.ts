/** POST /api/v1/read: an article in, its entities, amounts and checked claims out (schemas in the domain). */
import { z } from "zod";
import { readingSchema, readRequestSchema } from "../domain/article-reading.js";
import { errorBody } from "./common.js";

/** The body: the article and how to read it (the schema is the reader's own, in the domain). */
export const readBody = readRequestSchema;
export type ReadBody = z.input<typeof readBody>;

export const readerContract = {
  read: {
    body: readBody,
    response: {
      200: z.object({ data: readingSchema }),
      400: errorBody,
      413: errorBody,
      415: errorBody,
      422: errorBody,
    },
  },
};
