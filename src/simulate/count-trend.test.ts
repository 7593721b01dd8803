import { describe, expect, it } from "vitest";
import { fitTrend } from "./baselines.js";
import { countTrend, DAMPING_GRID, learnTrendShape, SPREAD_GRID, STRAIGHT_TREND, yearlyCounts } from "./count-trend.js";
import type { YearlyCounts } from "./count-trend.js";

/** Counts that grow tenfold every four years, exactly (on log10(count + 1)). */
const exponential: YearlyCounts = (_, year) => 10 ** ((year - 2000) / 4) - 1;
/** The same growth until 2014, flat after it. */
const flattening: YearlyCounts = (bloc, year) => exponential(bloc, Math.min(year, 2014));

describe(countTrend, () => {
  it("carries the least-squares line on, its growth damped per further year and its spread scaled", () => {
    const counts = yearlyCounts([
      { bloc: "us", year: 2018 },
      { bloc: "us", year: 2019 },
      { bloc: "us", year: 2019 },
      { bloc: "us", year: 2020 },
      { bloc: "china", year: 2020 },
    ]);
    const shape = { years: 4, damping: 1, spread: 1 };
    const points = [0, 1, 2, 1].map((n, k) => ({ year: 2017 + k, value: Math.log10(n + 1) }));
    const line = fitTrend(points)!;
    expect(countTrend(counts, "us", 2020, shape)(2023).median).toBeCloseTo(line(2023).median, 12);
    expect(countTrend(counts, "us", 2020, { ...shape, spread: 2 })(2023).sd).toBeCloseTo(2 * line(2023).sd, 12);
    const level = line(2020).median;
    const slope = line(2021).median - level;
    expect(countTrend(counts, "us", 2020, { ...shape, damping: 0 })(2023).median).toBeCloseTo(level, 12);
    expect(countTrend(counts, "us", 2020, { ...shape, damping: 0.5 })(2022).median).toBeCloseTo(
      level + slope * 0.75,
      12,
    );
  });
});

describe(learnTrendShape, () => {
  it("keeps the straight line for counts on a straight line, with no widening", () => {
    expect(learnTrendShape(exponential, ["us"], 2020)).toEqual(STRAIGHT_TREND);
  });

  it("damps the growth once counts have flattened", () => {
    const { damping, spread } = learnTrendShape(flattening, ["us", "eu"], 2022);
    expect(damping).toBeLessThan(1);
    expect(DAMPING_GRID).toContain(damping);
    expect(SPREAD_GRID).toContain(spread);
  });

  it("reads no count after the origin", () => {
    const leaky: YearlyCounts = (bloc, year) => (year > 2022 ? 1e6 : flattening(bloc, year));
    expect(learnTrendShape(leaky, ["us"], 2022)).toEqual(learnTrendShape(flattening, ["us"], 2022));
  });
});
