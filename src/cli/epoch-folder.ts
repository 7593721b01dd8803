import { existsSync } from "node:fs";
import { join } from "node:path";
import type { StoreSummary } from "../db/queries/store-summary.js";
import { EPOCH_DIR_KEY } from "../ingest/build.js";
import { EPOCH_DATASETS } from "../ingest/loaders/epoch-datasets.js";
import type { Settings } from "./settings.js";

/** Whether a folder holds none of the Epoch dataset files. */
export function holdsNoDatasets(dir: string): boolean {
  return EPOCH_DATASETS.every((dataset) => !existsSync(join(dir, dataset.file)));
}

/**
 * The Epoch folder to build from. Without --epoch-dir or WEDLOOP_EPOCH_DIR the pull cache is used, unless the
 * cache is empty and the store was built from another folder that is still there: then that folder, so that
 * `wedloop serve --db X` after `wedloop build --epoch-dir D --db X` (or a start on an offline machine) serves the
 * same data instead of rebuilding without Epoch's rows.
 */
export function epochFolderFor(settings: Settings, store: StoreSummary | null): Settings {
  const remembered = store?.meta[EPOCH_DIR_KEY];
  if (!settings.epochDirIsCache || remembered === undefined || remembered === settings.epochDir) return settings;
  if (!holdsNoDatasets(settings.epochDir) || !existsSync(remembered) || holdsNoDatasets(remembered)) return settings;
  return { ...settings, epochDir: remembered, epochDirIsCache: false };
}
