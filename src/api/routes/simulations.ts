/**
 * The scenario simulator over HTTP (issue 6): run a scenario (YAML or JSON) on the worker-thread pool,
 * calibrated on targets computed from the knowledge base; the presets, the parameters with their sources,
 * the calibration targets, and the back-test (computed once per server).
 */
import { availableParallelism } from "node:os";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { YAMLError } from "yaml";
import { loadObservations, type StoreObservations } from "../../db/queries/observations.js";
import { simulationTargets, type SimulationTarget } from "../../indicators/calibration-targets.js";
import { countedModels, type CountedModel } from "../../indicators/count-targets.js";
import {
  sensitivity,
  type SensitivityReport,
  DEFAULT_BACKTEST,
  OUTPUT_QUANTITIES,
  PARAMETERS,
  parseScenario,
  parseScenarioObject,
  ScenarioError,
  type BacktestReport,
  type Scenario,
} from "../../simulate/index.js";
import { OUTPUT_UNITS, simulationAnswer } from "../../simulate/answer.js";
import { backtestOffThread, REPORT_RETRY_AFTER_SECONDS, reportWithin } from "../report-thread.js";
import { createSimulationPool, type SimulationPool } from "../simulation-pool.js";
import { simulationsContract } from "../../contract/simulations.js";
import type { ApiContext } from "../context.js";
import { FairQueue } from "../fair-queue.js";
import { bodyText, parseOffThread } from "../hardening/parse-thread.js";
import { loadPreset, loadPresets, type Preset } from "../simulation-presets.js";
import { storeMemo } from "../store-memo.js";

/** One request may simulate at most this many run-years (runs x simulated years): 5,000 runs to 2040. */
export const MAX_RUN_YEARS = 130_000;
/** The sensitivity analysis the page shows: the baseline in 2030, 500 runs per setting (~100 settings). */
const SENSITIVITY = { year: 2030, runs: 500 } as const;
/** Requests waiting for the pool beyond this (in all, or of one client) are turned away with 503, not queued. */
const MAX_WAITING = 8;
const MAX_WAITING_PER_CLIENT = 2;

/** One problem with a scenario, named by its field path ("levers.exportControls") and, for YAML, its line. */
export interface ScenarioIssue {
  readonly parameter: string;
  readonly line: number | null;
  readonly message: string;
}

export type ParsedScenario =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** The budget check every caller of the API gets: runs x years within MAX_RUN_YEARS. */
export function runBudgetIssue(scenario: Scenario): ScenarioIssue | null {
  const years = scenario.endYear - 2014;
  if (scenario.runs * years <= MAX_RUN_YEARS) return null;
  const allowed = Math.floor(MAX_RUN_YEARS / years);
  return {
    parameter: "runs",
    line: null,
    message: `at most ${allowed} runs to ${scenario.endYear} per request (runs x years <= ${MAX_RUN_YEARS}); use \`wedloop simulate\` for more`,
  };
}

/** A request body: scenario YAML as text, or the same fields as a JSON object. */
export function parseScenarioBody(body: unknown): ParsedScenario {
  const isText = typeof body === "string";
  if (!isText && (body === null || typeof body !== "object" || Array.isArray(body))) {
    return {
      ok: false,
      issues: [
        {
          parameter: "body",
          line: null,
          message:
            "send the scenario as YAML (content-type text/yaml) or as a JSON object with the fields of a scenario file",
        },
      ],
    };
  }
  try {
    // The same schema and field paths for both; lines only mean something for YAML.
    const scenario = isText ? parseScenario(body, "body") : parseScenarioObject(body, "body");
    const budget = runBudgetIssue(scenario);
    return budget ? { ok: false, issues: [budget] } : { ok: true, scenario };
  } catch (error) {
    // The YAML parser throws these for an alias without its anchor, too many aliases, or too deep a document.
    if (error instanceof ReferenceError || error instanceof RangeError || error instanceof YAMLError)
      return { ok: false, issues: [{ parameter: "body", line: null, message: `not readable YAML: ${error.message}` }] };
    if (!(error instanceof ScenarioError)) throw error;
    return {
      ok: false,
      issues: error.problems.map((problem) => ({
        parameter: problem.path || "body",
        line: isText ? problem.line : null,
        message: problem.message,
      })),
    };
  }
}

