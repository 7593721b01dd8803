/**
 * POST /api/v1/read: an article (plain text, Markdown or HTML) in, its entities, amounts and checked claims out.
 * The reader's knowledge is read from the store once per build; each reading has a size and a time limit.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { MAX_ARTICLE_CHARS } from "../../domain/article-reading.js";
import { prepareReader, ReadTimeoutError, type Reader } from "../../text/read.js";
import { readerContract } from "../../contract/reader.js";
import { readToContract } from "../article-reading.js";
import type { ApiContext } from "../context.js";
import { loadReaderKnowledge } from "../reader-knowledge.js";

/** JSON-escaped text can take up to six bytes a character; the character limit is checked by the schema. */
export const READ_BODY_BYTES = 4 * 1024 * 1024;
/** Milliseconds one reading may take; past it the request is answered 422 rather than left hanging. */
export const READ_TIME_LIMIT_MS = 5_000;

export function registerReadRoutes(app: FastifyInstance, context: ApiContext): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  let cached: { version: string; reader: Promise<Reader> } | null = null;
  const readerFor = () => {
    if (!cached || cached.version !== context.storeVersion) {
      const reader = loadReaderKnowledge(context.db).then(prepareReader);
      cached = { version: context.storeVersion, reader };
      reader.catch(() => {
        cached = null;
      });
    }
    return cached.reader;
  };

  typed.post(
    "/api/v1/read",
    {
      bodyLimit: READ_BODY_BYTES,
      schema: {
        summary: `Reads a news article (plain text, Markdown or HTML, at most ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters): entities linked to Wedloop's records, amounts in US dollars with the rate's date, and claims checked against curated facts and records`,
        tags: ["reader"],
        ...readerContract.read,
      },
    },
    async (request, reply) => {
      const reader = await readerFor();
      const started = performance.now();
      try {
        return {
          data: readToContract(reader, {
            ...request.body,
            deadline: { now: () => performance.now(), at: started + READ_TIME_LIMIT_MS },
          }),
        };
      } catch (error) {
        if (error instanceof ReadTimeoutError)
          return reply.code(422).send({
            error: "too_slow",
            parameter: "text",
            message: `text: ${error.message} of ${READ_TIME_LIMIT_MS / 1000} s; send a shorter article`,
          });
        throw error;
      }
    },
  );
}
