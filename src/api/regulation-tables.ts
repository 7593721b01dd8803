/**
 * Reads the AI-regulation rule tables (data/rules/ai-regulation/, shipped with the package) at the edge, once per
 * folder and process; the API and the CLI pass the parsed tables to the pure engine.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblems, parseRegulationTables } from "../rules/ai-regulation/tables/parse-tables.js";
import type { RegulationTables } from "../rules/ai-regulation/tables/tables.js";

/** data/rules/ai-regulation/ of the package (the same from src/api and from dist/api). */
export const REGULATION_TABLES_DIR = fileURLToPath(new URL("../../data/rules/ai-regulation/", import.meta.url));

/** A rule table that cannot be read: the message lists every problem as `file:line: field: reason`. */
export class RegulationTablesError extends Error {}

const loaded = new Map<string, RegulationTables>();

export function loadRegulationTables(folder: string = REGULATION_TABLES_DIR): RegulationTables {
  const cached = loaded.get(folder);
  if (cached) return cached;
  const files = new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => [name, readFileSync(join(folder, name), "utf8")] as const),
  );
  const result = parseRegulationTables(files);
  if (!result.ok) {
    const shown = relative(process.cwd(), folder) || ".";
    throw new RegulationTablesError(
      `the AI-regulation rule tables have ${result.problems.length} problem(s):\n${formatProblems(shown.replace(/\/$/, ""), result.problems)}`,
    );
  }
  loaded.set(folder, result.tables);
  return result.tables;
}
