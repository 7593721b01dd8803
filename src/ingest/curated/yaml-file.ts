import { isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";

/** An invalid curated file: names the file, the line and the field, and stops the build. */
export class CuratedFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${field ? `${field}: ` : ""}${reason}`);
  }
}

export interface ParsedYaml<T> {
  readonly value: T;
  /** 1-based line of the node at a path (or of its nearest existing parent). */
  lineOf(path: readonly (string | number)[]): number;
}

/** Parses YAML text and validates it with a zod schema; errors carry file:line and the field path. */
export function parseYamlFile<Schema extends z.ZodType>(file: string, text: string, schema: Schema): ParsedYaml<z.infer<Schema>> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const line = lineCounter.linePos(syntaxError.pos[0]).line;
    throw new CuratedFileError(file, line, "", `not valid YAML: ${syntaxError.message.split("\n")[0]}`);
  }
  const lineOf = (path: readonly (string | number)[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const result = schema.safeParse(document.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    // An unknown (often misspelt) key is named itself, at its own line.
    if (issue.code === "unrecognized_keys") path.push(issue.keys[0]!);
    throw new CuratedFileError(file, lineOf(path), fieldName(path), issue.message);
  }
  return { value: result.data, lineOf };
}

/** "facts[3].source" from ["facts", 3, "source"]. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}
