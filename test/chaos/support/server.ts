import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { ServerLimits } from "../../../src/api/hardening/limits.js";
import type { StoreLocation } from "../../../src/db/connect.js";
import { REPO_ROOT } from "../../support/paths.js";

export interface ChildServer {
  readonly url: string;
  readonly port: number;
  /** Whether the process is still running (a crash is a failure of every scenario). */
  alive(): boolean;
  /** Resident memory of the server process, in MB. */
  rssMb(): number;
  /** Resident memory and V8 heap in use, in MB, after a full garbage collection in the server. */
  memoryAfterGc(): Promise<{ rssMb: number; heapMb: number }>;
  stop(): Promise<void>;
}

/** Starts test/chaos/support/server-process.ts on a free loopback port and waits for it to listen. */
export async function startChildServer(store: StoreLocation, limits: Partial<ServerLimits> = {}): Promise<ChildServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "--expose-gc",
      "--no-warnings",
      "--import",
      "tsx",
      join(REPO_ROOT, "test", "chaos", "support", "server-process.ts"),
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, WEDLOOP_CHAOS_STORE: JSON.stringify(store), WEDLOOP_CHAOS_LIMITS: JSON.stringify(limits) },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let exited = false;
  child.once("exit", () => (exited = true));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once("line", (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once("exit", (code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
  return {
    url,
    port: Number(new URL(url).port),
    alive: () => !exited,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    memoryAfterGc: () =>
      new Promise((resolve) => {
        lines.once("line", (line) => {
          const { memory } = JSON.parse(line) as { memory: { rss: number; heapUsed: number } };
          resolve({ rssMb: memory.rss / 1024 / 1024, heapMb: memory.heapUsed / 1024 / 1024 });
        });
        child.kill("SIGUSR2");
      }),
    stop: async () => {
      if (exited) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
}
