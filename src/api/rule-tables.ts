/**
 * Reads the export-control rule tables (data/rules/export-control/*.yaml) at start and installs them for the
 * engine: the one place the tables touch the file system. Used by the API (and its parse thread) and the CLI.
 */
import { readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatTableIssue } from "../domain/yaml-table.js";
import {
  EXPORT_CONTROL_TABLE_FILES,
  installExportControlTables,
  parseExportControlTables,
  type ExportControlTables,
  type TableFileName,
} from "../rules/export-control/index.js";

/** The package's own folder (the repository, or node_modules/wedloop once installed). */
const PACKAGE_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export const EXPORT_CONTROL_TABLES_DIR = join(PACKAGE_ROOT, "data", "rules", "export-control");

/** A rule table that does not parse: every problem, one `file:line: field: reason` per line. */
export class RuleTableError extends Error {}

const loaded = new Map<string, ExportControlTables>();

/** Reads, validates and installs the tables of `folder` (read once per folder and process); throws RuleTableError. */
export function loadExportControlTables(folder: string = EXPORT_CONTROL_TABLES_DIR): ExportControlTables {
  let tables = loaded.get(folder);
  if (!tables) {
    const shown = relative(PACKAGE_ROOT, folder);
    const label = shown.startsWith("..") || isAbsolute(shown) ? folder : shown;
    const texts = Object.fromEntries(
      EXPORT_CONTROL_TABLE_FILES.map((name) => [name, readFileSync(join(folder, name), "utf8")]),
    ) as Record<TableFileName, string>;
    const outcome = parseExportControlTables(label, texts);
    if (!outcome.ok) throw new RuleTableError(outcome.issues.map(formatTableIssue).join("\n"));
    tables = outcome.tables;
    loaded.set(folder, tables);
  }
  installExportControlTables(tables);
  return tables;
}
