import { describe, expect, it } from "vitest";
import { BLOC_COUNT, CHINA, US } from "./blocs.js";
import { applyDiscrepancy, frontierLagMonths } from "./discrepancy.js";
import { chinaAboveUsOffset, outputOffset } from "./run.js";
import { OUTPUT_QUANTITIES } from "./scenario.js";

describe(frontierLagMonths, () => {
  // log10 running maxima by year end; US 20, 21, 22 and China 19, 20.5, 21.
  const history = new Float64Array(BLOC_COUNT * 3);
  history.set([20, 21, 22], US * 3);
  history.set([19, 20.5, 21], CHINA * 3);

  it("counts the months since the US first reached the follower's level, interpolated within the year", () => {
    expect(frontierLagMonths(history, 3, CHINA, 2)).toBeCloseTo(12, 12);
    expect(frontierLagMonths(history, 3, CHINA, 1)).toBeCloseTo(6, 12);
  });

  it("reaches back before the first year at 0.6 orders of magnitude a year, and is negative when the follower leads", () => {
    expect(frontierLagMonths(history, 3, CHINA, 0)).toBeCloseTo(20, 12);
    const ahead = new Float64Array(BLOC_COUNT * 3);
    ahead.set([20, 20, 20], US * 3);
    ahead.set([19, 20, 21], CHINA * 3);
    expect(frontierLagMonths(ahead, 3, CHINA, 2)).toBeCloseTo(-12, 12);
  });
});

describe(applyDiscrepancy, () => {
  const years = [2023, 2024, 2025, 2026, 2027];
  const runs = 50;
  const slots = (OUTPUT_QUANTITIES.length * BLOC_COUNT + 1) * years.length;
  const make = (): Float64Array => {
    const outputs = new Float64Array(runs * slots);
    for (let b = 0; b < BLOC_COUNT; b++)
      for (let y = 0; y < years.length; y++)
        for (let run = 0; run < runs; run++) {
          const at = (quantity: string) =>
            outputOffset(OUTPUT_QUANTITIES.indexOf(quantity as never), b, y, years.length) * runs + run;
          outputs[at("computeStock")] = (b + 1) * 1e6 * 2 ** y;
          outputs[at("frontierTraining")] = (b === US ? 1e26 : 1e25) * 3 ** y;
          outputs[at("effectiveCompute")] = 1e27 * 3 ** y;
          outputs[at("worldShare")] = (b + 1) / 10;
        }
    return outputs;
  };
  const share = (outputs: Float64Array, b: number, y: number, run: number): number =>
    outputs[outputOffset(OUTPUT_QUANTITIES.indexOf("worldShare"), b, y, years.length) * runs + run]!;

  it("leaves the observed years alone and keeps shares summing to one after them", () => {
    const outputs = make();
    const before = outputs.slice();
    applyDiscrepancy(years, outputs, runs, 2025, { frontierOom: 0.3, followerFrontierOom: 0.5, stockOom: 0.2 }, 9);
    const stock = OUTPUT_QUANTITIES.indexOf("computeStock");
    for (let b = 0; b < BLOC_COUNT; b++)
      for (let y = 0; y < 3; y++)
        for (let run = 0; run < runs; run++) {
          const at = outputOffset(stock, b, y, years.length) * runs + run;
          expect(outputs[at]).toBe(before[at]);
        }
    for (let run = 0; run < runs; run++) {
      let total = 0;
      for (let b = 0; b < BLOC_COUNT; b++) total += share(outputs, b, 4, run);
      expect(total).toBeCloseTo(1, 12);
    }
    const moved = Array.from({ length: runs }, (_, run) => share(outputs, US, 4, run));
    expect(new Set(moved).size).toBeGreaterThan(1);
  });

  it("lets China's run pass the US's in some runs once the runs can drift, and in none without", () => {
    const flags = (outputs: Float64Array): number =>
      Array.from({ length: runs }, (_, run) => outputs[chinaAboveUsOffset(4, years.length) * runs + run]!).reduce(
        (a, b) => a + b,
        0,
      );
    const still = make();
    applyDiscrepancy(years, still, runs, 2025, { frontierOom: 0, followerFrontierOom: 0, stockOom: 0 }, 9);
    expect(flags(still)).toBe(0);
    const drifting = make();
    applyDiscrepancy(years, drifting, runs, 2025, { frontierOom: 0.6, followerFrontierOom: 0.6, stockOom: 0 }, 9);
    expect(flags(drifting)).toBeGreaterThan(0);
  });
});
