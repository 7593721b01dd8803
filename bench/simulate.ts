/**
 * Simulator benchmark: 10,000 runs over 2015-2040 in quarters for 4 blocs, timed for the typed-array engine
 * (one thread and worker threads) against the plain-object baseline in simulate-baseline.ts. Prints figures;
 * asserts nothing (timings depend on the machine and its load).
 */
import { availableParallelism } from "node:os";
import { BLOCS } from "../src/simulate/blocs.js";
import { NEUTRAL_LEVERS } from "../src/simulate/levers.js";
import { runScenario } from "../src/simulate/monte-carlo.js";
import { createSimulationPool } from "../src/simulate/parallel.js";
import type { Scenario } from "../src/simulate/scenario.js";
import { baselineMedians, simulateBaseline } from "./simulate-baseline.js";

const SCENARIO: Scenario = { name: "bench", description: "", endYear: 2040, runs: 10_000, seed: 20260101, levers: NEUTRAL_LEVERS, parameters: {} };

async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;

export async function runBench(): Promise<void> {
  const quarters = (SCENARIO.endYear - 2015 + 1) * 4;
  console.log(`simulate: ${SCENARIO.runs} runs x ${quarters} quarters x ${BLOCS.length} blocs, ${availableParallelism()} cores`);

  const baseline = await timed(() => baselineMedians(simulateBaseline(SCENARIO)));
  console.log(`  plain-object baseline (1 thread):   ${fmt(baseline.ms)}`);

  runScenario({ ...SCENARIO, runs: 200 }); // warm the JIT so the timing is of steady-state code
  const serial = await timed(() => runScenario(SCENARIO));
  console.log(`  typed arrays (1 thread):            ${fmt(serial.ms)}  (x${(baseline.ms / serial.ms).toFixed(1)} faster)`);

  const browserSized = await timed(() => runScenario({ ...SCENARIO, runs: 1000 }));
  console.log(`  typed arrays, 1,000 runs (1 thread, as in a browser worker): ${fmt(browserSized.ms)}`);

  const workers = Math.max(2, availableParallelism());
  const startup = await timed(async () => {
    const pool = createSimulationPool(workers);
    await pool.run({ ...SCENARIO, runs: 200 }); // starts the workers and warms their JIT
    return pool;
  });
  const pool = startup.value;
  try {
    const parallel = await timed(() => pool.run(SCENARIO));
    console.log(`  worker threads (${workers}), warm pool:       ${fmt(parallel.ms)}  (x${(baseline.ms / parallel.ms).toFixed(1)} faster than baseline; pool start-up and warm-up ${fmt(startup.ms)})`);
    let worst = 0;
    for (const [key, expected] of Object.entries(baseline.value)) {
      const [quantity, bloc, year] = key.split(".") as [keyof typeof serial.value.series, (typeof BLOCS)[number], string];
      const actual = parallel.value.series[quantity][bloc].p50[Number(year) - 2015]!;
      const scale = Math.max(Math.abs(expected), 1e-12);
      worst = Math.max(worst, Math.abs(actual - expected) / scale);
    }
    console.log(`  medians of baseline vs engine: largest relative difference ${worst.toExponential(1)}`);
  } finally {
    await pool.close();
  }
}
