/**
 * `wedloop simulate scenario.yaml|preset [--runs N] [--seed S] [--json|--csv]` and `wedloop simulate --backtest`:
 * the scenario simulator, history-matched on targets computed from the store, with a progress bar on a
 * terminal. A bad scenario prints `file:line: field: message` and exits 1; bad flags exit 2.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { SingleBar } from "cli-progress";
import { InvalidArgumentError, Option, type Command } from "commander";
import { toCsv } from "../../api/csv.js";
import { OUTPUT_UNITS, simulationAnswer } from "../../simulate/answer.js";
import { loadPreset } from "../../api/simulation-presets.js";
import { openStore } from "../../db/connect.js";
import { loadObservations } from "../../db/queries/observations.js";
import { storeExists } from "../../db/write-store.js";
import { countedModels, type CountedModel } from "../../indicators/count-targets.js";
import {
  backtestInputs,
  simulationTargets,
  type SimulationTarget,
  type TargetInputs,
} from "../../indicators/calibration-targets.js";
import {
  backtest,
  backtestMarkdown,
  BLOCS,
  COUNTED_BLOCS,
  DEFAULT_BACKTEST,
  discrepancyScale,
  isPresetName,
  replaceBacktestBlock,
  OUTPUT_QUANTITIES,
  parseScenario,
  PRESET_NAMES,
  runScenario,
  ScenarioError,
  sensitivity,
  sensitivityMarkdown,
  type BacktestReport,
  type ModelCounts,
  type Scenario,
  type SimulationResult,
} from "../../simulate/index.js";
import { runScenarioParallel } from "../../api/simulation-pool.js";
import { print, UserError, type CliIo } from "../io.js";
import type { SettingFlags, Settings } from "../settings.js";
import { formatTable } from "../table.js";

export interface SimulateFlags extends SettingFlags {
  readonly scenario?: string;
  readonly runs?: number;
  readonly seed?: number;
  readonly json: boolean;
  readonly csv: boolean;
  readonly backtest: boolean;
  /** One-at-a-time sensitivity of the scenario in 2030 (a tornado table). */
  readonly sensitivity: boolean;
  /** With --backtest: rewrite the generated back-test block of this Markdown file (docs/simulation.md). */
  readonly updateDocs?: string;
  /** False with --no-calibration: every run is kept, no store needed. */
  readonly calibration: boolean;
}

/** The sensitivity analysis looks at this year, with this many runs per setting unless --runs says otherwise. */
export const SENSITIVITY_YEAR = 2030;
const SENSITIVITY_RUNS = 500;

/** From this many runs the worker threads pay for their start-up (~0.2 s each) and a progress bar is shown. */
const PARALLEL_FROM_RUNS = 2000;

function integer(flag: string, min: number, max: number) {
  return (text: string): number => {
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max)
      throw new InvalidArgumentError(`${flag} must be a whole number from ${min} to ${max}, got "${text}"`);
    return value;
  };
}

/** Adds `simulate` to the program; `action` receives the parsed flags and sets the exit code. */
export function defineSimulateCommand(program: Command, action: (flags: SimulateFlags) => Promise<void>): Command {
  return program
    .command("simulate")
    .description(
      `run a scenario of the AI race (a YAML file, or a preset: ${PRESET_NAMES.join(", ")}), or the back-test`,
    )
    .argument("[scenario]", "scenario file (YAML, see data/scenarios/) or preset name")
    .option("--runs <n>", "Monte Carlo runs (overrides the scenario's)", integer("--runs", 1, 100_000))
    .option("--seed <s>", "random seed (overrides the scenario's)", integer("--seed", 0, 4_294_967_295))
    .addOption(
      new Option("--json", "print the answer as one JSON object (as POST /api/v1/simulations)")
        .default(false)
        .conflicts("csv"),
    )
    .addOption(
      new Option("--csv", "print the percentiles as CSV (quantity, bloc, year, unit, p5-p95)")
        .default(false)
        .conflicts("json"),
    )
    .option(
      "--backtest",
      `rolling-origin back-test: fit up to each of ${DEFAULT_BACKTEST.origins[0]}-${DEFAULT_BACKTEST.origins.at(-1)}, forecast 1-${DEFAULT_BACKTEST.maxHorizon} years ahead, score bands and CRPS against two baselines (no scenario)`,
      false,
    )
    .option("--update-docs <file>", "with --backtest: rewrite the generated back-test table in this Markdown file")
    .option(
      "--sensitivity",
      `with a scenario: which parameters and levers move China's lag, share and chance of a pass in ${SENSITIVITY_YEAR} most`,
      false,
    )
    .option("--no-calibration", "keep every run instead of history-matching on the store's targets (no store needed)")
    .addOption(
      new Option(
        "--db <path-or-url>",
        "store the calibration targets come from (default: WEDLOOP_DB, else ~/.wedloop/wedloop.sqlite)",
      ),
    )
    .action(async (scenario: string | undefined, options: Omit<SimulateFlags, "scenario">) => {
      await action({ ...options, ...(scenario === undefined ? {} : { scenario }) });
    });
}

