import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * Starts a worker thread from a module beside the caller: `name` without extension. From TypeScript sources
 * (tsx, vitest) the module is a .ts file and the thread registers the tsx loader before importing it.
 */
export function startWorkerThread(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  const fromSources = callerUrl.endsWith(".ts");
  const url = new URL(`./${name}${fromSources ? ".ts" : ".js"}`, callerUrl);
  if (!fromSources) return new Worker(url, options);
  const tsxApi = tsxEsmApiUrl(callerUrl);
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * The URL of tsx's ESM API, as an ESM import would resolve it. Not import.meta.resolve: Vite's module runner
 * (vitest's global setup) does not support it; and require.resolve would pick the CommonJS build, which
 * cannot register the loader inside a thread.
 */
function tsxEsmApiUrl(callerUrl: string): string {
  const require = createRequire(callerUrl);
  const manifestPath = require.resolve("tsx/package.json");
  const manifest = require(manifestPath) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifestPath), manifest.exports["./esm/api"]!.import.default)).href;
}
