import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { z } from "zod";
import { profileSchema, type SystemProfile } from "./profile.js";

export type ProfileFormat = "yaml" | "json";

/** One problem in a profile: the field path ("markets.0.jurisdiction"), the message and, for YAML, the line. */
export interface ProfileIssue {
  readonly path: string;
  readonly message: string;
  readonly line?: number;
}

export type ParseProfileResult =
  | { readonly ok: true; readonly profile: SystemProfile }
  | { readonly ok: false; readonly issues: readonly ProfileIssue[] };

/** Thrown by `parseProfileOrThrow`; its message lists every issue on its own line. */
export class ProfileError extends Error {
  constructor(
    readonly issues: readonly ProfileIssue[],
    source = "profile",
  ) {
    super(
      issues
        .map(
          (issue) =>
            `${source}${issue.line === undefined ? "" : `:${issue.line}`}: ${issue.path || "(root)"}: ${issue.message}`,
        )
        .join("\n"),
    );
    this.name = "ProfileError";
  }
}

/** Parses and validates a profile given as YAML or JSON text; never throws. */
export function parseProfile(text: string, format: ProfileFormat): ParseProfileResult {
  if (format === "json") {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, issues: [{ path: "", message: `not valid JSON: ${(error as Error).message}` }] };
    }
    return validateProfile(value);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      issues: document.errors.map((error) => ({
        path: "",
        message: `not valid YAML: ${error.message.split("\n")[0]}`,
        line: error.linePos?.[0]?.line,
      })),
    };
  }
  const result = validateProfile(document.toJS());
  if (result.ok) return result;
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ ...issue, line: lineOf(document.contents, issue.path, lineCounter) })),
  };
}

/** Validates an already-decoded value (an API body, say) against the profile schema. */
export function validateProfile(value: unknown): ParseProfileResult {
  const result = profileSchema.safeParse(value);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, issues: result.error.issues.flatMap(toIssues) };
}

/** As `parseProfile`, but throws a `ProfileError` naming `source` (a file name) in each line. */
export function parseProfileOrThrow(text: string, format: ProfileFormat, source?: string): SystemProfile {
  const result = parseProfile(text, format);
  if (!result.ok) throw new ProfileError(result.issues, source);
  return result.profile;
}

function toIssues(issue: z.core.$ZodIssue): ProfileIssue[] {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    // One issue per unknown key, so each names its own field (and line).
    return issue.keys.map((key) => ({ path: [...path, key].join("."), message: `unknown field "${key}"` }));
  }
  return [{ path: path.join("."), message: issue.message }];
}

/** The 1-based line of the YAML node at a dotted path, or of its nearest existing parent. */
function lineOf(root: Node | null, path: string, lineCounter: LineCounter): number | undefined {
  let node: unknown = root;
  let keyNode: unknown;
  for (const part of path === "" ? [] : path.split(".")) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value) === part);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      const child = node.items[Number(part)];
      if (child === undefined) break;
      keyNode = child;
      node = child;
    } else break;
  }
  const target = (keyNode ?? node) as { range?: [number, number, number] } | null;
  const offset = target?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}