/** A scenario from a file, or a preset by name; a bad file throws ScenarioError naming file, line and field. */
async function readScenario(nameOrFile: string): Promise<Scenario> {
  if (existsSync(nameOrFile)) return parseScenario(readFileSync(nameOrFile, "utf8"), nameOrFile);
  if (isPresetName(nameOrFile)) return (await loadPreset(nameOrFile)).scenario;
  throw new UserError(
    `no scenario file "${nameOrFile}" and no preset of that name; presets: ${PRESET_NAMES.join(", ")}`,
  );
}

async function storeInputs(settings: Settings): Promise<TargetInputs> {
  if (!storeExists(settings.store))
    throw new UserError(
      `no store at ${settings.store.target}: run \`wedloop build\` first (the calibration targets come from it), or pass --no-calibration`,
    );
  const db = openStore(settings.store);
  try {
    return await loadObservations(db);
  } finally {
    await db.destroy();
  }
}

export async function simulateCommand(settings: Settings, flags: SimulateFlags, io: CliIo): Promise<number> {
  if (flags.backtest) {
    if (flags.scenario !== undefined)
      throw new UserError("--backtest runs the model on history and takes no scenario", 2);
    const report = backtest(backtestInputs(await storeInputs(settings)), {
      ...DEFAULT_BACKTEST,
      scale: discrepancyScale(),
      compareLearned: true,
      ...(flags.runs === undefined ? {} : { runs: flags.runs }),
      ...(flags.seed === undefined ? {} : { seed: flags.seed }),
    });
    if (flags.updateDocs !== undefined) {
      const file = flags.updateDocs;
      writeFileSync(file, replaceBacktestBlock(readFileSync(file, "utf8"), backtestMarkdown(report), file));
      print(io.stderr, `${file}: back-test table rewritten`);
    }
    print(
      io.stdout,
      flags.json ? JSON.stringify(report, null, 2) : flags.csv ? backtestCsv(report) : backtestMarkdown(report),
    );
    return 0;
  }
  if (flags.scenario === undefined) throw new UserError("give a scenario file or preset name, or --backtest", 2);
  let scenario: Scenario;
  try {
    scenario = await readScenario(flags.scenario);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    for (const problem of error.problems)
      print(
        io.stderr,
        `${flags.scenario}${problem.line === null ? "" : `:${problem.line}`}: ${problem.path || "(scenario)"}: ${problem.message}`,
      );
    print(io.stderr, `wedloop: ${error.problems.length} problem(s) in ${flags.scenario}; nothing was simulated`);
    return 1;
  }
  scenario = {
    ...scenario,
    ...(flags.runs === undefined ? {} : { runs: flags.runs }),
    ...(flags.seed === undefined ? {} : { seed: flags.seed }),
  };
  const inputs = flags.calibration ? await storeInputs(settings) : null;
  const targets: SimulationTarget[] =
    inputs === null ? [] : simulationTargets(inputs).filter((target) => target.year <= scenario.endYear);
  if (flags.sensitivity) {
    const report = await sensitivity(scenario, targets, {
      year: SENSITIVITY_YEAR,
      runs: flags.runs ?? SENSITIVITY_RUNS,
    });
    print(io.stdout, flags.json ? JSON.stringify(report, null, 2) : sensitivityMarkdown(report));
    return 0;
  }
  // The store's models give the answer its counts; without a store (--no-calibration) there are none.
  const result = await simulate(scenario, targets, inputs === null ? [] : countedModels(inputs), io);
  print(
    io.stdout,
    flags.json
      ? JSON.stringify(simulationAnswer(result), null, 2)
      : flags.csv
        ? percentilesCsv(result)
        : renderResult(result),
  );
  return 0;
}

async function simulate(
  scenario: Scenario,
  targets: readonly SimulationTarget[],
  models: readonly CountedModel[],
  io: CliIo,
): Promise<SimulationResult> {
  if (scenario.runs < PARALLEL_FROM_RUNS) return runScenario(scenario, targets, models);
  const bar = io.stderr.isTTY
    ? new SingleBar({
        format: `${scenario.name} {bar} {percentage}% {value}/{total} runs`,
        stream: io.stderr,
        hideCursor: true,
      })
    : null;
  bar?.start(scenario.runs, 0);
  try {
    return await runScenarioParallel(scenario, {
      targets,
      models,
      workers: Math.min(2, availableParallelism()),
      onProgress: (done) => bar?.update(done),
    });
  } finally {
    bar?.stop();
  }
}

/**
 * Long CSV: one row per quantity, bloc and year; the chance that China's largest run exceeds the US's in a
 * year (chinaFrontierAboveUs) and has done so by then (chinaFrontierPassedUsBy) in the value column.
 */
