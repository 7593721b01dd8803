import { CORE_SCHEMA, load } from "js-yaml";
import type { z } from "zod";
import { parseYamlWithPositions } from "../../domain/yaml-positions.js";
import { fieldPath } from "../../domain/yaml-table.js";

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
  /** 1-based line where item `index` of the top-level list starts. */
  itemLine(index: number): number;
  /** 1-based line of the node at a path (or of its nearest existing parent); parses positions on first use. */
  lineOf(path: readonly (string | number)[]): number;
}

/** The position-keeping parse: slower, so used for errors and for files whose layout the fast path cannot read. */
function positionsOf(file: string, text: string) {
  const positioned = parseYamlWithPositions(text);
  const syntaxError = positioned.errors[0];
  if (syntaxError) throw new CuratedFileError(file, syntaxError.line, "", `not valid YAML: ${syntaxError.message}`);
  return positioned;
}

/** Lines that start an item of the top-level block list ("  - id: ..."), in order. */
function blockItemLines(text: string): number[] {
  const starts: { line: number; indent: number }[] = [];
  text.split("\n").forEach((content, index) => {
    const match = /^( *)- /.exec(content);
    if (match) starts.push({ line: index + 1, indent: match[1]!.length });
  });
  const outer = Math.min(...starts.map((start) => start.indent));
  return starts.filter((start) => start.indent === outer).map((start) => start.line);
}

/**
 * Parses YAML text and validates it with a zod schema; errors carry file:line and the field path. The common
 * case (a valid file) takes the fast parser; a problem is re-read with positions to name its line.
 */
export function parseYamlFile<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
  listKey: string,
): ParsedYaml<z.infer<Schema>> {
  let positions: ReturnType<typeof positionsOf> | null = null;
  const precise = () => (positions ??= positionsOf(file, text));
  let raw: unknown;
  try {
    raw = load(text, { schema: CORE_SCHEMA, filename: file });
  } catch {
    precise(); // throws with the line of the syntax error
    throw new CuratedFileError(file, 1, "", "not valid YAML");
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    // An unknown (often misspelt) key is named itself, at its own line.
    if (issue.code === "unrecognized_keys") path.push(issue.keys[0]!);
    throw new CuratedFileError(file, precise().lineOf(path), fieldPath(path), issue.message);
  }
  const list = (result.data as Record<string, unknown>)[listKey];
  const items = Array.isArray(list) ? list : [];
  const fastLines = blockItemLines(text);
  const itemLines =
    fastLines.length === items.length ? fastLines : items.map((_, index) => precise().lineOf([listKey, index]));
  return { value: result.data, itemLine: (index) => itemLines[index] ?? 1, lineOf: (path) => precise().lineOf(path) };
}
