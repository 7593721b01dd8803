import { EPOCH_BASE_URL } from "./loaders/dataset.js";

/**
 * Epoch datasets published only as a ZIP archive. `data pull` downloads the archive, checks it whole, and
 * puts the listed members in the cache where a snapshot folder has them.
 */
export interface EpochArchive {
  readonly id: string;
  /** Path under https://epoch.ai/data/. */
  readonly remoteFile: string;
  /** Member name in the archive -> path in the cache (the snapshot's layout). */
  readonly members: readonly { readonly name: string; readonly file: string }[];
}

// The AI Benchmarking Hub: the Epoch Capabilities Index and one CSV per benchmark (CC BY 4.0).
export const benchmarkData: EpochArchive = {
  id: "benchmark_data",
  remoteFile: "benchmark_data.zip",
  members: [{ name: "epoch_capabilities_index.csv", file: "benchmark_data/epoch_capabilities_index.csv" }],
};

export const EPOCH_ARCHIVES: readonly EpochArchive[] = [benchmarkData];

export function archiveUrl(archive: EpochArchive, baseUrl: string = EPOCH_BASE_URL): string {
  return new URL(archive.remoteFile, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
}
