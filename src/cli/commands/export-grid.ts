import { loadExportControlTables } from "../../api/rule-tables.js";
import { openStore } from "../../db/connect.js";
import { allStoreChips } from "../../db/queries/chip-export.js";
import { storeExists } from "../../db/write-store.js";
import {
  answerGrid,
  chipFromStore,
  GRID_DATES,
  GRID_DESTINATIONS,
  inputNames,
  type GridReport,
} from "../../rules/export-control/index.js";
import { print, UserError, type CliIo } from "../io.js";
import type { Settings } from "../settings.js";

/** `wedloop export-check --grid`: every chip in the store × the grid's destinations and dates, counted by answer. */
export async function exportGridCommand(settings: Settings, json: boolean, io: CliIo): Promise<number> {
  loadExportControlTables();
  if (!storeExists(settings.store))
    throw new UserError(`no store at ${settings.store.target}: run \`wedloop build\` first`);
  const db = openStore(settings.store);
  try {
    const chips = (await allStoreChips(db)).map((chip) => ({
      id: chip.id,
      name: chip.name,
      parameters: chipFromStore(chip),
    }));
    const report = answerGrid(chips);
    print(io.stdout, json ? JSON.stringify(report, null, 2) : formatGrid(report));
    return 0;
  } finally {
    await db.destroy();
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/** The counts as a Markdown table (pasted into docs/export-control.md), then the indeterminate answers by chip. */
export function formatGrid(report: GridReport): string {
  const rows = Object.entries(report.counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const byChip = new Map<string, { missing: Set<string>; cells: string[] }>();
  for (const cell of report.indeterminate) {
    const entry = byChip.get(cell.chip) ?? { missing: new Set<string>(), cells: [] };
    for (const input of cell.missing) entry.missing.add(input);
    entry.cells.push(`${cell.destination} ${cell.date}`);
    byChip.set(cell.chip, entry);
  }
  return [
    `${report.chips} chips × ${GRID_DESTINATIONS.length} destinations (${GRID_DESTINATIONS.join(", ")}) × ${GRID_DATES.length} dates (${GRID_DATES.join(", ")}) = ${report.cells} answers`,
    "",
    "| Answer | Count | Share |",
    "| --- | ---: | ---: |",
    ...rows.map(([code, count]) => `| ${code} | ${count} | ${percent(count, report.cells)} |`),
    "",
    `Indeterminate answers: ${report.indeterminate.length} (${byChip.size} chips)`,
    ...[...byChip].map(
      ([chip, { missing, cells }]) => `  ${chip}: ${cells.length} answers lack: ${inputNames([...missing])}`,
    ),
  ].join("\n");
}
