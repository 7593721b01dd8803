import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DATA_DIR = join(REPO_ROOT, "data");
/** A dozen hand-made Epoch rows per file, for the tests that damage or rewrite them. */
export const SMALL_EPOCH_DIR = join(REPO_ROOT, "test", "fixtures", "epoch-small");
/** A few hundred rows cut from the real snapshot (test/fixtures/epoch/README.md): every test that needs data. */
export const EPOCH_FIXTURE_DIR = join(REPO_ROOT, "test", "fixtures", "epoch");

/**
 * The full Epoch snapshot (WEDLOOP_EPOCH_DIR; npm test defaults it to ../shared/data/epoch), or null when it is
 * not there: a clone on its own runs on the fixture and skips the tests pinned to the real figures.
 */
export function findEpochSnapshot(): string | null {
  const dir = process.env.WEDLOOP_EPOCH_DIR;
  if (!dir) return null;
  const absolute = resolve(REPO_ROOT, dir);
  return existsSync(join(absolute, "notable_ai_models.csv")) ? absolute : null;
}

/** Why the snapshot tests are skipped, for their names and the warning. */
export const SNAPSHOT_ABSENT = `needs the full Epoch snapshot: WEDLOOP_EPOCH_DIR=${
  process.env.WEDLOOP_EPOCH_DIR ?? "(unset)"
} holds no notable_ai_models.csv (CI sets it to ../shared/data/epoch)`;

/** The full snapshot, for the tests that are only run with it (see test/support/snapshot.ts). */
export function epochSnapshotDir(): string {
  const dir = findEpochSnapshot();
  if (!dir) throw new Error(SNAPSHOT_ABSENT);
  return dir;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `wedloop-${prefix}-`));
}
