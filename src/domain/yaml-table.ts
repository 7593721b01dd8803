/**
 * A data file in YAML read against a zod schema: its value, or the first problem as `file:line: field: reason`.
 * Used for the rule tables of the engines (data/rules/). Pure: text in, value or issue out; never throws.
 */
import type { z } from "zod";
import { parseYamlWithPositions } from "./yaml-positions.js";

/** What is wrong with a data file, and where. */
export interface TableIssue {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** "ruleVersions[3].effective"; empty when the file as a whole is at fault. */
  readonly field: string;
  readonly reason: string;
}

export type YamlTable<Value> =
  | {
      readonly ok: true;
      readonly value: Value;
      /** 1-based line of the node at a path (or of its nearest existing parent). */
      readonly lineOf: (path: readonly (string | number)[]) => number;
    }
  | { readonly ok: false; readonly issue: TableIssue };

/** "ruleVersions[3].effective" from ["ruleVersions", 3, "effective"]. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}

export function formatTableIssue(issue: TableIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field ? `${issue.field}: ` : ""}${issue.reason}`;
}

export function parseYamlTable<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
): YamlTable<z.infer<Schema>> {
  const positioned = parseYamlWithPositions(text);
  const syntaxError = positioned.errors[0];
  if (syntaxError)
    return {
      ok: false,
      issue: { file, line: syntaxError.line, field: "", reason: `not valid YAML: ${syntaxError.message}` },
    };
  let raw: unknown;
  try {
    raw = positioned.value();
  } catch (error) {
    // The parser refuses some documents only when building values (e.g. too many aliases).
    return { ok: false, issue: { file, line: 1, field: "", reason: `not valid YAML: ${(error as Error).message}` } };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data, lineOf: (path) => positioned.lineOf(path) };
  const issue = result.error.issues[0]!;
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  // An unknown (often misspelt) key is named itself, at its own line.
  if (issue.code === "unrecognized_keys") path.push(issue.keys[0]!);
  return { ok: false, issue: { file, line: positioned.lineOf(path), field: fieldPath(path), reason: issue.message } };
}
