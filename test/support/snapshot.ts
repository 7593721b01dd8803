import { describe } from "vitest";
import { findEpochSnapshot, SNAPSHOT_ABSENT } from "./paths.js";

export const HAS_SNAPSHOT = findEpochSnapshot() !== null;

let warned = false;

/**
 * `describe` for the tests pinned to figures of the full Epoch snapshot: without it they are skipped, and the
 * run says why once per test file instead of failing on a missing folder.
 */
export const describeWithSnapshot: typeof describe.skip = HAS_SNAPSHOT
  ? describe
  : (() => {
      if (!warned) console.warn(`skipped: ${SNAPSHOT_ABSENT}`);
      warned = true;
      return describe.skip;
    })();
