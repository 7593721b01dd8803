import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startServer } from "../../src/cli/commands/serve.js";
import { main } from "../../src/cli/main.js";
import { resolveSettings } from "../../src/cli/settings.js";
import { openStore } from "../../src/db/connect.js";
import { MANIFEST_FILE } from "../../src/ingest/read-epoch.js";
import { captureIo } from "../support/harness.js";
import { REPO_ROOT, SMALL_EPOCH_DIR, tempDir } from "../support/paths.js";

// The version `main` builds with, so that a server started here finds the store current.
const CODE_VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;

const offlineHome = () => {
  const home = tempDir("home");
  return { home, env: { WEDLOOP_HOME: home, WEDLOOP_OFFLINE: "1" } as NodeJS.ProcessEnv };
};

const copyOfSmallSnapshot = () => {
  const dir = join(tempDir("epoch"), "snapshot");
  cpSync(SMALL_EPOCH_DIR, dir, { recursive: true });
  return dir;
};

async function notableModels(store: string): Promise<number> {
  const db = openStore({ dialect: "sqlite", target: store });
  try {
    const row = await db
      .selectFrom("models")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("dataset", "=", "notable")
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await db.destroy();
  }
}

const NOTABLE = "notable_ai_models.csv";
const header = () => readFileSync(join(SMALL_EPOCH_DIR, NOTABLE), "utf8").split("\n")[0]!;

describe("a build never empties a dataset unasked", () => {
  it.each([
    ["an empty file", () => ""],
    ["a header-only file", () => `${header()}\n`],
    ["a renamed column", () => readFileSync(join(SMALL_EPOCH_DIR, NOTABLE), "utf8").replace(/^Model,/, "Name,")],
    ["an HTML error page", () => "<!doctype html><html><body>Service unavailable</body></html>\n"],
    ["a missing file", () => null],
  ])(
    "refuses %s in place of a good file, keeps the last good store, and builds with --allow-shrink",
    async (_case, text) => {
      const { home, env } = offlineHome();
      const snapshot = copyOfSmallSnapshot();
      const store = join(home, "wedloop.sqlite");
      expect(await main(["build", "--epoch-dir", snapshot], captureIo(env))).toBe(0);
      expect(await notableModels(store)).toBe(6);

      const replacement = text();
      if (replacement === null) rmSync(join(snapshot, NOTABLE));
      else writeFileSync(join(snapshot, NOTABLE), replacement);
      const refused = captureIo(env);
      expect(await main(["build", "--epoch-dir", snapshot], refused)).toBe(1);
      expect(refused.err()).toMatch(/notable_ai_models: 0 rows where the last good build had 6/);
      expect(refused.err()).toContain("previous store is kept");
      expect(refused.err()).toContain("--allow-shrink");
      expect(await notableModels(store)).toBe(6);

      expect(await main(["build", "--epoch-dir", snapshot, "--allow-shrink"], captureIo(env))).toBe(0);
      expect(await notableModels(store)).toBe(0);
    },
  );
});

describe("a store remembers the Epoch folder it was built from", () => {
  it("serve --db X after build --epoch-dir D --db X serves the same data without rebuilding", async () => {
    const { home, env } = offlineHome();
    const snapshot = copyOfSmallSnapshot();
    const store = join(home, "elsewhere.sqlite");
    expect(await main(["build", "--epoch-dir", snapshot, "--db", store], captureIo(env))).toBe(0);
    const io = captureIo(env);
    const settings = resolveSettings({ db: store }, env);
    const server = await startServer(settings, { port: 0, host: "127.0.0.1" }, io, CODE_VERSION);
    try {
      expect(io.err()).toContain(`Using the Epoch folder this store was built from: ${snapshot}`);
      expect(io.err()).not.toMatch(/rebuilding|Building/);
      const models = (await (await fetch(`${server.url}/api/v1/models?dataset=notable&limit=1`)).json()) as {
        total: number;
      };
      expect(models.total).toBe(6);
    } finally {
      await server.close();
    }
  });

  it("serves the last good store when the folder is gone on an offline machine, instead of emptying it", async () => {
    const { home, env } = offlineHome();
    const snapshot = copyOfSmallSnapshot();
    expect(await main(["build", "--epoch-dir", snapshot], captureIo(env))).toBe(0);
    rmSync(snapshot, { recursive: true });
    const io = captureIo(env);
    const server = await startServer(resolveSettings({}, env), { port: 0, host: "127.0.0.1" }, io, CODE_VERSION);
    try {
      expect(io.err()).toMatch(/would lose data/);
      expect(io.err()).toContain("Serving the last good store");
    } finally {
      await server.close();
    }
    expect(await notableModels(join(home, "wedloop.sqlite"))).toBe(6);
  });
});

