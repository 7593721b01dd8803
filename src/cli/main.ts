import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { buildCommand } from "./commands/build.js";
import { defineExportCheckCommand, exportCheckCommand } from "./commands/export-check.js";
import { quarantineCommand, sourcesCommand } from "./commands/inspect.js";
import { defineObligationsCommand } from "./commands/obligations.js";
import { defineSimulateCommand, simulateCommand } from "./commands/simulate.js";
import { definePricesCommand, pricesCommand } from "./commands/prices.js";
import { pullCommand } from "./commands/pull.js";
import { defineReadCommand, readCommand } from "./commands/read.js";
import { startServer } from "./commands/serve.js";
import { webAssets } from "../api/web-assets.js";
import { print, UserError, type CliIo } from "./io.js";
import { PACKAGE_ROOT, resolveSettings, type SettingFlags } from "./settings.js";

const CODE_VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string })
  .version;

function integer(name: string, min: number, max: number) {
  return (text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    return value;
  };
}

const epochDirOption = () =>
  new Option("--epoch-dir <dir>", "folder with Epoch AI's CSV files (default: WEDLOOP_EPOCH_DIR, else the pull cache)");
const dbOption = () =>
  new Option(
    "--db <path-or-url>",
    "SQLite file or postgres:// URL (default: WEDLOOP_DB, else ~/.wedloop/wedloop.sqlite)",
  );
const dataDirOption = () =>
  new Option("--data-dir <dir>", "curated data folder (default: WEDLOOP_DATA_DIR, else the package's data/)");

const allowShrinkOption = () =>
  new Option(
    "--allow-shrink",
    "accept a dataset with half the rows of the last good copy or fewer (an emptied or shrunken file is refused by default)",
  ).default(false);

/** Parses argv and runs one command; resolves to the exit code (2 for bad usage). */
export async function main(
  argv: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  let exitCode = 0;
  const settingsOf = (flags: SettingFlags) => resolveSettings(flags, io.env);
  const program = new Command("wedloop")
    .description("Wedloop: the geopolitical AI race between the US, China and Europe, measured and sourced")
    .version(CODE_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError("(run with --help for usage)");

  program
    .command("build")
    .description("build the store from Epoch AI's datasets and the curated files, replacing it atomically")
    .addOption(epochDirOption())
    .addOption(dbOption())
    .addOption(dataDirOption())
    .option("--json", "print the summary as one JSON object", false)
    .addOption(allowShrinkOption())
    .action(async (options: SettingFlags & { json: boolean; allowShrink: boolean }) => {
      exitCode = await buildCommand(settingsOf(options), options, io, CODE_VERSION);
    });

  const data = program.command("data").description("manage the local copy of Epoch AI's datasets");
  data
    .command("pull")
    .description("download Epoch AI's datasets into the local cache (progress, timeouts, retries, checksums)")
    .option(
      "--timeout <ms>",
      "abort a download after this long without data",
      integer("--timeout", 100, 600_000),
      30_000,
    )
    .option("--retries <n>", "retries per file", integer("--retries", 0, 10), 3)
    .option("--json", "print the result as JSON", false)
    .addOption(allowShrinkOption())
    .action(async (options: { timeout: number; retries: number; json: boolean; allowShrink: boolean }) => {
      exitCode = await pullCommand(
        settingsOf({}),
        {
          timeoutMs: options.timeout,
          retries: options.retries,
          json: options.json,
          allowShrink: options.allowShrink,
        },
        io,
      );
    });

  program
    .command("serve")
    .description("serve the API (and dashboard) on http://127.0.0.1:8080, building the store first if missing or stale")
    .option("--port <port>", "port", integer("--port", 0, 65535), 8080)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .addOption(
      new Option("--log-level <level>", "request and error log level (JSON lines on stderr)")
        .choices(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
        .default("info"),
    )
    .option(
      "--allowed-hosts <names>",
      "comma-separated host names clients use to reach the server (others get 421: DNS-rebinding guard)",
      (text: string) =>
        text
          .split(",")
          .map((name) => name.trim())
          .filter(Boolean),
    )
    .addOption(epochDirOption())
    .addOption(dbOption())
    .addOption(dataDirOption())
    .addOption(allowShrinkOption())
    .action(
      async (
        options: SettingFlags & {
          port: number;
          host: string;
          logLevel: string;
          allowedHosts?: string[];
          allowShrink: boolean;
        },
      ) => {
        const plugins = [webAssets(join(PACKAGE_ROOT, "web", "dist"))];
        const server = await startServer(
          settingsOf(options),
          {
            port: options.port,
            host: options.host,
            plugins,
            logLevel: options.logLevel,
            allowShrink: options.allowShrink,
            ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
          },
          io,
          CODE_VERSION,
        );
        await new Promise<void>((resolve) => {
          const stop = () => void server.close().then(resolve);
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
      },
    );

  program
    .command("quarantine")
    .description("list the rows set aside at build time, with file:line, field and reason")
    .option("--dataset <id>", "only this dataset, e.g. notable_ai_models")
    .addOption(dbOption())
    .option("--json", "print as JSON", false)
    .action(async (options: SettingFlags & { dataset?: string; json: boolean }) => {
      exitCode = await quarantineCommand(settingsOf(options), options, io);
    });

  program
    .command("sources")
    .description("list every source: Epoch AI datasets and the documents curated facts cite")
    .addOption(dbOption())
    .option("--json", "print as JSON", false)
    .action(async (options: SettingFlags & { json: boolean }) => {
      exitCode = await sourcesCommand(settingsOf(options), options, io);
    });

  defineExportCheckCommand(program, async (options) => {
    exitCode = await exportCheckCommand(settingsOf(options), options, io);
  });

  defineObligationsCommand(program, async (execute) => {
    exitCode = await execute(io);
  });

  defineSimulateCommand(program, async (flags) => {
    exitCode = await simulateCommand(settingsOf(flags), flags, io);
  });

  definePricesCommand(program, async (flags) => {
    exitCode = await pricesCommand(settingsOf(flags), flags, io, new Date().toISOString().slice(0, 10));
  });

  defineReadCommand(program, async (file, flags) => {
    exitCode = await readCommand(settingsOf(flags), file, flags, io);
  });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; everything else commander rejects is bad usage.
      return error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
        ? 0
        : 2;
    }
    if (error instanceof UserError) {
      print(io.stderr, `wedloop: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}
