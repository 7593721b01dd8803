import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRegulationTables, REGULATION_TABLES_DIR, RegulationTablesError } from "../../src/api/regulation-tables.js";

describe("loadRegulationTables (the edge that reads data/rules/ai-regulation/)", () => {
  const copy = mkdtempSync(join(tmpdir(), "wedloop-rule-tables-"));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("reads the shipped tables once per folder", () => {
    const tables = loadRegulationTables();
    expect(loadRegulationTables(REGULATION_TABLES_DIR)).toBe(tables);
    expect(Object.keys(tables.catalogues)).toHaveLength(10);
  });

  it("refuses a broken table with every problem as file:line: field: reason", () => {
    cpSync(REGULATION_TABLES_DIR, copy, { recursive: true });
    const file = join(copy, "us-utah.yaml");
    const text = readFileSync(file, "utf8");
    const broken = text
      .replace("confidence: V\n", "confidence: X\n")
      .replace("{flag: regulated_occupation}", "{flag: regulated}");
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);
    const line = (needle: string) => broken.split("\n").findIndex((content) => content.includes(needle)) + 1;
    const error = (() => {
      try {
        loadRegulationTables(copy);
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(RegulationTablesError);
    const message = (error as Error).message;
    expect(message).toMatch(/^the AI-regulation rule tables have 2 problem\(s\):\n/);
    expect(message).toContain(
      `us-utah.yaml:${line("confidence: X")}: instruments[0].confidence: V (verified), S (secondary)`,
    );
    expect(message).toContain(`us-utah.yaml:${line("{flag: regulated}")}: `);
    expect(message).toContain('unknown yes/no field "regulated"');
  });
});
