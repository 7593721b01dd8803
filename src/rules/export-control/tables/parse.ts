/**
 * Rule tables from the text of their YAML files: validated by zod file by file, then against each other
 * (every cited source listed, every rule version and review situation present once). Pure: text in, tables
 * or issues (file:line: field: reason) out; it never throws.
 */
import type { z } from "zod";
import { fieldPath, parseYamlTable, type TableIssue } from "../../../domain/yaml-table.js";
import { LICENCE_EXCEPTION_IDS, RULE_VERSION_IDS } from "../types.js";
import {
  aiDiffusionFileSchema,
  bitLengthsFileSchema,
  countryArticlesFileSchema,
  countryGroupsFileSchema,
  destinationScopeFileSchema,
  embargoesFileSchema,
  licenceExceptionsFileSchema,
  licenceLettersFileSchema,
  plainTextsFileSchema,
  REVIEW_SITUATIONS,
  reviewPoliciesFileSchema,
  ruleVersionsFileSchema,
  sourcesFileSchema,
  thresholdsFileSchema,
} from "./schema.js";
import type { ExportControlTables, GroupMembership } from "./tables.js";

/** Each file of data/rules/export-control/ and its schema. */
const FILE_SCHEMAS = {
  "thresholds.yaml": thresholdsFileSchema,
  "rule-versions.yaml": ruleVersionsFileSchema,
  "country-groups.yaml": countryGroupsFileSchema,
  "licence-exceptions.yaml": licenceExceptionsFileSchema,
  "licence-letters.yaml": licenceLettersFileSchema,
  "embargoes.yaml": embargoesFileSchema,
  "review-policies.yaml": reviewPoliciesFileSchema,
  "destination-scope.yaml": destinationScopeFileSchema,
  "ai-diffusion.yaml": aiDiffusionFileSchema,
  "bit-lengths.yaml": bitLengthsFileSchema,
  "country-articles.yaml": countryArticlesFileSchema,
  "sources.yaml": sourcesFileSchema,
  "plain-texts.yaml": plainTextsFileSchema,
} as const;

export type TableFileName = keyof typeof FILE_SCHEMAS;
export const EXPORT_CONTROL_TABLE_FILES = Object.keys(FILE_SCHEMAS) as TableFileName[];

type Parsed = { [Name in TableFileName]: z.infer<(typeof FILE_SCHEMAS)[Name]> };

export type TablesOutcome =
  | { readonly ok: true; readonly tables: ExportControlTables }
  | { readonly ok: false; readonly issues: readonly TableIssue[] };

/**
 * `texts` holds each file's text by name; `folder` is how messages name the folder
 * ("data/rules/export-control").
 */
export function parseExportControlTables(
  folder: string,
  texts: Readonly<Record<TableFileName, string>>,
): TablesOutcome {
  const issues: TableIssue[] = [];
  const parsed: Partial<Record<TableFileName, unknown>> = {};
  const lines: Partial<Record<TableFileName, (path: readonly (string | number)[]) => number>> = {};
  for (const name of EXPORT_CONTROL_TABLE_FILES) {
    const file = `${folder}/${name}`;
    const text = texts[name];
    if (text === undefined) {
      issues.push({ file, line: 1, field: "", reason: "file missing" });
      continue;
    }
    const table = parseYamlTable(file, text, FILE_SCHEMAS[name]);
    if (table.ok) {
      parsed[name] = table.value;
      lines[name] = table.lineOf;
    } else issues.push(table.issue);
  }
  if (issues.length > 0) return { ok: false, issues };
  const files = parsed as Parsed;
  const at = (name: TableFileName, path: readonly (string | number)[], reason: string): TableIssue => ({
    file: `${folder}/${name}`,
    line: lines[name]!(path),
    field: fieldPath(path),
    reason,
  });
  issues.push(...crossCheck(files, at));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, tables: tablesOf(files) };
}

