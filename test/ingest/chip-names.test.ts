import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadCurated } from "../../src/ingest/curated/load-curated.js";
import { DATA_DIR, EPOCH_FIXTURE_DIR } from "../support/paths.js";

/** Every Epoch name a curated chip completes is a row of the snapshot's hardware file (a typo would match none). */
describe("data/chips epoch_names", () => {
  it("each names a row of Epoch's hardware file", () => {
    const csv = readFileSync(join(EPOCH_FIXTURE_DIR, "ml_hardware.csv"), "utf8");
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const names = new Set(rows.map((row) => row["Hardware name"]));
    const unknown = loadCurated(DATA_DIR).chips.flatMap((chip) =>
      chip.epoch_names.filter((name) => !names.has(name)).map((name) => `${chip.file}:${chip.line}: "${name}"`),
    );
    expect(unknown).toEqual([]);
  });
});
