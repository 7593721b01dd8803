/**
 * Builds the dashboard, builds a store from the Epoch snapshot in a temporary WEDLOOP_HOME, and starts
 * the real server (API + web assets) on a free port of 127.0.0.1. Used by the e2e tests and the bench.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { webAssets } from "../../../src/api/web-assets.js";
import { startServer } from "../../../src/cli/commands/serve.js";
import { resolveSettings } from "../../../src/cli/settings.js";
import { epochSnapshotDir, REPO_ROOT } from "../../support/paths.js";

export { REPO_ROOT };

/**
 * Builds the dashboard in production mode into a new temporary folder and returns it. web/dist is never
 * touched: a server started with `npm start` keeps serving its own build while tests run.
 */
export async function buildDashboard(): Promise<string> {
  const { build } = await import("vite");
  const outDir = mkdtempSync(join(tmpdir(), "wedloop-web-"));
  await build({
    configFile: join(REPO_ROOT, "web", "vite.config.ts"),
    mode: "production",
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

export function removeDashboard(distDir: string): void {
  rmSync(distDir, { recursive: true, force: true });
}

export interface RunningDashboard {
  readonly url: string;
  close(): Promise<void>;
}

export async function startDashboard(distDir: string): Promise<RunningDashboard> {
  const home = mkdtempSync(join(tmpdir(), "wedloop-e2e-"));
  const log: string[] = [];
  const sink = new Writable({ write: (chunk, _encoding, done) => (log.push(String(chunk)), done()) });
  const env = { WEDLOOP_HOME: home, WEDLOOP_OFFLINE: "1" };
  const settings = resolveSettings({ epochDir: epochSnapshotDir() }, env);
  try {
    const server = await startServer(
      settings,
      { port: 0, host: "127.0.0.1", plugins: [webAssets(distDir)], logLevel: "warn" },
      { stdout: sink, stderr: sink, env },
      "e2e",
    );
    return {
      url: server.url,
      async close() {
        await server.close();
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw new Error(`could not start the dashboard server: ${(error as Error).message}\n${log.join("")}`, {
      cause: error,
    });
  }
}
