/**
 * Simulator benchmark: 10,000 runs over 2015-2040 in quarters for 4 blocs, timed for the typed-array engine
 * (one thread and worker threads) against the plain-object baseline in simulate-baseline.ts. Prints figures;
 * asserts nothing (timings depend on the machine and its load).
 */
import { availableParallelism, loadavg } from "node:os";
import { BLOCS } from "../src/simulate/blocs.js";
import type { SimBloc } from "../src/simulate/blocs.js";
import { NEUTRAL_LEVERS } from "../src/simulate/levers.js";
import { runScenario } from "../src/simulate/monte-carlo.js";
import type { SimulationResult } from "../src/simulate/monte-carlo.js";
import { createSimulationPool } from "../src/api/simulation-pool.js";
import type { OutputQuantity, Scenario } from "../src/simulate/scenario.js";
import { baselineMedians, simulateBaseline } from "./simulate-baseline.js";

const SCENARIO: Scenario = {
  name: "bench",
  description: "",
  endYear: 2040,
  runs: 10_000,
  seed: 20260101,
  levers: NEUTRAL_LEVERS,
  parameters: {},
};

async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** Best and median of `repeats` timings: on a shared machine the best is the least disturbed. */
async function repeated<T>(
  repeats: number,
  work: () => T | Promise<T>,
): Promise<{ value: T; best: number; median: number }> {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < repeats; i++) {
    const run = await timed(work);
    times.push(run.ms);
    value = run.value;
  }
  times.sort((a, b) => a - b);
  return { value: value as T, best: times[0]!, median: times[Math.floor(times.length / 2)]! };
}

const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
const both = (t: { best: number; median: number }): string => `best ${fmt(t.best)}, median ${fmt(t.median)}`;

export async function runBench(): Promise<void> {
  const quarters = (SCENARIO.endYear - 2015 + 1) * 4;
  const workers = Math.max(2, availableParallelism());
  console.log(
    `simulate: ${SCENARIO.runs} runs x ${quarters} quarters x ${BLOCS.length} blocs, ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}`,
  );

  // The pool runs first: the single-thread runs leave ~45 MB of outputs each as garbage, whose collection would
  // compete with the workers for the cores (the API's pool does not run after them).
  const startup = await timed(async () => {
    const pool = createSimulationPool(workers);
    await pool.run({ ...SCENARIO, runs: 400 }); // starts the workers and warms their JIT
    return pool;
  });
  const pool = startup.value;
  let parallel: { value: SimulationResult; best: number; median: number };
  const cpuBeforePool = process.cpuUsage();
  try {
    parallel = await repeated(3, () => pool.run(SCENARIO));
  } finally {
    await pool.close();
  }
  const poolCpuPerRun = process.cpuUsage(cpuBeforePool).user / 1000 / 3;
  console.log(
    `  typed arrays, ${workers} worker threads:      ${both(parallel)} (pool start-up and warm-up ${fmt(startup.ms)}, once)`,
  );
  // CPU time of all threads: on a quiet machine with one core per worker the wall time is about this / workers.
  console.log(
    `  typed arrays, ${workers} worker threads, CPU time of all threads: ${fmt(poolCpuPerRun)} per 10,000 runs (/ ${workers} = ${fmt(poolCpuPerRun / workers)})`,
  );
  runScenario({ ...SCENARIO, runs: 200 }); // warm the JIT so the timings are of optimised code
  const cpuBefore = process.cpuUsage();
  const serial = await repeated(3, () => runScenario(SCENARIO));
  const cpuPerRun = process.cpuUsage(cpuBefore).user / 1000 / 3;
  console.log(`  typed arrays, 1 thread:              ${both(serial)}`);
  // On a shared machine the wall time measures the queue for a core; the CPU time is what one run costs.
  console.log(`  typed arrays, 1 thread, CPU time:    ${fmt(cpuPerRun)} per 10,000 runs (a quiet-machine estimate)`);
  const browserSized = await repeated(5, () => runScenario({ ...SCENARIO, runs: 1000 }));
  console.log(`  typed arrays, 1,000 runs, 1 thread (as in a browser worker): ${both(browserSized)}`);

  console.log(
    `  worker threads' result equals the single thread's: ${JSON.stringify(parallel.value) === JSON.stringify(serial.value) ? "yes, exactly" : "NO"}`,
  );

  // The baseline runs last: the garbage it leaves behind would slow whatever ran after it.
  const baseline = await timed(() => baselineMedians(simulateBaseline(SCENARIO)));
  console.log(`  plain-object baseline, 1 thread:     ${fmt(baseline.ms)}`);
  console.log(
    `  ratio baseline / typed arrays: x${(baseline.ms / serial.best).toFixed(1)} on 1 thread, x${(baseline.ms / parallel.best).toFixed(1)} with ${workers} workers`,
  );

  let worst = 0;
  for (const [key, expected] of Object.entries(baseline.value)) {
    const [quantity, bloc, year] = key.split(".") as [OutputQuantity, SimBloc, string];
    const actual = parallel.value.series[quantity][bloc].p50[Number(year) - 2015]!;
    worst = Math.max(worst, Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-12));
  }
  console.log(`  medians, baseline vs engine: largest relative difference ${worst.toExponential(1)}`);
}
