import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createHash } from "node:crypto";
import { processIsAlive } from "../db/write-store.js";
import { datasetUrl, type DatasetDefinition } from "./loaders/dataset.js";
import { archiveUrl, type EpochArchive } from "./epoch-archives.js";
import { EXPECTED_COLUMNS } from "./expected-columns.js";
import { MANIFEST_FILE, readManifest, sha256 as sha256Of, type EpochManifest } from "./read-epoch.js";
import { contentTypeProblem, csvProblem, declaredSha256, type DownloadProblem } from "./verify-download.js";
import { readZipMembers, ZipError } from "./zip.js";

export type PullEvent =
  | { kind: "start"; dataset: string; url: string; attempt: number }
  | { kind: "progress"; dataset: string; bytes: number; totalBytes: number | null }
  | { kind: "retry"; dataset: string; reason: string; waitMs: number }
  | { kind: "done"; dataset: string; bytes: number; sha256: string; changed: boolean }
  | { kind: "failed"; dataset: string; reason: string }
  | { kind: "warning"; message: string };

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
  /** Datasets published as ZIP archives (Epoch's benchmark data); none when absent. */
  readonly archives?: readonly EpochArchive[];
  /** Per request: no byte for this long aborts the attempt. */
  readonly timeoutMs: number;
  readonly retries: number;
  /** Take a download with under half the rows of the cached copy (refused by default). */
  readonly allowShrink?: boolean;
}

export interface PullResult {
  readonly downloaded: string[];
  readonly failed: { dataset: string; reason: string }[];
}

class PermanentError extends Error {}

/** No Epoch file is near this; a download beyond it is not what we asked for. */
const MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024;

function fail(problem: DownloadProblem): never {
  throw problem.permanent ? new PermanentError(problem.reason) : new Error(problem.reason);
}

/**
 * Downloads one URL to `partial`, hashing as it goes, and checks what can be checked without reading it: status,
 * content type, length, emptiness, the server's declared checksum. The caller checks the content, then renames.
 */
async function fetchToFile(label: string, url: string, partial: string, options: PullOptions, effects: PullEffects) {
  const controller = new AbortController();
  let idle = setTimeout(() => controller.abort(new Error(`no data for ${options.timeoutMs} ms`)), options.timeoutMs);
  try {
    const response = await effects.fetch(url, { signal: controller.signal, redirect: "follow" });
    if (!response.ok || !response.body) {
      const reason = `HTTP ${response.status} ${response.statusText}`.trim();
      // Client errors other than timeouts and rate limits will not change on retry.
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
        throw new PermanentError(reason);
      throw new Error(reason);
    }
    const typeProblem = contentTypeProblem(response.headers.get("content-type"));
    if (typeProblem) {
      await response.body.cancel().catch(() => {});
      fail(typeProblem);
    }
    const declared = response.headers.get("content-length");
    const totalBytes = declared === null ? null : Number(declared);
    const hash = createHash("sha256");
    let bytes = 0;
    mkdirSync(dirname(partial), { recursive: true });
    const counted = Readable.fromWeb(response.body as never).on("data", (chunk: Buffer) => {
      clearTimeout(idle);
      idle = setTimeout(() => controller.abort(new Error(`no data for ${options.timeoutMs} ms`)), options.timeoutMs);
      hash.update(chunk);
      bytes += chunk.length;
      if (bytes > MAX_DOWNLOAD_BYTES) controller.abort(new PermanentError(`over ${MAX_DOWNLOAD_BYTES} bytes`));
      effects.onEvent({ kind: "progress", dataset: label, bytes, totalBytes });
    });
    await pipeline(counted, createWriteStream(partial));
    if (totalBytes !== null && bytes !== totalBytes)
      throw new Error(`connection closed after ${bytes} of ${totalBytes} bytes`);
    if (bytes === 0) throw new Error("empty response");
    const sha256 = hash.digest("hex");
    const expected = declaredSha256(response.headers);
    if (expected !== null && expected !== sha256)
      throw new Error(`checksum differs from the one the server declared (${expected.slice(0, 12)}...)`);
    return { bytes, sha256 };
  } finally {
    clearTimeout(idle);
  }
}

/** Writes `data` to `dest` through a temporary file, so `dest` is the old copy or the new one, never half. */
function replaceFile(dest: string, data: Buffer): void {
  mkdirSync(dirname(dest), { recursive: true });
  const partial = `${dest}.part-${process.pid}`;
  writeFileSync(partial, data);
  renameSync(partial, dest);
}

const cachedText = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : null);

