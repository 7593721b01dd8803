/**
 * A data file in YAML read against a zod schema: its value, or the first problem as `file:line: field: reason`.
 * Used for the rule tables of the engines (data/rules/). Pure: text in, value or issue out; never throws.
 */
import { CORE_SCHEMA, load } from "js-yaml";
import type { z } from "zod";
import { parseYamlWithPositions, type PositionedYaml } from "./yaml-positions.js";

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

/** A YAML file read for its value; positions are parsed only when a problem needs a line. */
export type ReadYaml =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** 1-based line of the node at a path (or of its nearest existing parent). */
      readonly lineOf: (path: readonly (string | number)[]) => number;
    }
  | { readonly ok: false; readonly issues: readonly TableIssue[] };

/** The common case (a valid file) takes the fast parser; a syntax error is re-read with positions to name its line. */
export function readYamlFile(file: string, text: string): ReadYaml {
  let positioned: PositionedYaml | null = null;
  const precise = () => (positioned ??= parseYamlWithPositions(text));
  try {
    const value: unknown = load(text, { schema: CORE_SCHEMA, filename: file });
    return { ok: true, value, lineOf: (path) => precise().lineOf(path) };
  } catch (error) {
    const errors = precise().errors;
    const mark = (error as { mark?: { line?: number } }).mark;
    const shown =
      errors.length > 0 ? errors : [{ line: (mark?.line ?? 0) + 1, message: (error as Error).message.split("\n")[0]! }];
    return {
      ok: false,
      issues: shown.map((problem) => ({
        file,
        line: problem.line,
        field: "",
        reason: `not valid YAML: ${problem.message}`,
      })),
    };
  }
}

/** A file read against a zod schema: its value, or the first problem (a misspelt key named at its own line). */
export function parseYamlTable<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
): YamlTable<z.infer<Schema>> {
  const read = readYamlFile(file, text);
  if (!read.ok) return { ok: false, issue: read.issues[0]! };
  const result = schema.safeParse(read.value);
  if (result.success) return { ok: true, value: result.data, lineOf: read.lineOf };
  // A misspelt key shows as an unknown key and a missing one: name the unknown key, at its own line.
  const issue =
    result.error.issues.find((candidate) => candidate.code === "unrecognized_keys") ?? result.error.issues[0]!;
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  if (issue.code === "unrecognized_keys") path.push(issue.keys[0]!);
  const reason =
    issue.code === "invalid_type" && / received undefined$/.test(issue.message) ? "missing" : issue.message;
  return { ok: false, issue: { file, line: read.lineOf(path), field: fieldPath(path), reason } };
}
