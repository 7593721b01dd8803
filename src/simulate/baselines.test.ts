import { describe, expect, it } from "vitest";
import { fitRandomWalk, fitTrend } from "./baselines.js";

const line = (years: readonly number[]) => years.map((year) => ({ year, value: 2 * (year - 2018) }));

describe(fitRandomWalk, () => {
  it("needs three points", () => {
    expect(fitRandomWalk(line([2018, 2019]))).toBeNull();
  });

  it("extends an exact line with no spread, and spreads as the square root of the horizon", () => {
    expect(fitRandomWalk(line([2018, 2019, 2020, 2021]))!(2023)).toEqual({ median: 10, sd: 0 });
    const walk = fitRandomWalk([
      { year: 2018, value: 0 },
      { year: 2019, value: 1 },
      { year: 2020, value: 1 },
      { year: 2021, value: 3 },
    ])!;
    expect(walk(2025).sd).toBeCloseTo(2 * walk(2022).sd, 12);
    expect(walk(2022).median).toBe(4);
  });
});

describe(fitTrend, () => {
  it("needs three points and reproduces an exact line", () => {
    expect(fitTrend(line([2018, 2019]))).toBeNull();
    expect(fitTrend(line([2018, 2020, 2021]))!(2024)).toEqual({ median: 12, sd: 0 });
  });

  it("widens the prediction interval away from the fitted years", () => {
    const trend = fitTrend([
      { year: 2018, value: 0 },
      { year: 2019, value: 1.5 },
      { year: 2020, value: 1.5 },
      { year: 2021, value: 3 },
    ])!;
    expect(trend(2019.5).median).toBeCloseTo(1.5, 12);
    expect(trend(2026).sd).toBeGreaterThan(trend(2022).sd);
  });
});
