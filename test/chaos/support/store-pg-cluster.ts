import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

/**
 * A PostgreSQL server of its own (initdb in a scratch folder, loopback, a free port), so that chaos scenarios can
 * stop and restart it without touching the shared server the tests use.
 */
export interface PgCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust authentication on loopback). */
  readonly adminUrl: string;
  restart(): void;
  stop(): void;
  start(): void;
  destroy(): void;
}

function postgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const version = readdirSync(root).sort().at(-1);
  const bin = version && join(root, version, "bin");
  return bin && existsSync(join(bin, "initdb")) ? bin : null;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Null when no PostgreSQL binaries are installed (the scenario then reports itself skipped). */
export async function startPgCluster(workDir: string): Promise<PgCluster | null> {
  const bin = postgresBin();
  if (!bin) return null;
  const dataDir = join(workDir, "pgdata");
  mkdirSync(dataDir, { recursive: true });
  // PostgreSQL refuses to run as root: as root, run it as the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const ids = execFileSync("id", ["-u", "postgres"]).toString().trim();
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chmodSync(workDir, 0o755);
    chownSync(dataDir, Number(ids), gid);
  }
  const run = (tool: string, args: string[]) =>
    execFileSync(
      asRoot ? "runuser" : join(bin, tool),
      asRoot ? ["-u", "postgres", "--", join(bin, tool), ...args] : args,
      {
        stdio: "pipe",
        timeout: 60_000,
      },
    );
  const port = await freePort();
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  const options = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  // The server's output goes to a log file: otherwise it holds our pipe open and pg_ctl never returns.
  const ctl = (...args: string[]) =>
    run("pg_ctl", ["-D", dataDir, "-w", "-t", "30", "-o", options, "-l", join(dataDir, "log.txt"), ...args]);
  ctl("start");
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () => ctl("-m", "fast", "restart"),
    stop: () => ctl("-m", "fast", "stop"),
    start: () => ctl("start"),
    destroy: () => {
      try {
        ctl("-m", "immediate", "stop");
      } catch {
        // already stopped
      }
    },
  };
}
