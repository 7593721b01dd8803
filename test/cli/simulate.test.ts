import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { beforeAll, describe, expect, it } from "vitest";
import type { SimulationAnswer } from "../../src/simulate/answer.js";
import { defineSimulateCommand, simulateCommand } from "../../src/cli/commands/simulate.js";
import { UserError } from "../../src/cli/io.js";
import { resolveSettings } from "../../src/cli/settings.js";
import {
  BACKTEST_END_MARKER,
  BACKTEST_START_MARKER,
  parseScenario,
  runScenario,
  type BacktestReport,
} from "../../src/simulate/index.js";
import { buildTestStore, captureIo } from "../support/harness.js";
import { tempDir } from "../support/paths.js";

let storePath = join(tempDir("simulate-none"), "missing.sqlite");

/** `wedloop simulate ...` wired as main.ts wires its commands: commander errors exit 2, user errors print and exit 1 (or their code). */
async function run(argv: readonly string[], db = storePath) {
  const io = captureIo();
  let exitCode = 0;
  const program = new Command("wedloop")
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  defineSimulateCommand(program, async (flags) => {
    exitCode = await simulateCommand(resolveSettings({ db: flags.db ?? db }, {}), flags, io);
  });
  try {
    await program.parseAsync(["simulate", ...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) exitCode = error.code === "commander.helpDisplayed" ? 0 : 2;
    else if (error instanceof UserError) {
      io.stderr.write(`wedloop: ${error.message}\n`);
      exitCode = error.exitCode;
    } else throw error;
  }
  return { exitCode, out: io.out(), err: io.err() };
}

function scenarioFile(name: string, text: string): string {
  const file = join(tempDir("scenario"), name);
  writeFileSync(file, text);
  return file;
}

const SMALL = "name: small\nhorizon: 2030\nruns: 200\nseed: 5\n";

describe("wedloop simulate", () => {
  beforeAll(async () => {
    storePath = join(tempDir("simulate-store"), "wedloop.sqlite");
    await buildTestStore({ dialect: "sqlite", target: storePath });
  }, 120_000);

  it("prints medians and bands per bloc, the chance China passes the US, and the calibration on the store", async () => {
    const result = await run([scenarioFile("small.yaml", SMALL)]);
    expect(result.err).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.out).toMatch(
      /^Scenario small: 200 runs, seed 5, 2015-2030; history-matched on \d+ targets: \d+ runs kept/,
    );
    expect(result.out).toMatch(/^Largest training run \(FLOP\)\nyear\s+us\s+china\s+eu\s+row$/m);
    expect(result.out).toMatch(/^2030\s+\d\.\de\+\d+ \[\d\.\de\+\d+-\d\.\de\+\d+\]/m);
    expect(result.out).toMatch(
      /^P\(China's largest training run > the US's in the year\): 2015 \d\.\d{3}, .*2030 \d\.\d{3}$/m,
    );
    expect(result.out).toMatch(/^P\(it has passed the US's by the year, from 2026\): 2030 \d\.\d{3}$/m);
    // The counts of models, learned from the store's notable models up to the last observed year.
    expect(result.out).toMatch(/^Models \(from the population learned from the store's notable models up to 2025;/m);
    expect(result.out).toMatch(
      /^Models above 10\^26 FLOP published up to the end of the year\nyear\s+us\s+china\s+eu\s+total\n-.*\n2030\s+\d+ \[\d+-\d+\]/m,
    );
  });

  it("runs a preset by name, with --runs and --seed overriding the scenario's, as JSON like the API", async () => {
    const result = await run(["strict-controls", "--runs", "150", "--seed", "9", "--json"]);
    expect(result.exitCode).toBe(0);
    const answer = JSON.parse(result.out) as SimulationAnswer;
    expect(answer.scenario).toMatchObject({ name: "strict-controls", runs: 150, seed: 9 });
    expect(answer.calibration.runs).toBe(150);
    expect(answer.parameters.length).toBeGreaterThan(0);
    const again = JSON.parse(
      (await run(["strict-controls", "--runs", "150", "--seed", "9", "--json"])).out,
    ) as SimulationAnswer;
    expect(again.series).toEqual(answer.series);
    expect(answer.counts?.years.at(-1)).toBe(answer.scenario.endYear);
    expect(again.counts).toEqual(answer.counts);
  });

  it("--csv prints one row per quantity, bloc and year, and the probability rows", async () => {
    const result = await run([scenarioFile("small.yaml", SMALL), "--csv", "--no-calibration"]);
    expect(result.exitCode).toBe(0);
    const lines = result.out.trim().split("\n");
    expect(lines[0]).toBe("quantity,bloc,year,unit,p5,p25,p50,p75,p95,value");
    expect(lines).toHaveLength(1 + 6 * 4 * 16 + 2 * 16);
    expect(lines.filter((line) => line.startsWith("lagMonths,eu,2030,months,"))).toHaveLength(1);
    expect(lines).toContainEqual(expect.stringMatching(/^chinaFrontierAboveUs,china,2030,probability,,,,,,\d/));
    expect(lines.at(-1)).toMatch(/^chinaFrontierPassedUsBy,china,2030,probability,,,,,,\d/);
  });

  it("--backtest reports pooled coverage, CRPS against both baselines and bias, and rewrites the docs table", async () => {
    const docs = scenarioFile("doc.md", `# Doc\n\n${BACKTEST_START_MARKER}\nold\n${BACKTEST_END_MARKER}\n`);
    const text = await run(["--backtest", "--runs", "400", "--update-docs", docs]);
    expect(text.exitCode).toBe(0);
    expect(text.out).toMatch(/^Origins 2017-2023, 1-4 years ahead, 400 runs/);
    expect(text.out).toMatch(
      /^\| model as shipped \(engine anchored to the present, shipped discrepancy\) \| \d+ \| \d+% ± \d+ \| \d+% ± \d+ \| \d+% ± \d+ \|$/m,
    );
    expect(text.out).toMatch(/^\| before: engine only \(no anchoring, no discrepancy\) \| \d+/m);
    expect(text.out).toMatch(/^\| 2025 \(shipped\) \| \d+/m);
    expect(text.out).toMatch(/^\| random walk with drift \| \d+/m);
    expect(text.out).toMatch(/^\| log-linear trend \| \d+/m);
    expect(readFileSync(docs, "utf8")).toContain(text.out.trim());
    const report = JSON.parse((await run(["--backtest", "--runs", "400", "--json"])).out) as BacktestReport;
    expect(report.runs).toBe(400);
    expect(report.points.every((point) => point.target.year > point.origin)).toBe(true);
    const csv = (await run(["--backtest", "--runs", "400", "--csv"])).out.trim().split("\n");
    expect(csv[0]).toBe(
      "origin,year,horizon,bloc,quantity,observed,model_median,model_crps,inside50,inside80,inside90,random_walk_median,random_walk_crps,trend_median,trend_crps,source",
    );
    expect(csv).toHaveLength(1 + report.points.length);
  }, 120_000);

  it("--sensitivity prints the tornado table, largest swing of the lag first, with chances as counts of runs", async () => {
    const result = await run(["baseline", "--sensitivity", "--runs", "60", "--seed", "3"]);
    expect(result.exitCode).toBe(0);
    expect(result.out).toMatch(/^One at a time, 60 runs each, history-matched; China in 2030: /);
    expect(result.out).toMatch(/\(chance (below [\d.]+% \(0 of \d+ runs\)|[\d.]+% ± [\d.]+ \(\d+ of \d+ runs\))\)\.$/m);
    const rows = result.out.split("\n").filter((line) => /^\| (lever )?`/.test(line));
    expect(rows).toHaveLength(15);
    expect(rows.some((line) => line.startsWith("| lever `exportControls` | 0 | 4 |"))).toBe(true);
    const swings = rows.map((line) => Math.abs(Number(line.split("|").at(-2))));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    const report = JSON.parse(
      (await run(["baseline", "--sensitivity", "--runs", "60", "--seed", "3", "--json"])).out,
    ) as {
      year: number;
      runs: number;
      rows: { id: string; low: { kept: number } }[];
    };
    expect(report).toMatchObject({ year: 2030, runs: 60 });
    expect(report.rows.length).toBeGreaterThan(15);
    expect(report.rows.every((row) => row.low.kept > 0 && row.low.kept <= 60)).toBe(true);
  }, 300_000);

  it("shows a progress bar on a terminal for long runs, on the worker threads, with the same numbers as one thread", async () => {
    const file = scenarioFile("long.yaml", "name: long\nhorizon: 2026\nruns: 2000\nseed: 3\n");
    const io = captureIo();
    Object.assign(io.stderr, { isTTY: true });
    const flags = { scenario: file, json: true, csv: false, backtest: false, sensitivity: false, calibration: false };
    expect(await simulateCommand(resolveSettings({ db: storePath }, {}), flags, io)).toBe(0);
    expect(io.err()).toMatch(/long .*100% 2000\/2000 runs/);
    const parallel = JSON.parse(io.out()) as SimulationAnswer;
    const serial = runScenario(parseScenario(readFileSync(file, "utf8")));
    expect(parallel.calibration.runs).toBe(2000);
    expect(parallel.series).toEqual(JSON.parse(JSON.stringify(serial.series)));
  }, 60_000);

  it.each([
    { text: "name: bad\nlevers:\n  exportControls: harsh\n", expected: /^bad\.yaml:3: levers\.exportControls: /m },
    { text: "name: bad\nruns: 0\n", expected: /^bad\.yaml:2: runs: /m },
    {
      text: "name: bad\nparameters:\n  nope: 1\n",
      expected: /^bad\.yaml:3: parameters\.nope: unknown parameter "nope"/m,
    },
  ])("exits 1 with file:line: field: message for an invalid scenario ($expected)", async ({ text, expected }) => {
    const file = scenarioFile("bad.yaml", text);
    const result = await run([file]);
    expect(result.exitCode).toBe(1);
    expect(result.out).toBe("");
    expect(
      result.err
        .split("\n")
        .map((line) => line.replace(file, "bad.yaml"))
        .join("\n"),
    ).toMatch(expected);
  });

  it.each([
    { argv: ["baseline", "--runs", "0"], why: "runs out of range" },
    { argv: ["baseline", "--runs", "ten"], why: "runs not a number" },
    { argv: ["baseline", "--seed", "-1"], why: "negative seed" },
    { argv: ["baseline", "--json", "--csv"], why: "two output formats" },
    { argv: ["baseline", "--fast"], why: "unknown flag" },
    { argv: [], why: "no scenario and no --backtest" },
    { argv: ["baseline", "--backtest"], why: "a scenario with --backtest" },
  ])("exits 2 for bad usage: $why", async ({ argv }) => {
    expect((await run(argv)).exitCode).toBe(2);
  });

  it("exits 1 naming the presets for an unknown scenario, and asks for a store unless --no-calibration", async () => {
    const unknown = await run(["no-such-scenario"]);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.err).toMatch(
      /no scenario file "no-such-scenario" and no preset of that name; presets: baseline, strict-controls/,
    );
    const missing = join(tempDir("simulate-none"), "missing.sqlite");
    const noStore = await run([scenarioFile("small.yaml", SMALL)], missing);
    expect(noStore.exitCode).toBe(1);
    expect(noStore.err).toMatch(/no store at .*missing\.sqlite: run `wedloop build` first/);
    expect((await run([scenarioFile("small.yaml", SMALL), "--no-calibration"], missing)).exitCode).toBe(0);
  });
});
