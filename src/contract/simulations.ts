/**
 * The scenario simulator: a run, the presets, the parameters, the calibration targets, the sensitivity
 * analysis and the back-test. The engine's reports are described by their main fields; their inner
 * structure is the engine's (src/simulate, typed there and shared with the dashboard's in-browser engine).
 */
import { z } from "zod";
import { BLOCS } from "../simulate/blocs.js";
import { scenarioSchema } from "../simulate/parse-scenario.js";
import { OUTPUT_QUANTITIES } from "../simulate/scenario.js";
import { engineNumber, errorBody, list, openRecord } from "./common.js";

const confidence = z.enum(["P", "S", "R", "J"]).describe("P primary, S secondary, R recalled, J judgement");
const quantity = z.enum(OUTPUT_QUANTITIES);
const perBloc = z.record(z.string(), z.unknown()).describe("Bloc -> percentile band (p5, p25, p50, p75, p95)");

export const scenario = openRecord({
  name: z.string(),
  description: z.string(),
  endYear: z.number().int(),
  runs: z.number().int(),
  seed: z.number().int(),
  levers: z.record(z.string(), z.unknown()).describe("The policy levers, normalised (docs/simulation.md)"),
  parameters: z.record(z.string(), z.number()).describe("Parameters held at a value"),
});

export const populationModel = z
  .object({
    bloc: z.enum(BLOCS),
    year: z.number().int(),
    computeFlop: z.number().nullable().describe("Training compute estimate; null when the data has none"),
  })
  .describe("A notable model once per bloc of its developers, as the answer's counts learn their population");

const countBand = z
  .object({ p5: list(engineNumber), p50: list(engineNumber), p95: list(engineNumber) })
  .describe("5th, 50th and 95th percentile of the kept runs, per year of `years`");
const countsPerBloc = z.object({ us: countBand, china: countBand, eu: countBand, total: countBand });

export const modelCounts = openRecord({
  origin: z.number().int().describe("The last observed year: the population is learned from the models up to it"),
  years: list(z.number().int()).describe("Every year after the origin up to the scenario's end"),
  series: z
    .object({
      notableModels: countsPerBloc.describe("Notable models published in the year"),
      modelsAbove1e25: countsPerBloc.describe("Models above 10^25 FLOP published up to the end of the year"),
      modelsAbove1e26: countsPerBloc.describe("Models above 10^26 FLOP published up to the end of the year"),
    })
    .describe("Per metric: US, China, EU and their sum per run (total; a model of two blocs counts for both)"),
});

export const simulationAnswer = openRecord({
  scenario,
  years: list(z.number().int()),
  series: z.record(quantity, perBloc).describe("Percentiles 5/25/50/75/95 per quantity, bloc and year"),
  chinaFrontierAboveUs: list(engineNumber).describe("Share of kept runs in which China's largest run exceeds the US's"),
  chinaFrontierPassedUsBy: list(engineNumber).describe("Share of kept runs in which it has done so by that year"),
  calibration: openRecord({
    runs: z.number().int(),
    kept: z.number().int(),
    fallback: z.boolean(),
    targets: list(z.unknown()),
  }),
  counts: modelCounts
    .nullable()
    .describe(
      "Counts of models drawn per kept run from its anchored largest run (docs/simulation.md, Counts); null without the store's models",
    ),
  units: z.record(quantity, z.string()),
  parameters: list(
    z.object({
      id: z.string(),
      value: z.number(),
      held: z.boolean(),
      unit: z.string(),
      source: z.string(),
      confidence,
    }),
  ),
});

export const parameterSpec = openRecord({
  id: z.string(),
  description: z.string(),
  value: z.number(),
  distribution: z.record(z.string(), z.unknown()).describe("The prior: kind and its parameters"),
  interval90: z.tuple([z.number(), z.number()]).readonly(),
  unit: z.string(),
  source: z.string(),
  confidence,
});

export const calibrationTarget = openRecord({
  year: z.number().int(),
  bloc: z.string(),
  quantity: z.string(),
  value: z.number(),
  tolerance: z.number().describe("One standard error (orders of magnitude for compute quantities)"),
  source: z.string(),
  sourceId: z.string().nullable().describe("The store's source id for targets computed from the knowledge base"),
  indicator: z.string().nullable().describe("The indicator that computes the series, or null for a published fact"),
});

const sensitivityOutcome = openRecord({
  lagMonths: engineNumber,
  effectiveLagMonths: engineNumber,
  chinaShare: engineNumber,
  passed: engineNumber,
  kept: z.number(),
});
export const sensitivityReport = openRecord({
  year: z.number().int(),
  runs: z.number().int(),
  base: sensitivityOutcome,
  rows: list(
    openRecord({
      kind: z.enum(["parameter", "lever"]),
      id: z.string(),
      lowSetting: engineNumber,
      highSetting: engineNumber,
      low: sensitivityOutcome,
      high: sensitivityOutcome,
    }),
  ).describe("Largest swing first"),
});

export const backtestReport = openRecord({
  origins: list(z.number().int()),
  maxHorizon: z.number().int(),
  runs: z.number().int(),
  seed: z.number().int(),
  learned: z.boolean(),
  points: list(z.unknown()).describe("Each forecast point: origin, horizon, target, bands"),
  coverage: z.record(z.string(), z.unknown()).describe("Coverage of the 50/80/90% bands: model and baselines"),
  series: list(z.unknown()).describe("CRPS per series: model, random walk with drift, log-linear trend"),
  bias: list(z.unknown()),
});

const presetRecord = z.object({
  name: z.string(),
  description: z.string(),
  yaml: z.string().describe("The preset's scenario file"),
  scenario,
});

/** A report computed once per server that is not ready yet: accepted, come back after `Retry-After` seconds. */
const stillComputing = z
  .object({ status: z.literal("computing"), message: z.string() })
  .describe("The report is being computed; ask again after the Retry-After header's seconds");

/** POST /api/v1/simulations as JSON: the fields of a scenario file, checked by the simulator's own schema. */
export const scenarioBody = scenarioSchema;
export type ScenarioBody = z.input<typeof scenarioBody>;

/** Each operation's body and answers, spread into its route's schema. */
export const simulationsContract = {
  run: {
    body: z.union([
      z.string().describe("scenario YAML (content-type text/yaml), the file `wedloop simulate` reads"),
      scenarioBody.describe("the same fields as a JSON object"),
    ]),
    response: {
      200: z.object({ data: simulationAnswer, source: z.string(), attribution: z.string() }),
      400: errorBody.extend({
        issues: list(
          z.object({ parameter: z.string(), line: z.number().int().nullable(), message: z.string() }),
        ).optional(),
      }),
      429: errorBody,
      503: errorBody,
    },
  },
  presets: { response: { 200: z.object({ data: list(presetRecord) }) } },
  parameters: {
    response: {
      200: z.object({ data: list(parameterSpec), quantities: list(z.object({ id: quantity, unit: z.string() })) }),
    },
  },
  targets: {
    response: {
      200: z.object({
        data: list(calibrationTarget),
        models: list(populationModel),
        snapshot_id: z.string(),
        attribution: z.string(),
      }),
    },
  },
  sensitivity: {
    response: {
      200: z.object({ data: sensitivityReport, source: z.string(), attribution: z.string() }),
      202: stillComputing,
    },
  },
  backtest: {
    response: {
      200: z.object({ data: backtestReport, snapshot_id: z.string(), attribution: z.string() }),
      202: stillComputing,
    },
  },
} as const;