type Locate = (name: TableFileName, path: readonly (string | number)[], reason: string) => TableIssue;

/** Sources cited but not listed, and ids the engine looks up that are missing or given twice. */
function crossCheck(files: Parsed, at: Locate): TableIssue[] {
  const issues: TableIssue[] = [];
  const listed = new Set(Object.keys(files["sources.yaml"].sources));
  const visit = (name: TableFileName, value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(name, item, [...path, index]));
    else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.instrument === "string" && Array.isArray(record.sources)) {
        record.sources.forEach((source, index) => {
          if (!listed.has(String(source)))
            issues.push(at(name, [...path, "sources", index], `source ${String(source)} is not in sources.yaml`));
        });
      } else for (const [key, item] of Object.entries(record)) visit(name, item, [...path, key]);
    }
  };
  for (const name of EXPORT_CONTROL_TABLE_FILES) visit(name, files[name], []);
  const once = <Id extends string>(
    name: TableFileName,
    listKey: string,
    ids: readonly Id[],
    wanted: readonly Id[],
    what: string,
  ) => {
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) issues.push(at(name, [listKey, index], `${what} ${id} is given twice`));
    });
    for (const id of wanted) if (!ids.includes(id)) issues.push(at(name, [listKey], `${what} ${id} is missing`));
  };
  const ruleVersions = files["rule-versions.yaml"].ruleVersions;
  once(
    "rule-versions.yaml",
    "ruleVersions",
    ruleVersions.map((version) => version.id),
    RULE_VERSION_IDS,
    "rule version",
  );
  const exceptions = files["licence-exceptions.yaml"].licenceExceptions.map((entry) => entry.id);
  once("licence-exceptions.yaml", "licenceExceptions", exceptions, LICENCE_EXCEPTION_IDS, "licence exception");
  const situations = files["review-policies.yaml"].reviewPolicies.map((entry) => entry.situation);
  once("review-policies.yaml", "reviewPolicies", situations, REVIEW_SITUATIONS, "review situation");
  return issues;
}

function tablesOf(files: Parsed): ExportControlTables {
  const groups = files["country-groups.yaml"];
  const memberships: GroupMembership[] = groups.groups.flatMap(({ group, lists }) =>
    lists.flatMap(({ members, citation, confidence }) =>
      members.map((member) => {
        const { country, ...period } = typeof member === "string" ? { country: member } : member;
        return { group, country, confidence, citation, ...period };
      }),
    ),
  );
  const scope = files["destination-scope.yaml"];
  const articles = files["country-articles.yaml"];
  const plain = files["plain-texts.yaml"];
  return {
    thresholds: files["thresholds.yaml"],
    ruleVersions: files["rule-versions.yaml"].ruleVersions,
    countryGroups: {
      memberships,
      treatedAs: groups.treatedAs,
      macau: groups.macau,
      d5HistoryAssumption: groups.d5HistoryAssumption,
      aGroupsAsOf: groups.aGroupsAsOf,
    },
    licenceExceptions: files["licence-exceptions.yaml"].licenceExceptions,
    licenceLetters: files["licence-letters.yaml"].licenceLetters,
    embargoes: files["embargoes.yaml"].embargoes,
    reviewPolicies: files["review-policies.yaml"].reviewPolicies,
    destinationScope: {
      scopes: scope.destinationScopes,
      hbmScope: scope.hbmScope,
      headquartersRule: scope.headquartersRule,
    },
    aiDiffusion: files["ai-diffusion.yaml"],
    bitLengths: files["bit-lengths.yaml"].bitLengths,
    readings: files["bit-lengths.yaml"].readings,
    countryArticles: {
      en: { article: articles.en.article, codes: new Set(articles.en.codes) },
      nl: { article: articles.nl.article, codes: new Set(articles.nl.codes) },
    },
    sources: files["sources.yaml"].sources,
    ruleNames: plain.ruleNames,
    plainTexts: { en: plain.en, nl: plain.nl },
  };
}
