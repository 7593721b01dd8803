/**
 * From the contract's zod schemas to /openapi.json and to the bytes on the wire. The type provider's transform
 * handles JSON responses; CSV answers are declared as `{description, content: {"text/csv": {schema}}}` and
 * converted here. Responses are serialised by parsing them with their schema, so no answer leaves the server
 * in a shape its contract does not describe.
 */
import type { FastifySchema } from "fastify";
import { createSerializerCompiler, jsonSchemaTransform } from "fastify-type-provider-zod";
import { z } from "zod";

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type ContentResponse = { description: string; content: Record<string, { schema: z.ZodType }> };

const isContentResponse = (value: unknown): value is ContentResponse =>
  typeof value === "object" && value !== null && "content" in value && !(value instanceof z.ZodType);

/**
 * A list in a query is comma-separated (?status=controlled,indeterminate): described as `explode: false`, so that
 * a generated client joins the values with commas instead of repeating the parameter.
 */
function commaSeparatedQuery(
  transformed: ReturnType<typeof jsonSchemaTransform>,
): ReturnType<typeof jsonSchemaTransform> {
  const querystring = (transformed.schema as { querystring?: object }).querystring;
  if (!querystring) return transformed;
  return { ...transformed, schema: { ...transformed.schema, querystring: { ...querystring, explode: false } } };
}

export function contractTransform(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  return commaSeparatedQuery(withCsvResponses(input));
}

function withCsvResponses(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const response = (input.schema as FastifySchema | undefined)?.response as Record<string, unknown> | undefined;
  if (!response) return jsonSchemaTransform(input);
  const zodOnly = Object.fromEntries(Object.entries(response).filter(([, value]) => !isContentResponse(value)));
  const transformed = jsonSchemaTransform({ ...input, schema: { ...input.schema, response: zodOnly } });
  const withContent = { ...((transformed.schema as { response?: Record<string, unknown> }).response ?? {}) };
  for (const [status, value] of Object.entries(response))
    if (isContentResponse(value))
      withContent[status] = {
        description: value.description,
        content: Object.fromEntries(
          Object.entries(value.content).map(([type, { schema }]) => [
            type,
            { schema: z.toJSONSchema(schema, { target: "openapi-3.0" }) },
          ]),
        ),
      };
  return { ...transformed, schema: { ...transformed.schema, response: withContent } };
}

/** JSON answers are parsed with their response schema, then written; a mismatch is a server error (500). */
export const contractSerializer = createSerializerCompiler({});
