import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTableIssue } from "../../../domain/yaml-table.js";
import { EXPORT_CONTROL_TABLE_FILES, parseExportControlTables, type TableFileName } from "./parse.js";

const FOLDER = "data/rules/export-control";
const TEXTS = Object.fromEntries(
  EXPORT_CONTROL_TABLE_FILES.map((name) => [name, readFileSync(join(FOLDER, name), "utf8")]),
) as Record<TableFileName, string>;

/** The tables with one file's text changed. */
function withFile(name: TableFileName, text: string) {
  return parseExportControlTables(FOLDER, { ...TEXTS, [name]: text });
}

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((line) => line.includes(needle)) + 1;
}

function messages(outcome: ReturnType<typeof withFile>): string[] {
  return outcome.ok ? [] : outcome.issues.map(formatTableIssue);
}

describe("export-control rule tables", () => {
  it("every file of data/rules/export-control parses, with a citation and confidence on every law entry", () => {
    const outcome = parseExportControlTables(FOLDER, TEXTS);
    expect(messages(outcome)).toEqual([]);
    if (!outcome.ok) return;
    const { tables } = outcome;
    expect(tables.ruleVersions.map((version) => version.id)).toContain("RV12");
    expect(tables.thresholds.rule2023.a1.tppMin).toBe(4800);
    expect(tables.countryGroups.memberships.filter((m) => m.group === "A:5")).toHaveLength(37);
    for (const entry of [
      ...tables.ruleVersions,
      ...tables.countryGroups.memberships,
      ...tables.licenceExceptions,
      ...tables.licenceLetters,
      ...tables.embargoes,
      ...tables.reviewPolicies,
      ...tables.destinationScope.scopes,
    ]) {
      expect(entry.citation.sources.length).toBeGreaterThan(0);
      expect(entry.confidence).toBeTruthy();
    }
  });

  it("names the file, line and field of a wrong value", () => {
    const text = TEXTS["thresholds.yaml"];
    const broken = text.replace("tppMin: 4800", "tppMin: many");
    expect(messages(withFile("thresholds.yaml", broken))).toEqual([
      `${FOLDER}/thresholds.yaml:${lineOf(broken, "tppMin: many")}: rule2022.tppMin: Invalid input: expected number, received string`,
    ]);
  });

  it("names a misspelt key at its own line", () => {
    const text = TEXTS["rule-versions.yaml"];
    const broken = text.replace("    effective: 2023-01-17", "    efective: 2023-01-17");
    expect(messages(withFile("rule-versions.yaml", broken))).toEqual([
      `${FOLDER}/rule-versions.yaml:${lineOf(broken, "efective:")}: ruleVersions[2].efective: Unrecognized key: "efective"`,
    ]);
  });

  it("refuses a day that is not in the calendar and a group the engine does not know", () => {
    const days = TEXTS["licence-exceptions.yaml"].replace("from: 2024-12-02", "from: 2024-02-30");
    expect(messages(withFile("licence-exceptions.yaml", days))).toEqual([
      `${FOLDER}/licence-exceptions.yaml:${lineOf(days, "2024-02-30")}: licenceExceptions[2].from: not a calendar day`,
    ]);
    const groups = TEXTS["country-groups.yaml"].replace("group: E:2", "group: E:3");
    expect(messages(withFile("country-groups.yaml", groups))[0]).toMatch(
      new RegExp(`^${FOLDER}/country-groups.yaml:${lineOf(groups, "E:3")}: groups\\[\\d+\\]\\.group: `),
    );
  });

  it("reports a YAML syntax error (a duplicate key) at its line", () => {
    const text = TEXTS["embargoes.yaml"];
    const line = lineOf(text, "id: russia-belarus");
    const lines = text.split("\n");
    lines.splice(line, 0, "    id: again");
    expect(messages(withFile("embargoes.yaml", lines.join("\n")))[0]).toMatch(
      new RegExp(`^${FOLDER}/embargoes.yaml:${line + 1}: not valid YAML: `),
    );
  });

  it("checks the files against each other: cited sources listed, looked-up ids present once", () => {
    const cited = TEXTS["embargoes.yaml"].replace("sources: [ R33 ] }", "sources: [ R99 ] }");
    expect(messages(withFile("embargoes.yaml", cited))[0]).toBe(
      `${FOLDER}/embargoes.yaml:${lineOf(cited, "R99")}: embargoes[0].citation.sources[0]: source R99 is not in sources.yaml`,
    );
    const twice = TEXTS["rule-versions.yaml"].replace("- id: RV12", "- id: RV11");
    expect(messages(withFile("rule-versions.yaml", twice))).toEqual([
      `${FOLDER}/rule-versions.yaml:${twice.split("\n").lastIndexOf("  - id: RV11") + 1}: ruleVersions[15]: rule version RV11 is given twice`,
      `${FOLDER}/rule-versions.yaml:${lineOf(twice, "ruleVersions:")}: ruleVersions: rule version RV12 is missing`,
    ]);
    expect(messages(parseExportControlTables(FOLDER, { ...TEXTS, "sources.yaml": undefined! }))).toEqual([
      `${FOLDER}/sources.yaml:1: file missing`,
    ]);
  });

  it("never throws on a damaged file: it gives the tables or issues that name the file and a line in it", () => {
    const names = fc.constantFrom(...EXPORT_CONTROL_TABLE_FILES);
    const damage = fc.oneof(
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
      fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), text: fc.string({ maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(names, fc.array(damage, { minLength: 1, maxLength: 3 }), (name, damages) => {
        let text = TEXTS[name];
        for (const change of damages) {
          const lines = text.split("\n");
          const line = change.at % lines.length;
          const offset = change.at % (text.length + 1);
          if (change.kind === "delete") lines.splice(line, 1);
          if (change.kind === "duplicate") lines.splice(line, 0, lines[line]!);
          text = change.kind === "delete" || change.kind === "duplicate" ? lines.join("\n") : text;
          if (change.kind === "truncate") text = text.slice(0, offset);
          if (change.kind === "insert") text = text.slice(0, offset) + change.text + text.slice(offset);
          if (change.kind === "replace") text = text.slice(0, offset) + change.text + text.slice(offset + 1);
        }
        const outcome = withFile(name, text);
        if (outcome.ok) return;
        for (const issue of outcome.issues) {
          const file = issue.file.slice(FOLDER.length + 1) as TableFileName;
          expect(EXPORT_CONTROL_TABLE_FILES).toContain(file);
          // A cross-check can name another file (a source cited there that the damaged sources.yaml lost).
          const lineCount = Math.max(1, (file === name ? text : TEXTS[file]).split("\n").length);
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.line).toBeLessThanOrEqual(lineCount);
          expect(issue.reason).not.toBe("");
        }
      }),
      { numRuns: 80 },
    );
  });
});
