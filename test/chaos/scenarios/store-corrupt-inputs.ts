/**
 * Corrupt Epoch files in place of a good snapshot, one kind at a time: a build must either refuse (the last good
 * store kept) or keep every good row (only the damaged rows quarantined), and the API over the result must not
 * answer 5xx. "Lost" is a store with fewer good rows than it had, unasked.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildApp } from "../../../src/api/app.js";
import { loadApiContext } from "../../../src/api/context.js";
import { openStore, type StoreLocation } from "../../../src/db/connect.js";
import { buildStore } from "../../../src/ingest/build.js";
import { ShrinkError } from "../../../src/ingest/shrink-guard.js";
import { DATA_DIR, SMALL_EPOCH_DIR } from "../../support/paths.js";
import type { ChaosContext, ChaosRow } from "../types.js";

const NAME = "corrupt Epoch files";
const FILE = "notable_ai_models.csv";

/** Each kind turns the good file into a damaged one; `rowsDamaged` is how many good rows it spoils on purpose. */
const KINDS: readonly { kind: string; rowsDamaged: number; damage(text: string): string | Buffer | null }[] = [
  { kind: "empty file", rowsDamaged: 0, damage: () => "" },
  { kind: "header only", rowsDamaged: 0, damage: (text) => `${text.split("\n")[0]}\n` },
  { kind: "renamed column", rowsDamaged: 0, damage: (text) => text.replace(/^Model,/, "Name,") },
  { kind: "missing file", rowsDamaged: 0, damage: () => null },
  {
    kind: "truncated mid-row",
    rowsDamaged: 1,
    damage: (text) => text.slice(0, text.lastIndexOf("\n", text.length - 2) + 40),
  },
  { kind: "truncated to half", rowsDamaged: 0, damage: (text) => text.slice(0, Math.floor(text.length / 2)) },
  {
    kind: "HTML error page",
    rowsDamaged: 0,
    damage: () => "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>\n",
  },
  {
    kind: "invalid UTF-8 in a row",
    rowsDamaged: 1,
    damage: (text) => withBytes(text, 1, "Alpha-1", Buffer.from([0xc3, 0x28])),
  },
  { kind: "Latin-1 file", rowsDamaged: 1, damage: (text) => Buffer.from(text.replace("Alpha-1", "Alpha-é"), "latin1") },
  { kind: "1e400 compute", rowsDamaged: 1, damage: (text) => text.replace("2.1e25", "1e400") },
  { kind: "-1e400 compute", rowsDamaged: 1, damage: (text) => text.replace("2.1e25", "-1e400") },
  { kind: "unterminated quote", rowsDamaged: 1, damage: (text) => text.replace(",Chat,", ',"Chat,') },
  { kind: "repeated header", rowsDamaged: 0, damage: (text) => text.replace("\n", `\n${text.split("\n")[0]}\n`) },
  { kind: "50 MB field", rowsDamaged: 1, damage: (text) => text.replace("Alpha-1", `Alpha-${"x".repeat(50_000_000)}`) },
  { kind: "NUL bytes", rowsDamaged: 1, damage: (text) => text.replace("Alpha-1", "Alpha\u0000-1") },
  {
    kind: "extra field in a row",
    rowsDamaged: 1,
    damage: (text) => text.replace("API access\n", "API access,surplus\n"),
  },
  { kind: "CRLF line ends and a BOM", rowsDamaged: 0, damage: (text) => `\ufeff${text.replace(/\n/g, "\r\n")}` },
  {
    kind: "binary garbage",
    rowsDamaged: 0,
    damage: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  },
  { kind: "every row twice", rowsDamaged: 0, damage: (text) => text + text.split("\n").slice(1).join("\n") },
  { kind: "impossible date", rowsDamaged: 1, damage: (text) => text.replace("2023-03-14", "2023-02-31") },
];

function withBytes(text: string, _line: number, marker: string, bytes: Buffer): Buffer {
  const at = text.indexOf(marker);
  return Buffer.concat([Buffer.from(text.slice(0, at)), bytes, Buffer.from(text.slice(at))]);
}

async function notableCount(store: StoreLocation): Promise<number> {
  const db = openStore(store);
  try {
    const row = await db
      .selectFrom("models")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("dataset", "=", "notable")
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await db.destroy();
  }
}

const API_PROBES = [
  "/api/v1/models?dataset=notable&limit=50",
  "/api/v1/regulations/models-above-thresholds?dataset=notable",
  "/api/v1/indicators/frontier-compute",
  "/api/v1/-/quarantine",
  "/api/v1/-/version",
];

async function serverErrors(store: StoreLocation): Promise<string[]> {
  const db = openStore(store);
  const app = await buildApp(await loadApiContext(db, "chaos"));
  try {
    const errors: string[] = [];
    for (const url of API_PROBES) {
      const response = await app.inject(url);
      if (response.statusCode >= 500) errors.push(`${response.statusCode} ${url}`);
    }
    return errors;
  } finally {
    await app.close();
    await db.destroy();
  }
}

export default {
  name: NAME,
  async run(ctx: ChaosContext): Promise<ChaosRow[]> {
    const good = readFileSync(join(SMALL_EPOCH_DIR, FILE), "utf8");
    let tried = 0;
    let refused = 0;
    const failures: string[] = [];
    for (const { kind, rowsDamaged, damage } of KINDS) {
      if (Date.now() > ctx.deadlineMs) break;
      const folder = join(ctx.workDir, `case-${tried}`);
      const snapshot = join(folder, "epoch");
      cpSync(SMALL_EPOCH_DIR, snapshot, { recursive: true });
      const store: StoreLocation = { dialect: "sqlite", target: join(folder, "wedloop.sqlite") };
      const build = () =>
        buildStore({
          dataDir: DATA_DIR,
          epochDir: snapshot,
          store,
          codeVersion: "chaos",
          now: () => new Date(),
          clock: () => performance.now(),
        });
      await build();
      const before = await notableCount(store);
      const damaged = damage(good);
      if (damaged === null) rmSync(join(snapshot, FILE));
      else writeFileSync(join(snapshot, FILE), damaged);
      tried++;
      try {
        const result = await build();
        const notable = result.summary.find((entry) => entry.file === FILE)!;
        if (notable.rowsRead !== notable.rowsStored + notable.rowsQuarantined)
          failures.push(`${kind}: rows read ${notable.rowsRead} != stored + quarantined`);
      } catch (error) {
        if (!(error instanceof ShrinkError)) failures.push(`${kind}: the build crashed: ${(error as Error).message}`);
        else refused++;
      }
      const after = await notableCount(store);
      if (after < before - rowsDamaged) failures.push(`${kind}: ${before} notable models became ${after}`);
      failures.push(...(await serverErrors(store)).map((error) => `${kind}: ${error}`));
      rmSync(folder, { recursive: true, force: true });
    }
    for (const failure of failures) ctx.log(failure);
    return [
      {
        scenario: NAME,
        database: "sqlite",
        inputs: tried,
        failures: failures.length,
        figure: `${tried} kinds of corrupt file: no dataset lost (${refused} builds refused, the last good store kept; the others kept every good row and quarantined the damaged ones); ${API_PROBES.length} API routes over each result without 5xx`,
      },
    ];
  },
};
