import type { StoreLocation } from "../db/connect.js";
import { writeStore } from "../db/write-store.js";
import { loadCurated } from "./curated/load-curated.js";
import { BUILD_DATASETS } from "./loaders/epoch-datasets.js";
import { buildStoreContent, inputHashOf, type DatasetSummary } from "./pipeline.js";
import { readEpochFile, readManifest, type EpochFile } from "./read-epoch.js";

export interface BuildOptions {
  /** The repository's data/ folder with the curated files. */
  readonly dataDir: string;
  /** Folder with Epoch's CSV files (the pull cache or a snapshot); null when there is none. */
  readonly epochDir: string | null;
  readonly store: StoreLocation;
  readonly codeVersion: string;
  readonly now: () => Date;
  readonly clock: () => number;
}

export interface BuildResult {
  readonly summary: readonly DatasetSummary[];
  readonly snapshotId: string;
  readonly inputHash: string;
  readonly totalMilliseconds: number;
  readonly facts: number;
  readonly sources: number;
  readonly organizations: number;
}

export function readEpochFiles(epochDir: string | null): Map<string, EpochFile> {
  const files = new Map<string, EpochFile>();
  if (epochDir === null) return files;
  const manifest = readManifest(epochDir);
  for (const dataset of BUILD_DATASETS) {
    const file = readEpochFile(epochDir, dataset.file, manifest);
    if (file) files.set(dataset.file, file);
  }
  return files;
}

/** The input hash a fresh build would record; a store whose hash differs is stale. */
export function currentInputHash(options: Pick<BuildOptions, "dataDir" | "epochDir" | "codeVersion">): string {
  return inputHashOf(options.codeVersion, loadCurated(options.dataDir), readEpochFiles(options.epochDir));
}

/** Reads every input, normalises it and replaces the store atomically. */
export async function buildStore(options: BuildOptions): Promise<BuildResult> {
  const started = options.clock();
  const curated = loadCurated(options.dataDir);
  const output = buildStoreContent({
    datasets: BUILD_DATASETS,
    epochFiles: readEpochFiles(options.epochDir),
    curated,
    codeVersion: options.codeVersion,
    builtAt: options.now().toISOString(),
    clock: options.clock,
  });
  await writeStore(options.store, output.content, options.now().toISOString());
  return {
    summary: output.summary,
    snapshotId: output.snapshotId,
    inputHash: output.inputHash,
    totalMilliseconds: options.clock() - started,
    facts: output.content.facts.length,
    sources: output.content.sources.length,
    organizations: output.content.organizations.length,
  };
}
