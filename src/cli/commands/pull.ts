import { SingleBar } from "cli-progress";
import { EPOCH_ARCHIVES } from "../../ingest/epoch-archives.js";
import { EPOCH_DATASETS } from "../../ingest/loaders/epoch-datasets.js";
import { pullDatasets, type PullEvent, type PullResult } from "../../ingest/pull.js";
import { print, type CliIo } from "../io.js";
import type { Settings } from "../settings.js";

/** Renders pull events: a progress bar on a terminal, one line per file otherwise. */
function progressRenderer(io: CliIo): (event: PullEvent) => void {
  let bar: SingleBar | null = null;
  return (event) => {
    if (event.kind === "warning") print(io.stderr, `warning: ${event.message}`);
    else if (event.kind === "start") {
      if (io.stderr.isTTY) {
        bar = new SingleBar({
          format: `${event.dataset.padEnd(30)} {bar} {percentage}% {value}/{total} bytes`,
          stream: io.stderr,
          hideCursor: true,
        });
        bar.start(1, 0);
      } else print(io.stderr, `downloading ${event.url}${event.attempt > 1 ? ` (attempt ${event.attempt})` : ""}`);
    } else if (event.kind === "progress" && bar) {
      bar.setTotal(event.totalBytes ?? Math.max(event.bytes, 1));
      bar.update(event.bytes);
    } else if (event.kind === "done" || event.kind === "failed" || event.kind === "retry") {
      bar?.stop();
      bar = null;
      if (event.kind === "done")
        print(
          io.stderr,
          `  ${event.dataset}: ${event.bytes} bytes, sha256 ${event.sha256.slice(0, 12)}${event.changed ? "" : " (unchanged)"}`,
        );
      if (event.kind === "retry")
        print(io.stderr, `  ${event.dataset}: ${event.reason}; retrying in ${event.waitMs} ms`);
      if (event.kind === "failed") print(io.stderr, `  ${event.dataset}: failed: ${event.reason}`);
    }
  };
}

export function runPull(
  settings: Settings,
  options: { timeoutMs: number; retries: number; allowShrink?: boolean },
  io: CliIo,
): Promise<PullResult> {
  return pullDatasets(
    {
      cacheDir: settings.cacheDir,
      baseUrl: settings.baseUrl,
      datasets: EPOCH_DATASETS,
      archives: EPOCH_ARCHIVES,
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      allowShrink: options.allowShrink ?? false,
    },
    {
      fetch: globalThis.fetch,
      now: () => new Date(),
      sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
      onEvent: progressRenderer(io),
    },
  );
}

export async function pullCommand(
  settings: Settings,
  options: { timeoutMs: number; retries: number; json: boolean; allowShrink: boolean },
  io: CliIo,
): Promise<number> {
  const result = await runPull(settings, options, io);
  if (options.json) print(io.stdout, JSON.stringify({ cache: settings.cacheDir, ...result }, null, 2));
  else
    print(
      io.stdout,
      `${result.downloaded.length} dataset(s) downloaded into ${settings.cacheDir}; ${result.failed.length} failed`,
    );
  for (const failure of result.failed) print(io.stderr, `failed: ${failure.dataset}: ${failure.reason}`);
  if (result.failed.length === 0)
    print(io.stderr, "run `wedloop build` (or `wedloop serve`, which rebuilds a stale store) to use them");
  return result.failed.length === 0 ? 0 : 1;
}