describe("a curated file broken after a build", () => {
  const brokenDataDir = () => {
    const dataDir = join(tempDir("data"), "data");
    cpSync(join(REPO_ROOT, "data"), dataDir, { recursive: true });
    return dataDir;
  };
  const breakBlocs = (dataDir: string) =>
    writeFileSync(join(dataDir, "blocs.yaml"), "blocs:\n  - id: [unclosed\n", "utf8");

  it("serve names the file and line and keeps serving the last good store", async () => {
    const { home, env } = offlineHome();
    const dataDir = brokenDataDir();
    const snapshot = copyOfSmallSnapshot();
    expect(await main(["build", "--epoch-dir", snapshot, "--data-dir", dataDir], captureIo(env))).toBe(0);
    breakBlocs(dataDir);
    const io = captureIo(env);
    const settings = resolveSettings({ epochDir: snapshot, dataDir }, env);
    const server = await startServer(settings, { port: 0, host: "127.0.0.1" }, io, CODE_VERSION);
    try {
      expect(io.err()).toMatch(/invalid curated data: .*blocs\.yaml:\d+/);
      expect(io.err()).toContain("Serving the last good store");
      expect((await fetch(`${server.url}/api/v1/blocs`)).status).toBe(200);
    } finally {
      await server.close();
    }
    expect(await notableModels(join(home, "wedloop.sqlite"))).toBe(6);
  });

  it("serve without a store says where the error is, in one line, and exits 1", async () => {
    const { env } = offlineHome();
    const dataDir = brokenDataDir();
    breakBlocs(dataDir);
    const io = captureIo(env);
    const code = await main(["serve", "--epoch-dir", copyOfSmallSnapshot(), "--data-dir", dataDir, "--port", "0"], io);
    expect(code).toBe(1);
    expect(io.err()).toMatch(/^wedloop: invalid curated data: .*blocs\.yaml:\d+/m);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});

describe("damage left by earlier runs", () => {
  it("reports a corrupt pull manifest and builds anyway", async () => {
    const { home, env } = offlineHome();
    cpSync(SMALL_EPOCH_DIR, join(home, "epoch"), { recursive: true });
    writeFileSync(join(home, "epoch", MANIFEST_FILE), '{"files": {"notable_ai_models.csv": ');
    const io = captureIo(env);
    expect(await main(["build"], io)).toBe(0);
    expect(io.err()).toMatch(/wedloop-manifest\.json: not valid JSON .*rewritten by the next pull/);
    expect(await notableModels(join(home, "wedloop.sqlite"))).toBe(6);
  });

  it("warns when a cached file no longer matches the checksum its download recorded", async () => {
    const { home, env } = offlineHome();
    cpSync(SMALL_EPOCH_DIR, join(home, "epoch"), { recursive: true });
    const manifest = {
      files: {
        [NOTABLE]: { sha256: "0".repeat(64), downloaded: "2026-11-01T00:00:00Z", url: "https://epoch.ai/data/x" },
      },
    };
    writeFileSync(join(home, "epoch", MANIFEST_FILE), JSON.stringify(manifest));
    const io = captureIo(env);
    expect(await main(["build"], io)).toBe(0);
    expect(io.err()).toMatch(/notable_ai_models\.csv: changed since `wedloop data pull` downloaded it/);
  });

  it("removes the files of killed builds, and only those", async () => {
    const { home, env } = offlineHome();
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const leftovers = [`wedloop.sqlite.building-${dead}`, `wedloop.sqlite.building-${dead}-journal`];
    const running = `wedloop.sqlite.building-${process.ppid}`; // a build still running elsewhere
    const otherStore = `other.sqlite.building-${dead}`;
    for (const name of [...leftovers, running, otherStore]) writeFileSync(join(home, name), "half a store");
    const io = captureIo(env);
    expect(await main(["build", "--epoch-dir", SMALL_EPOCH_DIR], io)).toBe(0);
    expect(io.err()).toContain("removed 2 file(s) left by interrupted builds");
    for (const name of leftovers) expect(existsSync(join(home, name)), name).toBe(false);
    expect(
      readdirSync(home)
        .filter((name) => name.includes(".building-"))
        .sort(),
    ).toEqual([otherStore, running].sort());
  });

  it("removes the partial downloads of killed pulls, and only those", async () => {
    const { home, env } = offlineHome();
    const cache = join(home, "epoch");
    mkdirSync(cache, { recursive: true });
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const leftovers = [`${NOTABLE}.part-${dead}`, `benchmark_data.zip.part-${dead}`];
    const running = `${NOTABLE}.part-${process.ppid}`; // a pull still running elsewhere
    for (const name of [...leftovers, running]) writeFileSync(join(cache, name), "half a download");
    const io = captureIo(env);
    expect(await main(["build", "--epoch-dir", SMALL_EPOCH_DIR], io)).toBe(0);
    expect(io.err()).toContain("removed 2 file(s) left by interrupted downloads");
    expect(readdirSync(cache).filter((name) => name.includes(".part-"))).toEqual([running]);
  });
});
