import { describe, it } from "vitest";
import { findEpochSnapshot, SNAPSHOT_ABSENT } from "./paths.js";

export const HAS_SNAPSHOT = findEpochSnapshot() !== null;

/**
 * `describe` for the tests pinned to figures of the full Epoch snapshot. Without the snapshot the suite's body
 * is never called (it may read the snapshot while it is collected) and one skipped test says why.
 */
export function describeWithSnapshot(name: string, factory: () => void): void {
  if (HAS_SNAPSHOT) describe(name, factory);
  else describe.skip(name, () => it(SNAPSHOT_ABSENT, () => {}));
}
