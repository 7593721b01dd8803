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
  };
}