/**
 * A report computed once per server that is not ready yet: 202 Accepted, come back later (the work goes on
 * meanwhile). Not a 503: the server is not unavailable, the answer is simply not done.
 */
function stillComputing(reply: FastifyReply, what: string) {
  return reply
    .code(202)
    .header("retry-after", String(REPORT_RETRY_AFTER_SECONDS))
    .send({
      status: "computing" as const,
      message: `${what} is computed once per server and is not ready yet; try again in ${REPORT_RETRY_AFTER_SECONDS} s`,
    });
}

function badRequest(reply: FastifyReply, issues: readonly ScenarioIssue[]) {
  const first = issues[0]!;
  return reply.code(400).send({
    error: "bad_request",
    parameter: first.parameter,
    message: `${first.parameter}: ${first.message}`,
    issues,
  });
}

export function registerSimulationRoutes(app: FastifyInstance, context: ApiContext): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const memo = storeMemo(context);
  let presets: Promise<Preset[]> | null = null;
  let pool: SimulationPool | null = null;
  const queue = new FairQueue({ waiting: MAX_WAITING, perClient: MAX_WAITING_PER_CLIENT });

  const storeObservations = () => memo<StoreObservations>("observations", () => loadObservations(context.db));
  const calibrationTargets = () =>
    memo<SimulationTarget[]>("targets", () => storeObservations().then(simulationTargets));
  const populationModels = () => memo<CountedModel[]>("models", () => storeObservations().then(countedModels));
  const sourceOf =
    "Wedloop scenario simulator (docs/simulation.md): parameters with sources at /api/v1/simulations/parameters; calibration targets from the knowledge base at /api/v1/simulations/targets.";

  app.addHook("onClose", async () => {
    await pool?.close();
  });

  typed.post(
    "/api/v1/simulations",
    {
      schema: {
        summary: `Runs a scenario (YAML as text/yaml, or a JSON object with the same fields; see /api/v1/simulations/presets), history-matched on the knowledge base: percentiles 5/25/50/75/95 per bloc and year, the chance that China's largest training run exceeds the US's, the calibration summary and the parameters' sources. At most ${MAX_RUN_YEARS.toLocaleString("en")} run-years (runs x years) per request.`,
        tags: ["simulations"],
        ...simulationsContract.run,
      },
      // The body is validated once, with the contract's schema, by the scenario parser on the parse thread
      // (bodyOffThread), so that a 400 names the field path and, for YAML, the line.
      config: { bodyOffThread: true },
    },
    async (request, reply) => {
      const parsed = await parseOffThread(request.ip, { kind: "scenario", ...bodyText(request) });
      if (!parsed.ok) return badRequest(reply, parsed.issues);
      // A client with its share of the line already waiting is asked to slow down (429); a line full of
      // other clients' work is the server's limit (503). Either way nothing is queued beyond the bound.
      if (!queue.accepts(request.ip))
        return queue.clientWaiting(request.ip)
          ? reply
              .code(429)
              .header("retry-after", "5")
              .send({
                error: "rate_limited",
                message: `at most ${MAX_WAITING_PER_CLIENT} of your simulations may wait at once; try again when one is done`,
              })
          : reply.code(503).header("retry-after", "5").send({
              error: "busy",
              message: "the simulator is busy with other requests; try again in a few seconds",
            });
      const [scenarioTargets, models] = await Promise.all([calibrationTargets(), populationModels()]);
      const result = await queue.run(request.ip, () => {
        pool ??= createSimulationPool(Math.min(2, availableParallelism()));
        return pool.run(parsed.scenario, {
          targets: scenarioTargets.filter((target) => target.year <= parsed.scenario.endYear),
          models,
        });
      });
      reply.header("x-attribution", context.attribution);
      return { data: simulationAnswer(result), source: sourceOf, attribution: context.attribution };
    },
  );

  typed.get(
    "/api/v1/simulations/presets",
    {
      schema: {
        summary: "The preset scenarios: name, description, the YAML file and the normalised scenario of each",
        tags: ["simulations"],
        ...simulationsContract.presets,
      },
    },
    async () => {
      const loaded = await (presets ??= loadPresets());
      return {
        data: loaded.map((preset) => ({
          name: preset.name,
          description: preset.scenario.description,
          yaml: preset.yaml,
          scenario: preset.scenario,
        })),
      };
    },
  );

  typed.get(
    "/api/v1/simulations/parameters",
    {
      schema: {
        summary:
          "Every model parameter: value, prior distribution, 90% interval, unit, source and confidence (P primary, S secondary, R recalled, J judgement)",
        tags: ["simulations"],
        ...simulationsContract.parameters,
      },
    },
    async () => ({
      data: PARAMETERS,
      quantities: OUTPUT_QUANTITIES.map((quantity) => ({ id: quantity, unit: OUTPUT_UNITS[quantity] })),
    }),
  );

  typed.get(
    "/api/v1/simulations/targets",
    {
      schema: {
        summary:
          "The calibration targets: series computed from the knowledge base (with source id and indicator) and published facts, each with its tolerance; and the notable models per bloc (year, compute) the answer's counts learn their population from",
        tags: ["simulations"],
        ...simulationsContract.targets,
      },
    },
    async (_request, reply) => {
      reply.header("x-attribution", context.attribution);
      const [data, models] = await Promise.all([calibrationTargets(), populationModels()]);
      return { data, models, snapshot_id: context.snapshotId, attribution: context.attribution };
    },
  );

  typed.get(
    "/api/v1/simulations/sensitivity",
    {
      schema: {
        summary: `One-at-a-time sensitivity of the baseline preset in ${SENSITIVITY.year}: each drawn parameter held at the ends of its 90% interval and each lever at a low and a high setting; China's lag (training compute and effective compute), share of the world's compute and runs in which its largest run has passed the US's, largest swing first (${SENSITIVITY.runs} runs per setting; computed once per server)`,
        tags: ["simulations"],
        ...simulationsContract.sensitivity,
      },
    },
    async (_request, reply) => {
      const sensitivityReport = memo<SensitivityReport>("sensitivity", () =>
        Promise.all([calibrationTargets(), loadPreset("baseline")]).then(([loaded, preset]) =>
          // On the worker threads, one setting at a time, so the server keeps answering meanwhile.
          sensitivity(
            preset.scenario,
            loaded.filter((target) => target.year <= SENSITIVITY.year),
            SENSITIVITY,
            (scenario, targets) => {
              pool ??= createSimulationPool(Math.min(2, availableParallelism()));
              return pool.run(scenario, { targets });
            },
          ),
        ),
      );
      const report = await reportWithin(sensitivityReport);
      if (report === null) return stillComputing(reply, "the sensitivity analysis");
      reply.header("x-attribution", context.attribution);
      return { data: report, source: sourceOf, attribution: context.attribution };
    },
  );

  typed.get(
    "/api/v1/simulations/backtest",
    {
      schema: {
        summary: `The rolling-origin back-test: fitted on the targets up to each origin ${DEFAULT_BACKTEST.origins[0]}-${DEFAULT_BACKTEST.origins.at(-1)} with the real export-control dates, forecast 1-${DEFAULT_BACKTEST.maxHorizon} years ahead; pooled coverage of the 50/80/90% bands, CRPS per series against a random walk with drift and a log-linear trend, bias per bloc, with the shipped model discrepancy (${DEFAULT_BACKTEST.runs} runs, seed ${DEFAULT_BACKTEST.seed}; computed once per server)`,
        tags: ["simulations"],
        ...simulationsContract.backtest,
      },
    },
    async (_request, reply) => {
      const backtestReport = memo<BacktestReport>("backtest", () => storeObservations().then(backtestOffThread));
      const report = await reportWithin(backtestReport);
      if (report === null) return stillComputing(reply, "the back-test");
      reply.header("x-attribution", context.attribution);
      return { data: report, snapshot_id: context.snapshotId, attribution: context.attribution };
    },
  );
}
