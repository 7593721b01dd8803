import { describe, expect, it } from "vitest";
import { MAX_RUN_YEARS } from "../../src/api/routes/simulations.js";
import type { SimulationAnswer } from "../../src/simulate/answer.js";
import {
  BLOCS,
  LEVER_SETTINGS,
  PARAMETERS,
  PRESET_NAMES,
  type BacktestReport,
  type SensitivityReport,
} from "../../src/simulate/index.js";
import { useTestApi } from "../support/harness.js";
import { testStores } from "../support/stores.js";

type Json = Record<string, unknown>;

// Small runs keep the suite short; the engine's own tests cover the statistics.
const SMALL_YAML = `name: small
horizon: 2030
runs: 200
seed: 11
levers:
  exportControls: strict-sme-cloud
  investment: { eu: 2 }
`;

describe.each(testStores())("the simulator API on $name", (testStore) => {
  const api = useTestApi(testStore);

  const post = async (
    payload: string | Json,
    contentType = typeof payload === "string" ? "text/yaml" : "application/json",
  ) => {
    const response = await api.app.inject({
      method: "POST",
      url: "/api/v1/simulations",
      payload,
      headers: { "content-type": contentType },
    });
    return { status: response.statusCode, json: () => JSON.parse(response.body) as Json };
  };
  const get = async (url: string) => {
    const response = await api.app.inject(url);
    return { status: response.statusCode, json: () => JSON.parse(response.body) as Json };
  };

  it("runs a YAML scenario: percentiles per bloc and year, P(China > US) per year, calibration on the knowledge base, parameter sources", async () => {
    const response = await post(SMALL_YAML);
    expect(response.status).toBe(200);
    const answer = response.json().data as SimulationAnswer;
    expect(answer.years).toEqual(Array.from({ length: 16 }, (_, i) => 2015 + i));
    for (const bloc of BLOCS) {
      const band = answer.series.computeStock[bloc];
      for (let i = 0; i < answer.years.length; i++) {
        expect(band.p5[i]!).toBeLessThanOrEqual(band.p25[i]!);
        expect(band.p25[i]!).toBeLessThanOrEqual(band.p50[i]!);
        expect(band.p50[i]!).toBeLessThanOrEqual(band.p75[i]!);
        expect(band.p75[i]!).toBeLessThanOrEqual(band.p95[i]!);
      }
    }
    expect(answer.chinaFrontierAboveUs).toHaveLength(answer.years.length);
    for (const p of answer.chinaFrontierAboveUs) expect(p >= 0 && p <= 1).toBe(true);
    // The cumulative chance is a forecast: null (NaN) for the history years, never falling from 2026.
    const passed = answer.chinaFrontierPassedUsBy as (number | null)[];
    expect(passed.slice(0, 11)).toEqual(Array(11).fill(null));
    for (let i = 12; i < passed.length; i++) expect(passed[i]!).toBeGreaterThanOrEqual(passed[i - 1]!);
    expect(answer.scenario).toMatchObject({ name: "small", runs: 200, seed: 11, endYear: 2030 });
    expect(answer.scenario.levers.exportControlStrictness).toBe(4);
    expect(answer.calibration.runs).toBe(200);
    expect(answer.calibration.kept).toBeGreaterThan(0);
    const frontier = answer.calibration.targets.filter((check) => check.target.quantity === "frontierTraining");
    expect(frontier.length).toBeGreaterThanOrEqual(10);
    expect(
      frontier.every((check) => (check.target as { sourceId?: string }).sourceId === "epoch-notable-ai-models"),
    ).toBe(true);
    expect(answer.parameters).toHaveLength(PARAMETERS.length);
    expect(answer.parameters.every((parameter) => parameter.source !== "" && !parameter.held)).toBe(true);
    expect(answer.units.computeStock).toBe("H100e");
  }, 60_000);

  it("gives the same answer for the same seed, as YAML or JSON", async () => {
    const json = {
      name: "small",
      horizon: 2030,
      runs: 200,
      seed: 11,
      levers: { exportControls: "strict-sme-cloud", investment: { eu: 2 } },
    };
    const [fromYaml, fromJson] = [
      (await post(SMALL_YAML)).json().data as SimulationAnswer,
      (await post(json)).json().data as SimulationAnswer,
    ];
    expect(fromJson.series).toEqual(fromYaml.series);
    expect(fromJson.counts).toEqual(fromYaml.counts);
    expect((await post({ ...json, parameters: { algorithmicGrowth: 3 } })).json().data).toMatchObject({
      parameters: expect.arrayContaining([expect.objectContaining({ id: "algorithmicGrowth", value: 3, held: true })]),
    });
  }, 60_000);

  it("counts models per bloc after the last observed year, learned from the store's notable models", async () => {
    const { counts } = (await post(SMALL_YAML)).json().data as SimulationAnswer;
    expect(counts).not.toBeNull();
    expect(counts!.origin).toBe(2025);
    expect(counts!.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    for (const metric of ["notableModels", "modelsAbove1e25", "modelsAbove1e26"] as const)
      for (const bloc of ["us", "china", "eu", "total"] as const) {
        const band = counts!.series[metric][bloc];
        band.p50.forEach((median, y) => {
          expect(band.p5[y]!).toBeLessThanOrEqual(median);
          expect(median).toBeLessThanOrEqual(band.p95[y]!);
          expect(Number.isInteger(band.p5[y]) && band.p5[y]! >= 0).toBe(true);
        });
      }
    const { modelsAbove1e25, modelsAbove1e26 } = counts!.series;
    modelsAbove1e26.total.p50.forEach((median, y) => expect(median).toBeLessThanOrEqual(modelsAbove1e25.total.p50[y]!));
  }, 60_000);

  it("runs a preset as served by the presets endpoint", async () => {
    const presets = (await get("/api/v1/simulations/presets")).json().data as {
      name: string;
      description: string;
      yaml: string;
      scenario: { runs: number; seed: number };
    }[];
    expect(presets.map((preset) => preset.name)).toEqual([...PRESET_NAMES]);
    for (const preset of presets) {
      expect(preset.description).not.toBe("");
      expect(preset.yaml).toContain(`name: ${preset.name}`);
    }
    const strict = presets.find((preset) => preset.name === "strict-controls")!;
    const response = await post(
      strict.yaml.replace(/^runs: \d+$/m, "runs: 300").replace(/^horizon: \d+$/m, "horizon: 2030"),
    );
    expect(response.status).toBe(200);
    expect((response.json().data as SimulationAnswer).scenario).toMatchObject({
      name: "strict-controls",
      runs: 300,
      seed: strict.scenario.seed,
    });
  }, 60_000);

  it.each([
    { body: "name: bad\nlevers:\n  exportControls: harsh\n", parameter: "levers.exportControls", line: 3 },
    { body: "name: bad\nlevers:\n  openWeights: 2\n", parameter: "levers.openWeights", line: 3 },
    { body: "name: bad\nhorizon: 2040\nruns: 6000\n", parameter: "runs", line: null },
    { body: "name: bad\nlevers:\n  investment: { mars: 2 }\n", parameter: "levers.investment", line: 3 },
    { body: { name: "bad", parameters: { noSuchParameter: 1 } }, parameter: "parameters.noSuchParameter", line: null },
    { body: "name: [unclosed\n", parameter: "body", line: 2 },
  ])("answers 400 naming $parameter for an invalid scenario", async ({ body, parameter, line }) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const json = response.json();
    expect(json.parameter).toBe(parameter);
    expect(json.message).toMatch(new RegExp(`^${parameter.replace(/\./g, "\\.")}: `));
    expect((json.issues as { line: number | null }[])[0]!.line).toBe(line);
  });

  it("caps the runs of one request by run-years", async () => {
    const json = (await post("name: big\nhorizon: 2100\nruns: 2000\n")).json();
    expect(json.parameter).toBe("runs");
    expect(json.message).toContain(String(Math.floor(MAX_RUN_YEARS / 86)));
  });

  it("lists every parameter with value, distribution, 90% interval, unit, source and confidence", async () => {
    const parameters = (await get("/api/v1/simulations/parameters")).json().data as Json[];
    expect(parameters).toHaveLength(PARAMETERS.length);
    for (const parameter of parameters) {
      expect(Object.keys(parameter)).toEqual(
        expect.arrayContaining(["id", "value", "distribution", "interval90", "unit", "source", "confidence"]),
      );
      expect(parameter.source).not.toBe("");
      expect(["P", "S", "R", "J"]).toContain(parameter.confidence);
    }
  });

  it("lists the calibration targets with the source id of those computed from the knowledge base", async () => {
    const targets = (await get("/api/v1/simulations/targets")).json().data as {
      bloc: string;
      quantity: string;
      sourceId: string | null;
      indicator: string | null;
      source: string;
    }[];
    expect(
      targets.some(
        (target) =>
          target.bloc === "china" && target.quantity === "frontierTraining" && target.indicator === "frontier-compute",
      ),
    ).toBe(true);
    expect(
      targets.some(
        (target) =>
          target.bloc === "us" && target.quantity === "worldShare" && target.sourceId === "epoch-gpu-clusters",
      ),
    ).toBe(true);
    expect(targets.every((target) => target.source !== "")).toBe(true);
  });

  it("lists the notable models per bloc the answer's counts learn their population from", async () => {
    const models = (await get("/api/v1/simulations/targets")).json().models as {
      bloc: string;
      year: number;
      computeFlop: number | null;
    }[];
    expect(new Set(models.map((model) => model.bloc))).toEqual(new Set(["us", "china", "eu"]));
    expect(models.some((model) => model.computeFlop !== null && model.computeFlop > 1e25)).toBe(true);
    expect(models.some((model) => model.computeFlop === null)).toBe(true);
  });

  it("reports the rolling-origin back-test of the shipped model: pooled coverage, CRPS against both baselines, bias", async () => {
    // Computed once per server on a thread of its own; a request that comes too early is told to come back.
    let first = await get("/api/v1/simulations/backtest");
    while (first.status === 202 && first.json().status === "computing") {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      first = await get("/api/v1/simulations/backtest");
    }
    expect(first.status).toBe(200);
    const report = first.json().data as BacktestReport;
    expect(report.origins).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(report.learned).toBe(false);
    expect(report.points.length).toBeGreaterThan(50);
    expect(report.points.every((point) => point.target.year > point.origin)).toBe(true);
    const bands = report.coverage.model.bands;
    for (const band of [bands.band50, bands.band80, bands.band90])
      expect(band.share >= 0 && band.share <= 1).toBe(true);
    expect(bands.band50.share).toBeLessThanOrEqual(bands.band90.share);
    const us = report.series.find((s) => s.bloc === "us" && s.quantity === "frontierTraining")!;
    expect(us.randomWalk.points).toBeGreaterThan(0);
    expect(us.trend.points).toBeGreaterThan(0);
    expect(report.bias.map((b) => b.bloc)).toEqual(["us", "china", "eu"]);
    expect((await get("/api/v1/simulations/backtest")).json().data).toEqual(report);
  }, 60_000);

  // Computed once per server at 500 runs per setting (slow): checked on one store only.
  it.runIf(testStore.name === "sqlite")(
    "answers the one-at-a-time sensitivity of the baseline in 2030: every lever and drawn parameter, largest swing first",
    async () => {
      const response = await get("/api/v1/simulations/sensitivity");
      expect(response.status).toBe(200);
      const report = response.json().data as SensitivityReport;
      expect(report).toMatchObject({ year: 2030, runs: 500 });
      const ids = report.rows.map((row) => row.id);
      for (const lever of LEVER_SETTINGS) expect(ids).toContain(lever.id);
      const drawn = PARAMETERS.filter((spec) => spec.distribution.kind !== "fixed").map((spec) => spec.id);
      for (const id of drawn) expect(ids).toContain(id);
      const swings = report.rows.map((row) => Math.abs(row.high.lagMonths - row.low.lagMonths));
      expect(swings).toEqual([...swings].sort((a, b) => b - a));
      for (const outcome of [report.base, ...report.rows.flatMap((row) => [row.low, row.high])]) {
        expect(outcome.kept).toBeGreaterThan(0);
        expect(outcome.passed).toBeGreaterThanOrEqual(0);
        expect(outcome.passed).toBeLessThanOrEqual(outcome.kept);
        expect(outcome.chinaShare > 0 && outcome.chinaShare < 1).toBe(true);
      }
      const controls = report.rows.find((row) => row.id === "exportControls")!;
      expect(controls.high.chinaShare).toBeLessThan(controls.low.chinaShare);
      expect((await get("/api/v1/simulations/sensitivity")).json().data).toEqual(report);
    },
    600_000,
  );
});
