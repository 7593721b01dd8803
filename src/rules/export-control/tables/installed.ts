/**
 * The rule tables the engine answers with. The edge (API, CLI, test set-up) reads data/rules/export-control/,
 * parses it (./parse.ts) and installs the result once at start; the engine's functions then read it here, so
 * their signatures and answers stay as they were when the tables were TypeScript constants.
 */
import type { ExportControlTables } from "./tables.js";

let installed: ExportControlTables | null = null;

export function installExportControlTables(tables: ExportControlTables): void {
  installed = tables;
}

/** The installed tables; throws if the edge has not installed them (a wiring error, not a user error). */
export function ruleTables(): ExportControlTables {
  if (!installed)
    throw new Error(
      "export-control rule tables not installed: load data/rules/export-control/ at start (loadExportControlTables)",
    );
  return installed;
}
