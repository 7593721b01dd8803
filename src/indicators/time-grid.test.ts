import { describe, expect, it } from "vitest";
import { monthsBetween, snapshotDays, windowOf } from "./time-grid.js";

describe("snapshotDays", () => {
  it.each([
    ["year", 2020, 2021, ["2020-12-31", "2021-12-31"]],
    ["quarter", 2024, 2024, ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]],
  ] as const)("%s steps", (step, from, to, expected) => {
    expect(snapshotDays(from, to, step)).toEqual(expected);
  });
  it("ends each month on its last day, leap years included", () => {
    const days = snapshotDays(2024, 2024, "month");
    expect(days).toHaveLength(12);
    expect(days[1]).toBe("2024-02-29");
  });
});

describe("monthsBetween", () => {
  it.each([
    ["2020-01-01", "2021-01-01", 12],
    ["2020-01-01", "2020-01-01", 0],
    ["2021-01-01", "2021-07-02", 6], // 181 of 365 days: 5.95 months
  ])("%s -> %s is about %f", (a, b, expected) => {
    expect(monthsBetween(a, b)).toBeCloseTo(expected, 0);
  });
});

describe("windowOf", () => {
  it.each([
    [[], {}, null],
    [["2019-05-01", "2023-01-01"], {}, { from: 2019, to: 2023 }],
    [["2019-05-01", "2023-01-01"], { from: 2015 }, { from: 2015, to: 2023 }],
  ])("%j within %j", (days, period, expected) => {
    expect(windowOf(days, period)).toEqual(expected);
  });
});
