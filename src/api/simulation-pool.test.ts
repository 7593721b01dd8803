import { describe, expect, it } from "vitest";
import { NEUTRAL_LEVERS } from "../simulate/levers.js";
import { runScenario } from "../simulate/monte-carlo.js";
import type { Scenario } from "../simulate/scenario.js";
import { createSimulationPool } from "./simulation-pool.js";

const small: Scenario = {
  name: "small",
  description: "",
  endYear: 2030,
  runs: 60,
  seed: 7,
  levers: NEUTRAL_LEVERS,
  parameters: {},
};

describe("simulation pool", () => {
  it("does not depend on the number of worker threads", async () => {
    const inProcess = runScenario(small);
    for (const workers of [1, 2, 3]) {
      const pool = createSimulationPool(workers);
      try {
        const progress: number[] = [];
        const parallel = await pool.run(small, { onProgress: (done) => progress.push(done) });
        expect(parallel).toEqual(inProcess);
        expect(progress.at(-1)).toBe(small.runs);
      } finally {
        await pool.close();
      }
    }
  });
});
