import { describeStoreLocation } from "../../db/connect.js";
import { formatSourceKindShares } from "../../domain/source-quality.js";
import { buildStore, type BuildResult } from "../../ingest/build.js";
import { CuratedFileError } from "../../ingest/curated/yaml-file.js";
import { readStoreSummary } from "../../db/queries/store-summary.js";
import { removeOrphanBuildFiles } from "../../db/write-store.js";
import { removeOrphanDownloads } from "../../ingest/pull.js";
import { ShrinkError } from "../../ingest/shrink-guard.js";
import { epochFolderFor } from "../epoch-folder.js";
import { print, UserError, type CliIo } from "../io.js";
import type { Settings } from "../settings.js";
import { formatTable } from "../table.js";

export function buildSummaryTable(result: BuildResult): string {
  const rows = result.summary.map((entry) => [
    entry.id,
    entry.status,
    entry.rowsRead,
    entry.rowsStored,
    entry.rowsQuarantined,
    entry.rowsMerged,
    `${Math.round(entry.milliseconds)} ms`,
  ]);
  const totals = result.summary.reduce(
    (sum, entry) => [
      sum[0]! + entry.rowsRead,
      sum[1]! + entry.rowsStored,
      sum[2]! + entry.rowsQuarantined,
      sum[3]! + entry.rowsMerged,
    ],
    [0, 0, 0, 0],
  );
  return [
    formatTable(
      ["dataset", "status", "read", "stored", "quarantined", "merged", "time"],
      [...rows, ["total", "", ...totals, `${Math.round(result.totalMilliseconds)} ms`]],
    ),
    `curated: ${result.facts} facts, ${result.sources} sources, ${result.organizations} organisations; snapshot ${result.snapshotId}`,
    formatSourceKindShares(result.sourceKinds),
  ].join("\n");
}

/**
 * Runs a build and turns an invalid curated file, or a build that would lose data, into a user error naming
 * what is wrong; either way nothing was written.
 */
export async function runBuild(
  settings: Settings,
  codeVersion: string,
  options: { allowShrink?: boolean } = {},
): Promise<BuildResult> {
  try {
    return await buildStore({
      dataDir: settings.dataDir,
      epochDir: settings.epochDir,
      store: settings.store,
      codeVersion,
      now: () => new Date(),
      clock: () => performance.now(),
      allowShrink: options.allowShrink ?? false,
    });
  } catch (error) {
    if (error instanceof CuratedFileError)
      throw new UserError(
        `invalid curated data: ${error.message}\nnothing was written; the previous store is unchanged`,
      );
    if (error instanceof ShrinkError) throw new UserError(error.message);
    throw error;
  }
}

/** The settings a build uses: the remembered Epoch folder when the cache is empty (epoch-folder.ts). */
export async function buildSettings(settings: Settings, io: CliIo): Promise<Settings> {
  const removed = removeOrphanBuildFiles(settings.store);
  if (removed.length > 0)
    print(io.stderr, `removed ${removed.length} file(s) left by interrupted builds: ${removed.join(", ")}`);
  const downloads = removeOrphanDownloads(settings.cacheDir);
  if (downloads.length > 0)
    print(io.stderr, `removed ${downloads.length} file(s) left by interrupted downloads: ${downloads.join(", ")}`);
  const effective = epochFolderFor(settings, await readStoreSummary(settings.store));
  if (effective.epochDir !== settings.epochDir)
    print(io.stderr, `Using the Epoch folder this store was built from: ${effective.epochDir}`);
  return effective;
}

export async function buildCommand(
  given: Settings,
  options: { json: boolean; allowShrink: boolean },
  io: CliIo,
  codeVersion: string,
): Promise<number> {
  const settings = await buildSettings(given, io);
  const result = await runBuild(settings, codeVersion, options);
  for (const warning of result.warnings) print(io.stderr, `warning: ${warning}`);
  if (options.json) {
    print(
      io.stdout,
      JSON.stringify(
        { store: describeStoreLocation(settings.store), epoch_dir: settings.epochDir, ...result },
        null,
        2,
      ),
    );
  } else {
    print(io.stdout, buildSummaryTable(result));
    print(io.stdout, `store: ${describeStoreLocation(settings.store)}`);
  }
  const missing = result.summary.filter((entry) => entry.status === "missing");
  if (missing.length > 0) print(io.stderr, missingDatasetsHint(settings, missing.length));
  return 0;
}

export function missingDatasetsHint(settings: Settings, count: number): string {
  return [
    `${count} Epoch AI dataset(s) not found in ${settings.epochDir}.`,
    "To load them: run `wedloop data pull` on a machine with internet access (it downloads into the cache),",
    "or point --epoch-dir / WEDLOOP_EPOCH_DIR at a folder with a snapshot of https://epoch.ai/data, then `wedloop build`.",
  ].join("\n");
}
