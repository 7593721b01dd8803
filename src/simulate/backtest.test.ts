import { describe, expect, it } from "vitest";
import { backtest } from "./backtest.js";
import type { BacktestReport } from "./backtest.js";
import { backtestTargets } from "../../test/support/calibration-targets.js";

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** Prints the back-test as it comes out; the assertions check its bookkeeping, never its quality. */
function describeReport(report: BacktestReport): string {
  const lines = [
    `back-test: fit <= ${report.fitUntil} on ${report.fitTargets} targets, kept ${report.kept}/${report.runs} runs${report.fallback ? " (fallback)" : ""}`,
    `coverage model       50/80/90%: ${percent(report.coverage.model.band50)} / ${percent(report.coverage.model.band80)} / ${percent(report.coverage.model.band90)} over ${report.coverage.model.points} points`,
    `coverage random walk 50/80/90%: ${percent(report.coverage.randomWalk.band50)} / ${percent(report.coverage.randomWalk.band80)} / ${percent(report.coverage.randomWalk.band90)} over ${report.coverage.randomWalk.points} points`,
    ...Object.entries(report.errors).map(
      ([quantity, e]) =>
        `median |error| ${quantity}: model ${e.model.medianAbsoluteError.toFixed(2)} (${e.model.points} points)`,
    ),
    ...Object.entries(report.pairedErrors)
      .filter(([, e]) => e.model.points > 0)
      .map(
        ([quantity, e]) =>
          `median |error| ${quantity} where both forecast: model ${e.model.medianAbsoluteError.toFixed(2)}, random walk ${e.randomWalk.medianAbsoluteError.toFixed(2)} (${e.model.points} points)`,
      ),
    ...report.points.map(
      (p) =>
        `  ${p.target.bloc} ${p.target.quantity} ${p.target.year}: error model ${p.model.error.toFixed(2)}${p.model.inside90 ? "" : " (outside 90%)"}, random walk ${p.randomWalk ? p.randomWalk.error.toFixed(2) + (p.randomWalk.inside90 ? "" : " (outside 90%)") : "n/a"}`,
    ),
  ];
  return lines.join("\n");
}

describe(backtest, () => {
  const targets = backtestTargets(2021);
  const report = backtest(targets, { fitUntil: 2021, runs: 1500, seed: 20260101 });
  console.log(describeReport(report));

  it("holds out every target after the fit year and scores each", () => {
    expect(report.points.map((p) => p.target)).toEqual(targets.filter((t) => t.year > 2021));
    expect(report.fitTargets).toBe(targets.filter((t) => t.year <= 2021).length);
    for (const point of report.points) {
      expect(point.model.inside50 ? point.model.inside80 : true).toBe(true);
      expect(point.model.inside80 ? point.model.inside90 : true).toBe(true);
    }
  });

  it("fits the random walk only where three fitting points exist", () => {
    const usFrontier = report.points.filter((p) => p.target.bloc === "us" && p.target.quantity === "frontierTraining");
    expect(usFrontier.every((p) => p.randomWalk !== null)).toBe(true);
    const published = report.points.filter((p) => p.target.quantity === "worldShare");
    expect(published.every((p) => p.randomWalk === null)).toBe(true);
  });

  it("reports coverage as shares of points", () => {
    const { model } = report.coverage;
    expect(model.points).toBe(report.points.length);
    expect(model.band50).toBeLessThanOrEqual(model.band80);
    expect(model.band80).toBeLessThanOrEqual(model.band90);
  });

  it.each([2019, 2023])("also runs from the %i origin (rolling-origin hindcast, printed)", (fitUntil) => {
    const rolling = backtest(backtestTargets(fitUntil), { fitUntil, runs: 1000, seed: 20260101 });
    console.log(describeReport(rolling));
    expect(rolling.points.every((p) => p.target.year > fitUntil)).toBe(true);
  });

  it("refuses a split that leaves nothing to forecast", () => {
    expect(() => backtest(targets, { fitUntil: 2030, runs: 10, seed: 1 })).toThrow(/no calibration targets after 2030/);
  });
});