export function percentilesCsv(result: SimulationResult): string {
  const rows: Record<string, unknown>[] = [];
  for (const quantity of OUTPUT_QUANTITIES)
    for (const bloc of BLOCS) {
      const band = result.series[quantity][bloc];
      result.years.forEach((year, i) =>
        rows.push({
          quantity,
          bloc,
          year,
          unit: OUTPUT_UNITS[quantity],
          p5: band.p5[i],
          p25: band.p25[i],
          p50: band.p50[i],
          p75: band.p75[i],
          p95: band.p95[i],
        }),
      );
    }
  for (const quantity of ["chinaFrontierAboveUs", "chinaFrontierPassedUsBy"] as const)
    result.years.forEach((year, i) =>
      rows.push({ quantity, bloc: "china", year, unit: "probability", value: result[quantity][i] }),
    );
  return toCsv(rows, ["quantity", "bloc", "year", "unit", "p5", "p25", "p50", "p75", "p95", "value"]);
}

const exponent = (value: number) => (value > 0 ? value.toExponential(1) : "0");
const band = (format: (value: number) => string, values: { p5: number[]; p50: number[]; p95: number[] }, i: number) =>
  `${format(values.p50[i]!)} [${format(values.p5[i]!)}-${format(values.p95[i]!)}]`;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** Years shown in the terminal summary: every fifth year, 2025 and the horizon. */
function shownYears(years: readonly number[]): number[] {
  return years.filter((year, i) => year % 5 === 0 || year === 2025 || i === years.length - 1);
}

export function renderResult(result: SimulationResult): string {
  const { scenario, calibration } = result;
  const lines = [
    `Scenario ${scenario.name}: ${scenario.runs} runs, seed ${scenario.seed}, 2015-${scenario.endYear}; ` +
      (calibration.targets.length === 0
        ? "uncalibrated (every run kept)"
        : `history-matched on ${calibration.targets.length} targets: ${calibration.kept} runs kept${calibration.fallback ? " (too few passed: the closest kept)" : ""}`),
    "Median [5th-95th percentile] of the kept runs.",
  ];
  const years = shownYears(result.years);
  const at = (year: number) => result.years.indexOf(year);
  const quantities = [
    { title: "Largest training run (FLOP)", key: "frontierTraining", format: exponent },
    { title: "Compute stock (H100e)", key: "computeStock", format: exponent },
    { title: "Share of world compute", key: "worldShare", format: percent },
    { title: "Months behind the leader", key: "lagMonths", format: (value: number) => value.toFixed(1) },
  ] as const;
  for (const quantity of quantities) {
    lines.push("", quantity.title);
    lines.push(
      formatTable(
        ["year", ...BLOCS],
        years.map((year) => [
          String(year),
          ...BLOCS.map((bloc) => band(quantity.format, result.series[quantity.key][bloc], at(year))),
        ]),
      ),
    );
  }
  lines.push(
    "",
    `P(China's largest training run > the US's in the year): ${years.map((year) => `${year} ${result.chinaFrontierAboveUs[at(year)]!.toFixed(3)}`).join(", ")}`,
  );
  const future = years.filter((year) => !Number.isNaN(result.chinaFrontierPassedUsBy[at(year)]!));
  lines.push(
    `P(it has passed the US's by the year, from ${scenario.levers.from}): ${future.map((year) => `${year} ${result.chinaFrontierPassedUsBy[at(year)]!.toFixed(3)}`).join(", ")}`,
  );
  if (result.counts !== null) lines.push("", ...countLines(result.counts, years), "");
  if (calibration.targets.length > 0) {
    const within = calibration.targets.filter((check) => check.withinTolerance).length;
    lines.push(`Calibration: ${within} of ${calibration.targets.length} target medians within one tolerance.`);
  }
  return lines.join("\n");
}

/** The counts of models in the shown years after the last observed one (the answer's counts field). */
function countLines(counts: ModelCounts, shown: readonly number[]): string[] {
  const years = shown.filter((year) => counts.years.includes(year));
  const whole = (value: number) => value.toFixed(0);
  const columns = [...COUNTED_BLOCS, "total"] as const;
  return [
    `Models (from the population learned from the store's notable models up to ${counts.origin}; total = US + China + EU)`,
    ...(
      [
        ["Notable models published in the year", "notableModels"],
        ["Models above 10^25 FLOP published up to the end of the year", "modelsAbove1e25"],
        ["Models above 10^26 FLOP published up to the end of the year", "modelsAbove1e26"],
      ] as const
    ).flatMap(([title, metric]) => [
      "",
      title,
      formatTable(
        ["year", ...columns],
        years.map((year) => {
          const i = counts.years.indexOf(year);
          return [String(year), ...columns.map((bloc) => band(whole, counts.series[metric][bloc], i))];
        }),
      ),
    ]),
  ];
}

export function backtestCsv(report: BacktestReport): string {
  return toCsv(
    report.points.map((point) => ({
      origin: point.origin,
      year: point.target.year,
      horizon: point.horizon,
      bloc: point.target.bloc,
      quantity: point.target.quantity,
      observed: point.observed,
      model_median: point.model.median,
      model_crps: point.model.crps,
      inside50: point.model.inside.band50,
      inside80: point.model.inside.band80,
      inside90: point.model.inside.band90,
      random_walk_median: point.randomWalk?.median ?? null,
      random_walk_crps: point.randomWalk?.crps ?? null,
      trend_median: point.trend?.median ?? null,
      trend_crps: point.trend?.crps ?? null,
      source: point.target.source,
    })),
  );
}
