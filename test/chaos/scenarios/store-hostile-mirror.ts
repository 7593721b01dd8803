/**
 * `data pull` against a hostile mirror on 127.0.0.1: every answer is wrong in one way (cut short with and
 * without a length, an HTML page with status 200, the wrong type, a renamed column, a wrong checksum, a stall,
 * a damaged ZIP ...). The good copy in the cache must survive every one, and no partial file may stay behind.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { benchmarkData } from "../../../src/ingest/epoch-archives.js";
import { EPOCH_DATASETS } from "../../../src/ingest/loaders/epoch-datasets.js";
import { pullDatasets } from "../../../src/ingest/pull.js";
import { epochSnapshotDir } from "../../support/paths.js";
import { writeZip } from "../../support/zip-writer.js";
import type { ChaosContext, ChaosRow } from "../types.js";

const NAME = "hostile download mirror";
const HTML = "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>\n";

type Answer = { headers: Record<string, string>; body: Buffer; stall?: boolean; cutAfter?: number };

/** Each mode answers the CSV request (`csv`) or the archive request (`zip`) with 200 and something wrong. */
const MODES: Record<string, (good: Buffer, zip: Buffer) => Answer> = {
  "cut, with its length": (good) => ({
    headers: { "content-type": "text/csv", "content-length": String(good.length) },
    body: good,
    cutAfter: good.length / 2,
  }),
  "cut, without a length": (good) => ({
    headers: { "content-type": "text/csv" },
    body: good.subarray(0, good.length / 2 + 7),
  }),
  "HTML page with 200": () => ({ headers: { "content-type": "text/html" }, body: Buffer.from(HTML) }),
  "HTML page as text/csv": () => ({ headers: { "content-type": "text/csv" }, body: Buffer.from(HTML) }),
  "JSON error as 200": () => ({ headers: { "content-type": "application/json" }, body: Buffer.from('{"error":"x"}') }),
  "renamed column": (good) => ({
    headers: { "content-type": "text/csv" },
    body: Buffer.from(good.toString().replace(/^Model,/, "Name,")),
  }),
  "header only": (good) => ({
    headers: { "content-type": "text/csv" },
    body: good.subarray(0, good.indexOf(0x0a) + 1),
  }),
  "a tenth of the rows": (good) => ({
    headers: { "content-type": "text/csv" },
    body: Buffer.from(
      good
        .toString()
        .split("\n")
        .slice(0, Math.floor(good.toString().split("\n").length / 10))
        .join("\n") + "\n",
    ),
  }),
  "wrong checksum": (good) => ({
    headers: { "content-type": "text/csv", "content-digest": `sha-256=:${Buffer.alloc(32, 1).toString("base64")}:` },
    body: good,
  }),
  "stalls after the header": (good) => ({
    headers: { "content-type": "text/csv" },
    body: good.subarray(0, 200),
    stall: true,
  }),
  "empty body": () => ({ headers: { "content-type": "text/csv" }, body: Buffer.alloc(0) }),
  "ZIP cut short": (_good, zip) => ({
    headers: { "content-type": "application/zip" },
    body: zip.subarray(0, zip.length - 64),
  }),
  "ZIP damaged inside": (_good, zip) => {
    const damaged = Buffer.from(zip);
    damaged[60] = damaged[60]! ^ 0xff;
    return { headers: { "content-type": "application/zip" }, body: damaged };
  },
  "HTML page for the ZIP": () => ({ headers: { "content-type": "application/zip" }, body: Buffer.from(HTML) }),
};

export default {
  name: NAME,
  async run(ctx: ChaosContext): Promise<ChaosRow[]> {
    const snapshot = epochSnapshotDir();
    const notable = EPOCH_DATASETS[0]!;
    const good = readFileSync(join(snapshot, notable.file));
    const eciFile = benchmarkData.members[0]!.file;
    const eci = readFileSync(join(snapshot, eciFile));
    const zip = writeZip([{ name: benchmarkData.members[0]!.name, data: eci }]);
    let mode = "";
    const server = createServer((request, response) => {
      const answer = MODES[mode]!(good, zip);
      const isZip = request.url!.endsWith(".zip");
      if (isZip !== mode.includes("ZIP")) return void response.writeHead(404).end();
      response.writeHead(200, answer.headers);
      if (answer.stall) return void response.write(answer.body);
      if (answer.cutAfter !== undefined) {
        response.write(answer.body.subarray(0, answer.cutAfter));
        return void setTimeout(() => response.socket?.destroy(), 20);
      }
      response.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`;
    const failures: string[] = [];
    let tried = 0;
    try {
      for (const name of Object.keys(MODES)) {
        if (Date.now() > ctx.deadlineMs) break;
        mode = name;
        tried++;
        const cache = join(ctx.workDir, `cache-${tried}`);
        mkdirSync(dirname(join(cache, eciFile)), { recursive: true });
        writeFileSync(join(cache, notable.file), good);
        writeFileSync(join(cache, eciFile), eci);
        const zipped = name.includes("ZIP");
        const result = await pullDatasets(
          {
            cacheDir: cache,
            baseUrl,
            datasets: zipped ? [] : [notable],
            archives: zipped ? [benchmarkData] : [],
            timeoutMs: 500,
            retries: 1,
          },
          { fetch: globalThis.fetch, now: () => new Date(), sleep: async () => {}, onEvent: () => {} },
        );
        if (result.failed.length !== 1) failures.push(`${name}: taken (${JSON.stringify(result)})`);
        else ctx.log(`${name}: refused: ${result.failed[0]!.reason.replace(baseUrl, "")}`);
        if (!readFileSync(join(cache, notable.file)).equals(good)) failures.push(`${name}: the cached CSV changed`);
        if (!readFileSync(join(cache, eciFile)).equals(eci)) failures.push(`${name}: the cached ECI file changed`);
        const partial = readdirSync(cache, { recursive: true }).filter((file) => String(file).includes(".part-"));
        if (partial.length > 0) failures.push(`${name}: partial files left: ${partial.join(", ")}`);
      }
    } finally {
      server.closeAllConnections();
      server.close();
    }
    for (const failure of failures) ctx.log(failure);
    return [
      {
        scenario: NAME,
        database: "-",
        inputs: tried,
        failures: failures.length,
        figure: `${tried} kinds of wrong answer with status 200: no dataset lost (every one refused, the good copy kept, no partial file left)`,
      },
    ];
  },
};
