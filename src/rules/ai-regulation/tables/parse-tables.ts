/**
 * Reads the rule tables (data/rules/ai-regulation/) from their texts: pure, so the API and CLI read the files
 * once at the edge and pass the parsed tables to the engine. Every problem names its place as
 * `file:line: field: reason`, all of them at once, so one pass over the files fixes them.
 */
import type { z } from "zod";
import { fieldPath, formatTableIssue, readYamlFile, type TableIssue } from "../../../domain/yaml-table.js";
import { JURISDICTIONS, type Jurisdiction } from "../profile.js";
import type { AnnexIIIPoint, Condition, NamedFact, Rule, RuleCatalogue } from "../rule.js";
import { manifestSchema, matrixFileSchema, tableFileSchema, type SharedNames } from "./table-file.js";
import type { RegulationTables } from "./tables.js";

export const MANIFEST = "catalogues.yaml";

/** A problem in a table file, named by file, line and field. */
export type TableProblem = TableIssue;

export type ParseTablesResult =
  | { readonly ok: true; readonly tables: RegulationTables }
  | { readonly ok: false; readonly problems: readonly TableProblem[] };

/** One problem per line, `folder/file:line: field: reason`. */
export function formatProblems(folder: string, problems: readonly TableProblem[]): string {
  return problems.map((problem) => formatTableIssue({ ...problem, file: `${folder}/${problem.file}` })).join("\n");
}

interface ReadFile {
  readonly name: string;
  readonly value: unknown;
  /** The line of a field; positions are parsed only when a problem needs one. */
  lineOf(path: readonly (string | number)[]): number;
}

const SHARED_KINDS = ["sources", "texts", "conditions", "schedules", "transitions", "facts"] as const;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Parses every file of the tables: `files` maps a file name (e.g. "us-colorado.yaml") to its text. Never throws:
 * a problem in any file is returned with its place.
 */
export function parseRegulationTables(files: ReadonlyMap<string, string>): ParseTablesResult {
  const problems: TableProblem[] = [];
  const seen = new Set<string>();
  const report = (problem: TableProblem) => {
    const key = JSON.stringify(problem);
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  };
  const read = new Map<string, ReadFile | null>();
  const readFile = (name: string): ReadFile | null => {
    if (read.has(name)) return read.get(name)!;
    const text = files.get(name);
    let result: ReadFile | null = null;
    if (text === undefined)
      report({ file: MANIFEST, line: 1, field: "", reason: `lists ${name}, which does not exist` });
    else {
      const file = readYamlFile(name, text);
      if (file.ok) result = { name, value: file.value ?? {}, lineOf: file.lineOf };
      else for (const problem of file.issues) report(problem);
    }
    read.set(name, result);
    return result;
  };
  const validate = <Schema extends z.ZodType>(file: ReadFile, schema: Schema): z.output<Schema> | undefined => {
    const result = schema.safeParse(file.value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
      if (issue.code === "unrecognized_keys") path.push(issue.keys[0]!);
      const reason = issue.code === "unrecognized_keys" ? `unknown field "${issue.keys[0]}"` : issue.message;
      report({ file: file.name, line: file.lineOf(path), field: fieldPath(path), reason });
    }
    return undefined;
  };

  const manifestFile = readFile(MANIFEST);
  const manifest = manifestFile && validate(manifestFile, manifestSchema);
  if (!manifest) return { ok: false, problems };
  const listed = new Set([...Object.values(manifest.catalogues).flat(), manifest.matrix]);
  for (const name of [...files.keys()].sort())
    if (name !== MANIFEST && !listed.has(name))
      report({ file: name, line: 1, field: "", reason: `not listed in ${MANIFEST}, so never read` });
  for (const key of Object.keys(manifest.catalogues))
    if (!(JURISDICTIONS as readonly string[]).includes(key))
      report({
        file: MANIFEST,
        line: manifestFile.lineOf(["catalogues", key]),
        field: `catalogues.${key}`,
        reason: `unknown jurisdiction; one of ${JURISDICTIONS.join(", ")}`,
      });

  const catalogues: Partial<Record<Jurisdiction, RuleCatalogue>> = {};
  const ruleHomes = new Map<string, { file: ReadFile; path: (string | number)[] }>();
  for (const jurisdiction of JURISDICTIONS) {
    const names = manifest.catalogues[jurisdiction];
    if (!names) {
      report({
        file: MANIFEST,
        line: manifestFile.lineOf(["catalogues"]),
        field: "catalogues",
        reason: `no files for ${jurisdiction}`,
      });
      continue;
    }
    const parts = names.map(readFile).filter((file): file is ReadFile => file !== null);
    const shared = sharedNames(parts, report);
    const schema = tableFileSchema(jurisdiction, shared);
    const catalogue = { jurisdiction, instruments: [], rules: [], facts: {}, timeline: [] } as {
      jurisdiction: Jurisdiction;
      instruments: RuleCatalogue["instruments"][number][];
      rules: Rule[];
      facts: Record<string, NamedFact>;
      timeline: RuleCatalogue["timeline"][number][];
      annexIIIPoints?: AnnexIIIPoint[];
    };
    const factHomes = new Map<string, ReadFile>();
    let complete = parts.length === names.length;
    for (const file of parts) {
      const parsed = validate(file, schema);
      complete &&= parsed !== undefined;
      if (!parsed) continue;
      catalogue.instruments.push(...(parsed.instruments ?? []));
      Object.assign(catalogue.facts, parsed.facts);
      for (const name of Object.keys(parsed.facts ?? {})) factHomes.set(name, file);
      catalogue.timeline.push(...(parsed.timeline ?? []));
      if (parsed.annex_iii_points) (catalogue.annexIIIPoints ??= []).push(...parsed.annex_iii_points);
      (parsed.groups ?? []).forEach((group, groupIndex) =>
        // A file that validates keeps every rule, so the indexes are those of the file.
        group.forEach((rule, index) => {
          const home = { file, path: ["groups", groupIndex, "rules", index] };
          if (ruleHomes.has(rule.id))
            report({
              file: file.name,
              line: file.lineOf([...home.path, "id"]),
              field: `${fieldPath(home.path)}.id`,
              reason: `rule id ${rule.id} is used twice (also in ${ruleHomes.get(rule.id)!.file.name})`,
            });
          ruleHomes.set(rule.id, home);
          catalogue.rules.push(rule);
        }),
      );
    }
    // Cross-references are checked only when every file read, so one bad file does not flood the report.
    if (complete) {
      checkReferences(catalogue, ruleHomes, report);
      for (const name of factLoops(catalogue.facts)) {
        const file = factHomes.get(name)!;
        report({
          file: file.name,
          line: file.lineOf(["facts", name]),
          field: `facts.${name}`,
          reason: `fact "${name}" depends on itself`,
        });
      }
    }
    catalogues[jurisdiction] = catalogue;
  }
  const matrixFile = readFile(manifest.matrix);
  const matrix = matrixFile && validate(matrixFile, matrixFileSchema);
  if (problems.length > 0 || !matrix) return { ok: false, problems };
  return {
    ok: true,
    tables: {
      catalogues: catalogues as Record<Jurisdiction, RuleCatalogue>,
      matrix: matrix.rows,
      approaches: matrix.approaches,
    },
  };
}

