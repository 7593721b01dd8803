import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * Starts a worker thread from a module beside the caller: `name` without extension. From TypeScript sources
 * (tsx, vitest) the module is a .ts file and the thread registers the tsx loader before importing it.
 */
export function startWorkerThread(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  const fromSources = callerUrl.endsWith(".ts");
  const url = new URL(`./${name}${fromSources ? ".ts" : ".js"}`, callerUrl);
  if (!fromSources) return new Worker(url, options);
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
