import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseStoreLocation, type StoreLocation } from "../db/connect.js";

/** The package's own folder (the repository, or node_modules/wedloop once installed). */
export const PACKAGE_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Where Wedloop reads and writes, from flags first, then environment variables, then defaults. */
export interface Settings {
  readonly home: string;
  readonly dataDir: string;
  /** The Epoch folder the build reads: --epoch-dir, WEDLOOP_EPOCH_DIR, or the pull cache. */
  readonly epochDir: string;
  /** True when the Epoch folder is the pull cache (and `serve` may fill it). */
  readonly epochDirIsCache: boolean;
  readonly cacheDir: string;
  readonly store: StoreLocation;
  readonly baseUrl: string;
  readonly offline: boolean;
}

export interface SettingFlags {
  readonly epochDir?: string;
  readonly db?: string;
  readonly dataDir?: string;
}

export function resolveSettings(flags: SettingFlags, env: NodeJS.ProcessEnv): Settings {
  const home = env.WEDLOOP_HOME ?? join(homedir(), ".wedloop");
  const cacheDir = join(home, "epoch");
  const epochDir = flags.epochDir ?? env.WEDLOOP_EPOCH_DIR;
  return {
    home,
    dataDir: flags.dataDir ?? env.WEDLOOP_DATA_DIR ?? join(PACKAGE_ROOT, "data"),
    epochDir: epochDir ?? cacheDir,
    epochDirIsCache: epochDir === undefined,
    cacheDir,
    store: parseStoreLocation(flags.db ?? env.WEDLOOP_DB ?? join(home, "wedloop.sqlite")),
    baseUrl: env.WEDLOOP_EPOCH_BASE_URL ?? "https://epoch.ai/data/",
    offline: env.WEDLOOP_OFFLINE === "1",
  };
}
