import { join, resolve } from "node:path";
import type { StoreLocation } from "../db/connect.js";
import { readStoreSummary } from "../db/queries/store-summary.js";
import { writeStore } from "../db/write-store.js";
import { loadCurated } from "./curated/load-curated.js";
import { EPOCH_DATASETS } from "./loaders/epoch-datasets.js";
import { buildStoreContent, inputHashOf, type DatasetSummary } from "./pipeline.js";
import { readEpochFile, readManifest, type EpochFile } from "./read-epoch.js";
import { shrinkingDatasets, ShrinkError } from "./shrink-guard.js";

/** The meta key under which a store records the absolute Epoch folder it was built from. */
export const EPOCH_DIR_KEY = "epoch_dir";

export interface BuildOptions {
  /** The repository's data/ folder with the curated files. */
  readonly dataDir: string;
  /** Folder with Epoch's CSV files (the pull cache or a snapshot); null when there is none. */
  readonly epochDir: string | null;
  readonly store: StoreLocation;
  readonly codeVersion: string;
  readonly now: () => Date;
  readonly clock: () => number;
  /** Accept a build that empties a dataset or keeps under half its rows (see shrink-guard.ts). */
  readonly allowShrink?: boolean;
}

export interface BuildResult {
  readonly summary: readonly DatasetSummary[];
  readonly snapshotId: string;
  readonly inputHash: string;
  readonly totalMilliseconds: number;
  readonly facts: number;
  readonly sources: number;
  readonly organizations: number;
  /** Problems that did not stop the build: an unreadable manifest, a file changed since it was downloaded. */
  readonly warnings: readonly string[];
}

export function readEpochFiles(
  epochDir: string | null,
  onProblem: (message: string) => void = () => {},
): Map<string, EpochFile> {
  const files = new Map<string, EpochFile>();
  if (epochDir === null) return files;
  const manifest = readManifest(epochDir, onProblem);
  for (const dataset of EPOCH_DATASETS) {
    const file = readEpochFile(epochDir, dataset.file, manifest);
    if (!file) continue;
    const recorded = manifest?.files[dataset.file]?.sha256;
    if (recorded !== undefined && recorded !== file.sha256)
      onProblem(
        `${join(epochDir, dataset.file)}: changed since \`wedloop data pull\` downloaded it (checksum differs)`,
      );
    files.set(dataset.file, file);
  }
  return files;
}

/** The input hash a fresh build would record; a store whose hash differs is stale. */
export function currentInputHash(options: Pick<BuildOptions, "dataDir" | "epochDir" | "codeVersion">): string {
  return inputHashOf(options.codeVersion, loadCurated(options.dataDir), readEpochFiles(options.epochDir));
}

/**
 * Reads every input, normalises it and replaces the store atomically, unless the new store would lose data
 * (ShrinkError: nothing is written and the last good store stays).
 */
export async function buildStore(options: BuildOptions): Promise<BuildResult> {
  const started = options.clock();
  const warnings: string[] = [];
  const curated = loadCurated(options.dataDir);
  const output = buildStoreContent({
    datasets: EPOCH_DATASETS,
    epochFiles: readEpochFiles(options.epochDir, (message) => warnings.push(message)),
    curated,
    codeVersion: options.codeVersion,
    builtAt: options.now().toISOString(),
    clock: options.clock,
  });
  if (!options.allowShrink) {
    const shrinkage = shrinkingDatasets(await readStoreSummary(options.store), output.summary);
    if (shrinkage.length > 0) throw new ShrinkError(shrinkage);
  }
  // The folder is remembered so a later start without --epoch-dir serves the same data (see epoch-folder.ts).
  const meta = [
    ...output.content.meta,
    ...(options.epochDir === null ? [] : [{ key: EPOCH_DIR_KEY, value: resolve(options.epochDir) }]),
  ];
  await writeStore(options.store, { ...output.content, meta }, options.now().toISOString());
  return {
    summary: output.summary,
    snapshotId: output.snapshotId,
    inputHash: output.inputHash,
    totalMilliseconds: options.clock() - started,
    facts: output.content.facts.length,
    sources: output.content.sources.length,
    organizations: output.content.organizations.length,
    warnings,
  };
}
