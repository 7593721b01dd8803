import { describe, expect, it } from "vitest";
import { runSeed, sfc32 } from "./rng.js";

describe("sfc32", () => {
  it("gives the same stream for the same seed", () => {
    const a = sfc32(42);
    const b = sfc32(42);
    for (let i = 0; i < 1000; i++) expect(a.next()).toBe(b.next());
  });

  it("gives a known stream for seed 1 (pins the integer arithmetic across machines)", () => {
    const rng = sfc32(1);
    const first = [rng.next(), rng.next(), rng.next()].map((x) => Math.floor(x * 4294967296));
    // Recorded once from this implementation; a change here means every stored seed changes meaning.
    expect(first).toEqual(FIRST_THREE_SEED_1);
  });

  it("stays in [0, 1) and has a mean near one half", () => {
    const rng = sfc32(7);
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 20000).toBeCloseTo(0.5, 2);
  });

  it("gives different streams to neighbouring run indexes", () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => runSeed(1, i)));
    expect(seeds.size).toBe(1000);
    expect(sfc32(runSeed(1, 0)).next()).not.toBe(sfc32(runSeed(1, 1)).next());
  });
});

const FIRST_THREE_SEED_1 = [3709861326, 649383142, 772426643];
