import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BLOC_COUNT, BLOCS, CHINA } from "./blocs.js";
import { compileLevers, NEUTRAL_LEVERS } from "./levers.js";
import type { Levers } from "./levers.js";
import { anyLevers } from "../../test/support/arbitrary-levers.js";
import { PARAMETER_COUNT } from "./params/index.js";
import { sfc32 } from "./rng.js";
import { createParameterSampler } from "./sample-params.js";
import { drawQuarterShocks, SHOCK_COUNT } from "./shocks.js";
import { createState, G_ALLOCATED, G_LICENSED_CHINA, G_SUPPLY } from "./state.js";
import type { SimState } from "./state.js";
import { step } from "./step.js";

const QUARTERS = 26 * 4; // 2015-2040
const sampler = createParameterSampler();

/** Runs one seeded path under the given levers and hands every quarter's state to `visit`. */
function simulatePath(seed: number, levers: Levers, visit: (state: SimState, quarter: number) => void): void {
  const rng = sfc32(seed);
  const params = new Float64Array(PARAMETER_COUNT);
  sampler.draw(rng, params);
  const schedule = compileLevers(levers, QUARTERS);
  const state = createState(params, QUARTERS);
  const shocks = new Float64Array(SHOCK_COUNT);
  for (let q = 0; q < QUARTERS; q++) {
    drawQuarterShocks(rng, shocks);
    step(state, params, schedule, shocks);
    visit(state, q);
  }
}

describe("step invariants", () => {
  it("keeps stocks non-negative, shares summing to one and allocation within supply, under any levers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), anyLevers, (seed, levers) => {
        simulatePath(seed, levers, (state) => {
          let shareSum = 0;
          for (let b = 0; b < BLOC_COUNT; b++) {
            expect(state.stock[b]).toBeGreaterThanOrEqual(0);
            expect(state.received[b]).toBeGreaterThanOrEqual(0);
            expect(state.lagMonths[b]).toBeGreaterThanOrEqual(0);
            expect(Number.isFinite(state.effectiveCompute[b]!)).toBe(true);
            expect(Number.isFinite(state.stock[b]!) && Number.isFinite(state.lagMonths[b]!)).toBe(true);
            shareSum += state.share[b]!;
          }
          expect(shareSum).toBeCloseTo(1, 9);
          expect(state.global[G_ALLOCATED]).toBeLessThanOrEqual(state.global[G_SUPPLY]! * (1 + 1e-12));
          expect(state.global[G_LICENSED_CHINA]).toBeLessThanOrEqual(state.global[G_ALLOCATED]! * (1 + 1e-12));
        });
      }),
      { numRuns: 60 },
    );
  });

  it("gives the leader a lag of zero", () => {
    simulatePath(3, NEUTRAL_LEVERS, (state) => {
      const leader = state.effectiveCompute.indexOf(Math.max(...state.effectiveCompute));
      expect(state.lagMonths[leader]).toBe(0);
    });
  });
});

/**
 * Monotone responses hold with the race reaction off: with raceIntensity > 0 a bloc that falls behind spends
 * more, so stricter controls can legitimately raise China's spending and with it its licensed purchases.
 */
const calmLevers = anyLevers.map((levers) => ({ ...levers, raceIntensity: 0 }));

describe("monotone responses", () => {
  it("stricter export controls never raise China's licensed imports in any quarter", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        calmLevers,
        fc.double({ min: 0, max: 4, noNaN: true }),
        (seed, levers, extra) => {
          const stricter = { ...levers, exportControlStrictness: Math.min(4, levers.exportControlStrictness + extra) };
          const base: number[] = [];
          simulatePath(seed, levers, (state) => base.push(state.global[G_LICENSED_CHINA]!));
          simulatePath(seed, stricter, (state, q) =>
            expect(state.global[G_LICENSED_CHINA]).toBeLessThanOrEqual(base[q]! * (1 + 1e-9)),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each(BLOCS.map((bloc, b) => ({ bloc, b })))(
    "more investment never lowers $bloc's compute stock",
    ({ bloc, b }) => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 2 ** 31 }),
          calmLevers,
          fc.double({ min: 1, max: 4, noNaN: true }),
          (seed, levers, factor) => {
            const more = { ...levers, investment: { ...levers.investment, [bloc]: levers.investment[bloc] * factor } };
            const base: number[] = [];
            simulatePath(seed, levers, (state) => base.push(state.stock[b]!));
            simulatePath(seed, more, (state, q) =>
              expect(state.stock[b]).toBeGreaterThanOrEqual(base[q]! * (1 - 1e-9)),
            );
          },
        ),
        { numRuns: 25 },
      );
    },
  );

  it("strict controls lower China's stock in 2030 on the central path", () => {
    const stockIn2030 = (strictness: number): number => {
      let value = 0;
      simulatePath(11, { ...NEUTRAL_LEVERS, exportControlStrictness: strictness }, (state, q) => {
        if (q === (2030 - 2015) * 4 + 3) value = state.stock[CHINA]!;
      });
      return value;
    };
    expect(stockIn2030(4)).toBeLessThan(stockIn2030(0));
  });
});