/** One CSV dataset: download, check the content against the cached copy, then put it in place. */
async function pullCsv(dataset: DatasetDefinition, url: string, options: PullOptions, effects: PullEffects) {
  const dest = join(options.cacheDir, dataset.file);
  const partial = `${dest}.part-${process.pid}`;
  try {
    const { bytes, sha256 } = await fetchToFile(dataset.id, url, partial, options, effects);
    const problem = csvProblem(
      readFileSync(partial, "utf8"),
      EXPECTED_COLUMNS[dataset.file] ?? [],
      cachedText(dest),
      options.allowShrink ?? false,
    );
    if (problem) fail(problem);
    renameSync(partial, dest);
    return { bytes, files: [{ file: dataset.file, sha256 }] };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** One ZIP dataset: download, check the archive whole and each member's content, then put the members in place. */
async function pullArchive(archive: EpochArchive, url: string, options: PullOptions, effects: PullEffects) {
  const partial = join(options.cacheDir, `${archive.id}.zip.part-${process.pid}`);
  try {
    const { bytes } = await fetchToFile(archive.id, url, partial, options, effects);
    let members;
    try {
      members = readZipMembers(
        readFileSync(partial),
        archive.members.map((member) => member.name),
        MAX_DOWNLOAD_BYTES,
      );
    } catch (error) {
      if (error instanceof ZipError) throw new Error("unreadable archive", { cause: error }); // cut short? try again
      throw error;
    }
    const checked = archive.members.map((member, index) => {
      const data = members[index]!.data;
      const dest = join(options.cacheDir, member.file);
      const problem = csvProblem(
        data.toString("utf8"),
        EXPECTED_COLUMNS[member.file] ?? [],
        cachedText(dest),
        options.allowShrink ?? false,
      );
      if (problem) fail({ ...problem, reason: `${member.name}: ${problem.reason}` });
      return { dest, data, file: member.file, sha256: sha256Of(data) };
    });
    for (const member of checked) replaceFile(member.dest, member.data);
    return { bytes, files: checked.map(({ file, sha256 }) => ({ file, sha256 })) };
  } finally {
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
 * file recorded in the cache's manifest. Every download is checked (length, type, an error page, the CSV's
 * columns, a record cut in half, the server's checksum, far fewer rows than the cached copy) before it may
 * replace anything: a failed, interrupted or refused download leaves the previous file in place.
 */
/** `<file>.part-<pid>`: a download being written before it is checked and renamed into place. */
const PARTIAL_DOWNLOAD = /\.part-(\d+)$/;

/**
 * Removes the partial downloads of pulls that were killed before they could clean up (those of processes
 * that are gone). Returns the names removed.
 */
export function removeOrphanDownloads(cacheDir: string): string[] {
  if (!existsSync(cacheDir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(cacheDir)) {
    const match = PARTIAL_DOWNLOAD.exec(name);
    if (!match || processIsAlive(Number(match[1]))) continue;
    rmSync(join(cacheDir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

export async function pullDatasets(options: PullOptions, effects: PullEffects): Promise<PullResult> {
  mkdirSync(options.cacheDir, { recursive: true });
  const orphans = removeOrphanDownloads(options.cacheDir);
  if (orphans.length > 0)
    effects.onEvent({
      kind: "warning",
      message: `removed ${orphans.length} file(s) left by interrupted downloads: ${orphans.join(", ")}`,
    });
  const manifest: EpochManifest = readManifest(options.cacheDir, (message) =>
    effects.onEvent({ kind: "warning", message }),
  ) ?? { files: {} };
  const result: PullResult = { downloaded: [], failed: [] };
  const jobs = [
    ...options.datasets.map((dataset) => {
      const url = datasetUrl(dataset, options.baseUrl);
      return { id: dataset.id, url, run: () => pullCsv(dataset, url, options, effects) };
    }),
    ...(options.archives ?? []).map((archive) => {
      const url = archiveUrl(archive, options.baseUrl);
      return { id: archive.id, url, run: () => pullArchive(archive, url, options, effects) };
    }),
  ];
  for (const job of jobs) {
    for (let attempt = 1; ; attempt++) {
      effects.onEvent({ kind: "start", dataset: job.id, url: job.url, attempt });
      try {
        const { bytes, files } = await job.run();
        const changed = files.some((file) => manifest.files[file.file]?.sha256 !== file.sha256);
        for (const file of files)
          manifest.files[file.file] = { sha256: file.sha256, downloaded: effects.now().toISOString(), url: job.url };
        writeManifest(options.cacheDir, manifest);
        effects.onEvent({ kind: "done", dataset: job.id, bytes, sha256: files[0]!.sha256, changed });
        result.downloaded.push(job.id);
        break;
      } catch (error) {
        const reason =
          error instanceof Error
            ? error.cause instanceof Error
              ? `${error.message}: ${error.cause.message}`
              : error.message
            : String(error);
        if (error instanceof PermanentError || attempt > options.retries) {
          effects.onEvent({ kind: "failed", dataset: job.id, reason });
          result.failed.push({ dataset: job.id, reason: `${job.url}: ${reason}` });
          break;
        }
        const waitMs = 500 * 2 ** (attempt - 1);
        effects.onEvent({ kind: "retry", dataset: job.id, reason, waitMs });
        await effects.sleep(waitMs);
      }
    }
  }
  return result;
}
