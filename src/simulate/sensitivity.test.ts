import { describe, expect, it } from "vitest";
import { calibrationTargets } from "../../test/support/calibration-targets.js";
import { HAS_SNAPSHOT } from "../../test/support/snapshot.js";
import { NEUTRAL_LEVERS } from "./levers.js";
import { sensitivity } from "./sensitivity.js";
import { chanceText, sensitivityMarkdown } from "./sensitivity-table.js";

describe(chanceText, () => {
  it.each([
    { count: 0, runs: 114, text: "below 2.7% (0 of 114 runs)" },
    { count: 0, runs: 1000, text: "below 1% (0 of 1000 runs)" },
    { count: 5, runs: 100, text: "5.0% ± 2.2 (5 of 100 runs)" },
  ])("$count of $runs runs reads $text", ({ count, runs, text }) => expect(chanceText(count, runs)).toBe(text));
});

describe(sensitivity, () => {
  const scenario = {
    name: "s",
    description: "",
    endYear: 2030,
    runs: 60,
    seed: 3,
    levers: { ...NEUTRAL_LEVERS, from: 2026, exportControlStrictness: 2 },
    parameters: {},
  };
  it.skipIf(!HAS_SNAPSHOT)(
    "orders the rows by the swing of the lag and moves China's share the right way with its investment",
    async () => {
      const report = await sensitivity(scenario, calibrationTargets(), { year: 2030, runs: 60 });
      const swings = report.rows.map((row) => Math.abs(row.high.lagMonths - row.low.lagMonths));
      expect(swings).toEqual([...swings].sort((a, b) => b - a));
      const china = report.rows.find((row) => row.id === "investment.china")!;
      expect(china.high.chinaShare).toBeGreaterThan(china.low.chinaShare);
      const controls = report.rows.find((row) => row.id === "exportControls")!;
      expect(controls.high.chinaShare).toBeLessThan(controls.low.chinaShare);
      expect(sensitivityMarkdown(report)).toMatch(/\| lever `exportControls` \| 0 \| 4 \|/);
    },
  );

  it("refuses a year outside the scenario's forecast", async () => {
    await expect(sensitivity(scenario, [], { year: 2026, runs: 10 })).rejects.toThrow(/year 2026 must lie after 2026/);
  });
});
