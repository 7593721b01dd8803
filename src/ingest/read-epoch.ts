import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** Written by `wedloop data pull` beside the files it downloads. */
export const MANIFEST_FILE = "wedloop-manifest.json";

const manifestSchema = z.object({
  files: z.record(z.string(), z.object({ sha256: z.string(), downloaded: z.string(), url: z.string() })),
});
export type EpochManifest = z.infer<typeof manifestSchema>;

export interface EpochFile {
  readonly file: string;
  readonly text: string;
  readonly sha256: string;
  readonly bytes: number;
  /**
   * Download date from the pull manifest; null for a folder without one (a copied snapshot), whose file dates
   * say when it was copied, not when Epoch published it. The build then dates it from the data itself.
   */
  readonly downloadedOn: string | null;
  /** Lines (from 1) whose bytes are not valid UTF-8: their rows are quarantined, not stored with "\uFFFD". */
  readonly invalidUtf8Lines: readonly number[];
}

/** The lines of a file that are not valid UTF-8; empty for a valid file (checked at once, without splitting). */
export function invalidUtf8Lines(buffer: Buffer): number[] {
  if (isUtf8(buffer)) return [];
  const lines: number[] = [];
  for (let start = 0, line = 1; start <= buffer.length; line++) {
    const end = buffer.indexOf(0x0a, start);
    const stop = end === -1 ? buffer.length : end;
    if (!isUtf8(buffer.subarray(start, stop))) lines.push(line);
    if (end === -1) break;
    start = end + 1;
  }
  return lines;
}

export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

export function readManifest(epochDir: string): EpochManifest | null {
  const path = join(epochDir, MANIFEST_FILE);
  if (!existsSync(path)) return null;
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  return parsed.success ? parsed.data : null;
}

/** Reads one dataset file from the Epoch folder, or null when it is not there. */
export function readEpochFile(epochDir: string, file: string, manifest: EpochManifest | null): EpochFile | null {
  const path = join(epochDir, file);
  if (!existsSync(path)) return null;
  const buffer = readFileSync(path);
  return {
    file,
    text: buffer.toString("utf8"),
    sha256: sha256(buffer),
    bytes: buffer.length,
    downloadedOn: manifest?.files[file]?.downloaded.slice(0, 10) ?? null,
    invalidUtf8Lines: invalidUtf8Lines(buffer),
  };
}
