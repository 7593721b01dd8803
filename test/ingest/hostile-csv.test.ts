import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.js";
import { loadApiContext } from "../../src/api/context.js";
import { openStore } from "../../src/db/connect.js";
import { readEpochFiles } from "../../src/ingest/build.js";
import { loadCurated } from "../../src/ingest/curated/load-curated.js";
import { EPOCH_DATASETS } from "../../src/ingest/loaders/epoch-datasets.js";
import { buildStoreContent } from "../../src/ingest/pipeline.js";
import { buildTestStore } from "../support/harness.js";
import { DATA_DIR, SMALL_EPOCH_DIR, tempDir } from "../support/paths.js";

const GOOD = (name: string, flop = "2.1e25") =>
  `${name},OpenAI,2023-03-14,Language,Chat,1.0e12,${flop},Likely,https://example.org/alpha,United States of America,SOTA improvement,NVIDIA A100,25000,78000000,API access`;

/** The small snapshot with notable_ai_models.csv replaced by `lines` after its own header. */
function snapshotWith(lines: (string | Buffer)[]): string {
  const dir = tempDir("hostile");
  cpSync(SMALL_EPOCH_DIR, dir, { recursive: true });
  const file = join(dir, "notable_ai_models.csv");
  const header = readFileSync(file, "utf8").split("\n")[0]!;
  writeFileSync(file, Buffer.concat([header, ...lines].flatMap((line) => [Buffer.from(line), Buffer.from("\n")])));
  return dir;
}

describe("hostile rows in an Epoch file", () => {
  const dir = snapshotWith([
    GOOD("Good-1"), // line 2
    GOOD("Huge", "1e400"), // 3: beyond a double
    `${GOOD("Broken").replace("Chat", '"Chat')}`, // 4: a quote never closed
    GOOD("Good-2"), // 5: right after it
    readFileSync(join(SMALL_EPOCH_DIR, "notable_ai_models.csv"), "utf8").split("\n")[0]!, // 6: the header again
    Buffer.concat([Buffer.from("Bad"), Buffer.from([0xff, 0xfe]), Buffer.from(GOOD("-bytes").slice(0))]), // 7
    GOOD(`Long${"x".repeat(200_000)}`), // 8: a 200 KB name
    GOOD("Good-3"), // 9
  ]);
  const output = buildStoreContent({
    datasets: EPOCH_DATASETS,
    epochFiles: readEpochFiles(dir),
    curated: loadCurated(DATA_DIR),
    codeVersion: "test",
    builtAt: "2026-11-27T00:00:00.000Z",
    clock: () => 0,
  });
  const notable = output.summary.find((entry) => entry.id === "notable_ai_models")!;
  const quarantined = output.content.quarantine.filter((row) => row.dataset === "notable_ai_models");

  it("stores every good row, the one after a broken quote included", () => {
    expect(output.content.models.filter((model) => model.dataset === "notable").map((model) => model.name)).toEqual([
      "Good-1",
      "Good-2",
      "Good-3",
    ]);
  });

  it("quarantines each bad one with its line and reason", () => {
    expect(quarantined.map((row) => [row.row_number, row.field, row.reason])).toEqual([
      [4, null, expect.stringMatching(/unterminated/)],
      [6, null, "the header line repeated"],
      [8, null, expect.stringMatching(/"Model" is 200004 characters long/)],
      [3, "Training compute (FLOP)", expect.stringMatching(/out of range/)],
      [7, null, "line 7 is not valid UTF-8"],
    ]);
    for (const row of quarantined) expect(row.raw.length).toBeLessThan(5_000);
  });

  it("reconciles: 8 rows read = 3 stored + 5 quarantined", () => {
    expect(notable).toMatchObject({ rowsRead: 8, rowsStored: 3, rowsQuarantined: 5 });
  });

  it("keeps the threshold route answering (it answered 500 on every call with Infinity stored)", async () => {
    const store = { dialect: "sqlite" as const, target: join(tempDir("hostile-store"), "wedloop.sqlite") };
    await buildTestStore(store, { epochDir: dir, builtAt: "2026-11-27T00:00:00Z" });
    const db = openStore(store);
    const app = await buildApp(await loadApiContext(db, "test"));
    try {
      const response = await app.inject("/api/v1/regulations/models-above-thresholds?dataset=notable");
      expect(response.statusCode).toBe(200);
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
