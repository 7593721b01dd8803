import { existsSync } from "node:fs";
import { PassThrough } from "node:stream";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadReaderKnowledge } from "../../src/api/reader-knowledge.js";
import { runQuality } from "../../src/cli/commands/read.js";
import { main } from "../../src/cli/main.js";
import type { ArticleReading } from "../../src/domain/article-reading.js";
import { openStore } from "../../src/db/connect.js";
import { buildStore } from "../../src/ingest/build.js";
import { summarise } from "../../src/text/quality.js";
import { prepareReader, type Reader } from "../../src/text/read.js";
import { DATA_DIR, epochSnapshotDir, REPO_ROOT } from "../support/paths.js";
import { describeWithSnapshot } from "../support/snapshot.js";
import { testStores } from "../support/stores.js";

/** The reader's aims (issue 14) on the hand-annotated test set: entity F1 ≥ 0.9, amounts ≥ 95%, verdicts ≥ 80%. */
describeWithSnapshot("the reader's quality on the test set", () => {
  const testStore = testStores()[0]!;
  let reader: Reader;
  let target = "";
  let close: () => Promise<void>;
  beforeAll(async () => {
    const store = await testStore.create();
    await buildStore({
      dataDir: DATA_DIR,
      epochDir: epochSnapshotDir(),
      store,
      codeVersion: "test",
      now: () => new Date(),
      clock: () => performance.now(),
    });
    target = store.target;
    const db = openStore(store);
    reader = prepareReader(await loadReaderKnowledge(db));
    close = async () => {
      await db.destroy();
      await testStore.drop();
    };
  }, 180_000);
  afterAll(() => close?.());

  const cli = async (argv: string[]) => {
    let stdout = "";
    let stderr = "";
    const io = {
      stdout: Object.assign(new PassThrough(), { write: (chunk: string) => ((stdout += chunk), true) }),
      stderr: Object.assign(new PassThrough(), { write: (chunk: string) => ((stderr += chunk), true) }),
      env: {},
    };
    const code = await main(argv, io as never);
    return { code, stdout, stderr };
  };

  it("wedloop read FILE --json prints the API's reading; a missing file or no file is a clear error", async () => {
    const file = join(REPO_ROOT, "test", "fixtures", "reader", "en-open-models.txt");
    const { code, stdout } = await cli(["read", file, "--json", "--db", target]);
    expect(code).toBe(0);
    const reading = JSON.parse(stdout) as ArticleReading;
    expect(reading.lang).toBe("en");
    expect(reading.claims.find((claim) => claim.text.startsWith("Google DeepMind was founded"))?.verdict).toBe(
      "inaccurate",
    );
    const text = await cli(["read", file, "--db", target]);
    expect(text.stdout).toContain("R1 -> models/notable-deepseek-r1 (model, family)");
    expect((await cli(["read", "/no/such/article.txt", "--db", target])).stderr).toContain(
      "/no/such/article.txt: no such file",
    );
    expect((await cli(["read", "--db", target])).code).toBe(2);
    expect((await cli(["read", file, "--lang", "de", "--db", target])).code).toBe(2);
  });

  it("meets the aims on the articles written for the set, and on the seed post when it is there", () => {
    const io = { stdout: process.stdout, stderr: process.stderr, env: process.env };
    const { scores, skipped } = runQuality(reader, io, join(REPO_ROOT, "test", "fixtures", "reader"));
    const own = summarise(scores.filter((score) => score.name !== "seed"));
    expect(scores.filter((score) => score.name !== "seed")).toHaveLength(4);
    expect(own.f1).toBeGreaterThanOrEqual(0.9);
    expect(own.amountAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(own.verdictAgreement).toBeGreaterThanOrEqual(0.8);
    expect(own.unknownKept).toBe(1);
    const seedThere = existsSync(
      join(process.env.WEDLOOP_SEED_DIR ?? join(REPO_ROOT, "..", "shared", "seed"), "ai-als-geopolitiek-slagveld.txt"),
    );
    expect(skipped.length).toBe(seedThere ? 0 : 1);
    if (seedThere) expect(summarise(scores.filter((score) => score.name === "seed")).verdictAgreement).toBe(1);
  });
});
