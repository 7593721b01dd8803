/** POST /api/v1/read: an article in, its entities, amounts and checked claims out (schemas in the domain). */
import { z } from "zod";
import { readingSchema } from "../domain/article-reading.js";
import { errorBody } from "./common.js";

export const readerContract = {
  read: {
    200: z.object({ data: readingSchema }),
    400: errorBody,
    413: errorBody,
    415: errorBody,
    422: errorBody,
  },
};
