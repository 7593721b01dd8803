import { describeStoreLocation } from "../../db/connect.js";
import { buildStore, type BuildResult } from "../../ingest/build.js";
import { CuratedFileError } from "../../ingest/curated/yaml-file.js";
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
    `${Math.round(entry.milliseconds)} ms`,
  ]);
  const totals = result.summary.reduce(
    (sum, entry) => [sum[0]! + entry.rowsRead, sum[1]! + entry.rowsStored, sum[2]! + entry.rowsQuarantined],
    [0, 0, 0],
  );
  return [
    formatTable(
      ["dataset", "status", "read", "stored", "quarantined", "time"],
      [...rows, ["total", "", ...totals, `${Math.round(result.totalMilliseconds)} ms`]],
    ),
    `curated: ${result.facts} facts, ${result.sources} sources, ${result.organizations} organisations; snapshot ${result.snapshotId}`,
  ].join("\n");
}

/** Runs a build and turns an invalid curated file into a user error that names file:line and field. */
export async function runBuild(settings: Settings, codeVersion: string): Promise<BuildResult> {
  try {
    return await buildStore({
      dataDir: settings.dataDir,
      epochDir: settings.epochDir,
      store: settings.store,
      codeVersion,
      now: () => new Date(),
      clock: () => performance.now(),
    });
  } catch (error) {
    if (error instanceof CuratedFileError)
      throw new UserError(
        `invalid curated data: ${error.message}\nnothing was written; the previous store is unchanged`,
      );
    throw error;
  }
}

export async function buildCommand(
  settings: Settings,
  options: { json: boolean },
  io: CliIo,
  codeVersion: string,
): Promise<number> {
  const result = await runBuild(settings, codeVersion);
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
    "The Capabilities Index is not pulled: copy benchmark_data/epoch_capabilities_index.csv from https://epoch.ai/benchmarks into that folder.",
  ].join("\n");
}
