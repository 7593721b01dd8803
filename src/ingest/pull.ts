import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createHash } from "node:crypto";
import { datasetUrl, type DatasetDefinition } from "./loaders/dataset.js";
import { MANIFEST_FILE, readManifest, type EpochManifest } from "./read-epoch.js";

export type PullEvent =
  | { kind: "start"; dataset: string; url: string; attempt: number }
  | { kind: "progress"; dataset: string; bytes: number; totalBytes: number | null }
  | { kind: "retry"; dataset: string; reason: string; waitMs: number }
  | { kind: "done"; dataset: string; bytes: number; sha256: string; changed: boolean }
  | { kind: "failed"; dataset: string; reason: string };

/** Effects of a pull, passed in so tests can point it at a local server and a fake clock. */
export interface PullEffects {
  readonly fetch: typeof fetch;
  readonly now: () => Date;
  readonly sleep: (milliseconds: number) => Promise<void>;
  readonly onEvent: (event: PullEvent) => void;
}

export interface PullOptions {
  readonly cacheDir: string;
  readonly baseUrl: string;
  readonly datasets: readonly DatasetDefinition[];
  /** Per request: no byte for this long aborts the attempt. */
  readonly timeoutMs: number;
  readonly retries: number;
}

export interface PullResult {
  readonly downloaded: string[];
  readonly failed: { dataset: string; reason: string }[];
}

class PermanentError extends Error {}

/** Downloads one file to `<dest>.part-<pid>`, hashing as it goes; renames over `dest` only when complete. */
async function downloadOnce(
  dataset: DatasetDefinition,
  url: string,
  dest: string,
  options: PullOptions,
  effects: PullEffects,
) {
  const controller = new AbortController();
  let idle = setTimeout(() => controller.abort(new Error(`no data for ${options.timeoutMs} ms`)), options.timeoutMs);
  const partial = `${dest}.part-${process.pid}`;
  try {
    const response = await effects.fetch(url, { signal: controller.signal, redirect: "follow" });
    if (!response.ok || !response.body) {
      const reason = `HTTP ${response.status} ${response.statusText}`.trim();
      // Client errors other than timeouts and rate limits will not change on retry.
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
        throw new PermanentError(reason);
      throw new Error(reason);
    }
    const declared = response.headers.get("content-length");
    const totalBytes = declared === null ? null : Number(declared);
    const hash = createHash("sha256");
    let bytes = 0;
    mkdirSync(dirname(dest), { recursive: true });
    const counted = Readable.fromWeb(response.body as never).on("data", (chunk: Buffer) => {
      clearTimeout(idle);
      idle = setTimeout(() => controller.abort(new Error(`no data for ${options.timeoutMs} ms`)), options.timeoutMs);
      hash.update(chunk);
      bytes += chunk.length;
      effects.onEvent({ kind: "progress", dataset: dataset.id, bytes, totalBytes });
    });
    await pipeline(counted, createWriteStream(partial));
    if (totalBytes !== null && bytes !== totalBytes)
      throw new Error(`connection closed after ${bytes} of ${totalBytes} bytes`);
    if (bytes === 0) throw new Error("empty response");
    renameSync(partial, dest);
    return { bytes, sha256: hash.digest("hex") };
  } finally {
    clearTimeout(idle);
    rmSync(partial, { force: true });
  }
}

function writeManifest(cacheDir: string, manifest: EpochManifest): void {
  const path = join(cacheDir, MANIFEST_FILE);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

/**
 * Downloads every dataset into the cache with timeouts, retries (exponential back-off) and a checksum per
 * file recorded in the cache's manifest. A failed or interrupted download leaves the previous file in place.
 */
export async function pullDatasets(options: PullOptions, effects: PullEffects): Promise<PullResult> {
  mkdirSync(options.cacheDir, { recursive: true });
  const manifest: EpochManifest = readManifest(options.cacheDir) ?? { files: {} };
  const result: PullResult = { downloaded: [], failed: [] };
  for (const dataset of options.datasets) {
    const url = datasetUrl(dataset, options.baseUrl);
    const dest = join(options.cacheDir, dataset.file);
    for (let attempt = 1; ; attempt++) {
      effects.onEvent({ kind: "start", dataset: dataset.id, url, attempt });
      try {
        const { bytes, sha256 } = await downloadOnce(dataset, url, dest, options, effects);
        const changed = manifest.files[dataset.file]?.sha256 !== sha256;
        manifest.files[dataset.file] = { sha256, downloaded: effects.now().toISOString(), url };
        writeManifest(options.cacheDir, manifest);
        effects.onEvent({ kind: "done", dataset: dataset.id, bytes, sha256, changed });
        result.downloaded.push(dataset.id);
        break;
      } catch (error) {
        const reason =
          error instanceof Error
            ? error.cause instanceof Error
              ? `${error.message}: ${error.cause.message}`
              : error.message
            : String(error);
        if (error instanceof PermanentError || attempt > options.retries) {
          effects.onEvent({ kind: "failed", dataset: dataset.id, reason });
          result.failed.push({ dataset: dataset.id, reason: `${url}: ${reason}` });
          break;
        }
        const waitMs = 500 * 2 ** (attempt - 1);
        effects.onEvent({ kind: "retry", dataset: dataset.id, reason, waitMs });
        await effects.sleep(waitMs);
      }
    }
  }
  return result;
}
