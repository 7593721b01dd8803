import type { z } from "zod";
import { parseYamlWithPositions } from "../../domain/yaml-positions.js";
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
  const yaml = parseYamlWithPositions(text);
  if (yaml.errors.length > 0) {
    return {
      ok: false,
      issues: yaml.errors.map((error) => ({ path: "", message: `not valid YAML: ${error.message}`, line: error.line })),
    };
  }
  const result = validateProfile(yaml.value());
  if (result.ok) return result;
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      ...issue,
      line: yaml.lineOf(issue.path === "" ? [] : issue.path.split(".")),
    })),
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
