import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ruleTables } from "../rules/export-control/index.js";
import { EXPORT_CONTROL_TABLES_DIR, loadExportControlTables, RuleTableError } from "./rule-tables.js";

describe("loadExportControlTables", () => {
  const copy = mkdtempSync(join(tmpdir(), "wedloop-rules-"));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("reads the package's tables and installs them for the engine", () => {
    const tables = loadExportControlTables();
    expect(ruleTables()).toBe(tables);
    expect(tables.thresholds.rv10.tppBelow).toBe(21000);
  });

  it("refuses a broken folder with every problem as file:line: field: reason", () => {
    cpSync(EXPORT_CONTROL_TABLES_DIR, copy, { recursive: true });
    const thresholds = readFileSync(join(copy, "thresholds.yaml"), "utf8").replace("tppBelow: 21000", "tppBelow: -1");
    writeFileSync(join(copy, "thresholds.yaml"), thresholds);
    const line = thresholds.split("\n").indexOf("  tppBelow: -1") + 1;
    expect(() => loadExportControlTables(copy)).toThrow(RuleTableError);
    expect(() => loadExportControlTables(copy)).toThrow(
      `${join(copy, "thresholds.yaml")}:${line}: rv10.tppBelow: must be positive`,
    );
  });
});