/** The names a jurisdiction's files define, pooled; a name defined twice is a problem at the second. */
function sharedNames(files: readonly ReadFile[], report: (problem: TableProblem) => void): SharedNames {
  const pools = Object.fromEntries(SHARED_KINDS.map((kind) => [kind, new Map<string, unknown>()])) as Record<
    (typeof SHARED_KINDS)[number],
    Map<string, unknown>
  >;
  for (const file of files) {
    if (!isRecord(file.value)) continue;
    for (const kind of SHARED_KINDS) {
      const defined = file.value[kind];
      if (!isRecord(defined)) continue;
      for (const [name, value] of Object.entries(defined)) {
        if (pools[kind].has(name))
          report({
            file: file.name,
            line: file.lineOf([kind, name]),
            field: `${kind}.${name}`,
            reason: `defined twice for one jurisdiction`,
          });
        pools[kind].set(name, value);
      }
    }
  }
  return { ...pools, facts: new Set(pools.facts.keys()) };
}

/** A rule's instrument, penalty and replaced rule must exist in its own catalogue. */
function checkReferences(
  catalogue: RuleCatalogue,
  homes: ReadonlyMap<string, { file: ReadFile; path: (string | number)[] }>,
  report: (problem: TableProblem) => void,
): void {
  const instruments = new Set(catalogue.instruments.map((instrument) => instrument.id));
  const rules = new Set(catalogue.rules.map((rule) => rule.id));
  for (const rule of catalogue.rules) {
    const home = homes.get(rule.id)!;
    const at = (field: string, reason: string) =>
      report({
        file: home.file.name,
        line: home.file.lineOf([...home.path, field]),
        field: `${fieldPath(home.path)}.${field}`,
        reason,
      });
    if (!instruments.has(rule.instrument))
      at(
        "instrument",
        `unknown instrument "${rule.instrument}" in ${catalogue.jurisdiction}; one of ${[...instruments].join(", ")}`,
      );
    if (rule.penaltyRef !== undefined && !rules.has(rule.penaltyRef))
      at("penalty_ref", `unknown rule "${rule.penaltyRef}" in ${catalogue.jurisdiction}`);
    if (rule.replaces !== undefined && !rules.has(rule.replaces))
      at("replaces", `unknown rule "${rule.replaces}" in ${catalogue.jurisdiction}`);
  }
}

/** The facts whose definition reaches back to themselves (the engine would never finish evaluating them). */
function factLoops(facts: Readonly<Record<string, NamedFact>>): string[] {
  const named = (condition: Condition): string[] => {
    if ("all" in condition) return condition.all.flatMap(named);
    if ("any" in condition) return condition.any.flatMap(named);
    if ("not" in condition) return named(condition.not);
    return "fact" in condition ? [condition.fact] : [];
  };
  const reaches = (from: string, target: string, seen: Set<string>): boolean =>
    named(facts[from]?.when ?? { all: [] }).some(
      (next) => next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen))),
    );
  return Object.keys(facts).filter((name) => reaches(name, name, new Set()));
}
