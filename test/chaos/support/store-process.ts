import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../../support/paths.js";

const CLI = join(REPO_ROOT, "test", "chaos", "support", "store-cli.ts");

/** `wedloop <args>` from the sources in a process of its own (so it can be killed), offline, in `home`. */
export function spawnWedloop(args: readonly string[], home: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", CLI, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, WEDLOOP_HOME: home, WEDLOOP_OFFLINE: "1", TZ: "UTC" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** Runs `wedloop <args>` to the end; rejects with its stderr when it fails. */
export async function runWedloop(args: readonly string[], home: string): Promise<void> {
  const child = spawnWedloop(args, home);
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  child.stdout!.resume();
  const code = await exited(child);
  if (code !== 0) throw new Error(`wedloop ${args.join(" ")} exited ${code}: ${stderr.slice(-2000)}`);
}

/** A small deterministic generator (mulberry32), so a chaos run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
