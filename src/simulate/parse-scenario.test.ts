import { describe, expect, it } from "vitest";
import { loadPresets } from "../api/simulation-presets.js";
import { PRESET_NAMES } from "./presets.js";
import { parseScenario, ScenarioError } from "./parse-scenario.js";

describe(parseScenario, () => {
  it("fills defaults for a minimal scenario", () => {
    const scenario = parseScenario("name: minimal\n");
    expect(scenario).toMatchObject({ name: "minimal", endYear: 2040, runs: 2000, seed: 1 });
    expect(scenario.levers.investment).toEqual({ us: 1, china: 1, eu: 1, row: 1 });
  });

  it("reads named export-control levels and partial per-bloc levers", () => {
    const scenario = parseScenario(
      [
        "name: strict",
        "levers:",
        "  exportControls: strict-sme-cloud",
        "  investment: { eu: 3 }",
        "  shocks:",
        "    taiwan: { year: 2028 }",
      ].join("\n"),
    );
    expect(scenario.levers.exportControlStrictness).toBe(4);
    expect(scenario.levers.investment).toEqual({ us: 1, china: 1, eu: 3, row: 1 });
    expect(scenario.levers.taiwan).toMatchObject({ year: 2028, supplyFactor: [0.1, 0.5] });
  });

  it.each([
    {
      name: "an out-of-range lever",
      yaml: "name: x\nlevers:\n  openWeights: 2\n",
      path: "levers.openWeights",
      line: 3,
    },
    { name: "an unknown lever", yaml: "name: x\nlevers:\n  exportControl: 2\n", path: "levers", line: 3 },
    {
      name: "an unknown bloc",
      yaml: "name: x\nlevers:\n  investment:\n    japan: 2\n",
      path: "levers.investment",
      line: 4,
    },
    {
      name: "an unknown control level",
      yaml: "name: x\nlevers:\n  exportControls: total\n",
      path: "levers.exportControls",
      line: 3,
    },
    {
      name: "a reversed range",
      yaml: "name: x\nlevers:\n  shocks:\n    taiwan:\n      supplyFactor: [0.5, 0.1]\n",
      path: "levers.shocks.taiwan.supplyFactor",
      line: 5,
    },
    { name: "a fractional run count", yaml: "name: x\nruns: 10.5\n", path: "runs", line: 2 },
    { name: "a missing name", yaml: "runs: 10\n", path: "name", line: 1 },
    {
      name: "an unknown parameter",
      yaml: "name: x\nparameters:\n  warpSpeed: 9\n",
      path: "parameters.warpSpeed",
      line: 3,
    },
    { name: "broken YAML", yaml: "name: x\nlevers: [1, 2\n", path: "", line: 3 },
  ])("rejects $name, naming the field and line", ({ yaml, path, line }) => {
    let error: unknown;
    try {
      parseScenario(yaml, "my.yaml");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const problem = (error as ScenarioError).problems[0]!;
    expect(problem.path).toBe(path);
    expect(problem.line).toBe(line);
    expect((error as Error).message).toContain(`my.yaml:${line}`);
  });
});

describe("presets", () => {
  it("all parse, and differ from the baseline only where their description says", async () => {
    const presets = Object.fromEntries((await loadPresets()).map((preset) => [preset.name, preset.scenario]));
    expect(Object.keys(presets)).toEqual([...PRESET_NAMES]);
    const baseline = presets.baseline!;
    expect(presets["strict-controls"]!.levers.exportControlStrictness).toBeGreaterThan(
      baseline.levers.exportControlStrictness,
    );
    expect(presets["eu-invests-3x"]!.levers.investment.eu).toBe(3 * baseline.levers.investment.eu);
    expect(presets["open-weights-everywhere"]!.levers.openWeights).toBe(1);
    expect(presets["supply-shock"]!.levers.taiwan.year).toBe(2028);
    for (const preset of Object.values(presets)) expect(preset.seed).toBe(baseline.seed);
  });
});
