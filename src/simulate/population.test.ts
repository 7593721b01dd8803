import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitTrend } from "./baselines.js";
import type { SimBloc } from "./blocs.js";
import { STRAIGHT_TREND } from "./count-trend.js";
import { drawCounts, learnPopulations } from "./population.js";
import type { PopulationModel, PopulationPrior } from "./population.js";
import { sfc32 } from "./rng.js";

/** A straight trend so the expected counts can be worked out by hand (count-trend.test.ts tests the learning). */
const PRIOR: PopulationPrior = { ratioYears: 2, poolWeight: 10, shape: { ...STRAIGHT_TREND, years: 4 } };

/** `n` models of a bloc in a year, all with the given compute (null: no estimate). */
const models = (bloc: SimBloc, year: number, n: number, computeFlop: number | null): PopulationModel[] =>
  Array.from({ length: n }, () => ({ bloc, year, computeFlop }));

/** Nine US models a year 2017-2020, each at 1e24 FLOP (the record): flat trend, every ratio 0. */
const FLAT_US = [2017, 2018, 2019, 2020].flatMap((year) => models("us", year, 9, 1e24));

describe(learnPopulations, () => {
  it("learns the count trend, the ratios of recent models and the counts above the thresholds at the origin", () => {
    const history = [...FLAT_US, ...models("us", 2016, 3, 3e25), ...models("us", 2020, 2, null)];
    const [us] = learnPopulations(history, ["us"], 2020, PRIOR);
    // The last four years: 9 models in 2017-2019, 11 in 2020 (2016 falls outside the window).
    const counts = [9, 9, 9, 11].map((n, k) => ({ year: 2017 + k, value: Math.log10(n + 1) }));
    expect(us!.trend(2022).median).toBeCloseTo(fitTrend(counts)!(2022).median, 12);
    expect(us!.trend(2022).sd).toBeCloseTo(fitTrend(counts)!(2022).sd, 12);
    expect(us!.trend(2020).median).toBeCloseTo(1.0554, 4);
    // Ratios of 2019-2020 only, against the record to date (3e25 since 2016): 20 models, 2 without compute.
    expect(us!.ratios.length).toBe(20);
    expect(us!.ratios.filter((r) => r === -Infinity).length).toBe(2);
    expect(us!.ratios.filter((r) => r !== -Infinity).every((r) => Math.abs(r - Math.log10(1e24 / 3e25)) < 1e-12)).toBe(
      true,
    );
    expect(us!.ownShare).toBeCloseTo(20 / 30, 12);
    expect(us!.aboveAtOrigin).toEqual([3, 0]);
  });

  it("reads nothing after the origin", () => {
    const later = [...models("us", 2021, 50, 1e27), ...models("eu", 2021, 5, 1e26)];
    const before = learnPopulations(FLAT_US, ["us", "eu"], 2020, PRIOR);
    const after = learnPopulations([...FLAT_US, ...later], ["us", "eu"], 2020, PRIOR);
    expect(after.map((p) => [[...p.ratios], [...p.pooled], p.ownShare, p.aboveAtOrigin, p.trend(2023)])).toEqual(
      before.map((p) => [[...p.ratios], [...p.pooled], p.ownShare, p.aboveAtOrigin, p.trend(2023)]),
    );
  });

  it("gives a bloc without models of its own the pooled ratios only", () => {
    const [, eu] = learnPopulations(FLAT_US, ["us", "eu"], 2020, PRIOR);
    expect(eu!.ratios.length).toBe(0);
    expect(eu!.ownShare).toBe(0);
    expect([...eu!.pooled]).toEqual(new Array(18).fill(0));
  });
});

describe(drawCounts, () => {
  it("turns the largest run into counts above each threshold, cumulated from the origin's", () => {
    const [us] = learnPopulations([...FLAT_US, ...models("us", 2018, 1, 2e25)], ["us"], 2020, {
      ...PRIOR,
      ratioYears: 1,
    });
    // 2017-2020 counts 9, 10, 9, 9 -> a near-flat trend; every 2020 ratio is log10(1e24 / 2e25).
    const ratio = Math.log10(1e24 / 2e25);
    const draws = drawCounts(us!, [25.5 - ratio, 26.5 - ratio, 24 - ratio], sfc32(1));
    expect(draws.map((d) => d.year)).toEqual([2021, 2022, 2023]);
    const [first, second, third] = draws;
    expect(first!.above).toEqual([1 + first!.notable, 0]);
    expect(second!.above).toEqual([1 + first!.notable + second!.notable, second!.notable]);
    expect(third!.above).toEqual(second!.above);
    for (const d of draws) expect(d.notable).toBeGreaterThanOrEqual(5);
  });

  it("caps a year's draw at ten times the most models any bloc published in a year", () => {
    const [us] = learnPopulations(FLAT_US, ["us"], 2020, { ...PRIOR, shape: { years: 4, damping: 1, spread: 1 } });
    expect(us!.maxPerYear).toBe(90);
    const wild = { ...us!, trend: () => ({ median: 6, sd: 0 }) };
    expect(drawCounts(wild, [24], sfc32(3))[0]!.notable).toBe(90);
  });

  it("never counts a model without a compute estimate above a threshold", () => {
    const [us] = learnPopulations(
      [2017, 2018, 2019, 2020].flatMap((year) => models("us", year, 9, null)),
      ["us"],
      2020,
      PRIOR,
    );
    const draws = drawCounts(us!, [30, 31, 32], sfc32(2));
    expect(draws.every((d) => d.above.every((a) => a === 0))).toBe(true);
    expect(draws.some((d) => d.notable > 0)).toBe(true);
  });

  const population = fc
    .array(
      fc.record({
        bloc: fc.constantFrom<SimBloc>("us", "china", "eu"),
        year: fc.integer({ min: 2012, max: 2020 }),
        computeFlop: fc.option(fc.double({ min: 1e18, max: 1e27, noNaN: true }), { nil: null }),
      }),
      { maxLength: 80 },
    )
    .map((history) => learnPopulations(history, ["us", "china", "eu"], 2020, PRIOR));
  const path = fc.array(fc.double({ min: 20, max: 30, noNaN: true }), { minLength: 1, maxLength: 4 });

  it("keeps counts above 1e26 at most those above 1e25, and each year's new ones at most its models", () => {
    fc.assert(
      fc.property(population, path, fc.integer(), (populations, largest, seed) => {
        for (const p of populations) {
          let previous = p.aboveAtOrigin;
          for (const d of drawCounts(p, largest, sfc32(seed))) {
            expect(d.above[1]).toBeLessThanOrEqual(d.above[0]!);
            for (const t of [0, 1]) {
              expect(d.above[t]! - previous[t]!).toBeGreaterThanOrEqual(0);
              expect(d.above[t]! - previous[t]!).toBeLessThanOrEqual(d.notable);
            }
            previous = d.above;
          }
        }
      }),
    );
  });

  it("never counts fewer models above a threshold when the largest run is larger (same stream)", () => {
    fc.assert(
      fc.property(
        population,
        path,
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.integer(),
        (populations, largest, lift, seed) => {
          for (const p of populations) {
            const low = drawCounts(p, largest, sfc32(seed));
            const high = drawCounts(
              p,
              largest.map((value, i) => value + lift[i]!),
              sfc32(seed),
            );
            high.forEach((d, i) => {
              expect(d.notable).toBe(low[i]!.notable);
              d.above.forEach((count, t) => expect(count).toBeGreaterThanOrEqual(low[i]!.above[t]!));
            });
          }
        },
      ),
    );
  });
});
