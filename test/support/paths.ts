import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DATA_DIR = join(REPO_ROOT, "data");
export const SMALL_EPOCH_DIR = join(REPO_ROOT, "test", "fixtures", "epoch-small");

/** The Epoch snapshot the tests read: WEDLOOP_EPOCH_DIR (npm test sets it to ../shared/data/epoch). */
export function epochSnapshotDir(): string {
  const dir = process.env.WEDLOOP_EPOCH_DIR;
  if (!dir)
    throw new Error(
      "WEDLOOP_EPOCH_DIR is not set: run the tests with `npm test`, or set it to the Epoch snapshot folder",
    );
  const absolute = resolve(REPO_ROOT, dir);
  if (!existsSync(join(absolute, "notable_ai_models.csv")))
    throw new Error(`WEDLOOP_EPOCH_DIR=${dir}: no notable_ai_models.csv there`);
  return absolute;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `wedloop-${prefix}-`));
}
