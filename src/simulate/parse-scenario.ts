import { z } from "zod";
import { parseYamlWithPositions } from "../domain/yaml-positions.js";
import { MAX_STRICTNESS } from "./export-controls.js";
import { NEUTRAL_LEVERS } from "./levers.js";
import { PARAM_INDEX } from "./params/index.js";
import type { Scenario } from "./scenario.js";

/** Named export-control levels a scenario may use instead of a number (see export-controls.ts). */
export const STRICTNESS_NAMES = {
  none: 0,
  "rules-2022": 1,
  "rules-2023": 2,
  strict: 3,
  "strict-sme-cloud": 4,
} as const;

const fraction = z.number().min(0).max(1);
const multiplier = z.number().min(0).max(10);
const range = (schema: z.ZodNumber) =>
  z.tuple([schema, schema]).refine(([low, high]) => low <= high, { message: "first value must not exceed the second" });
const perBloc = (value: z.ZodNumber) =>
  z.strictObject({ us: value.optional(), china: value.optional(), eu: value.optional(), row: value.optional() });

const leversSchema = z.strictObject({
  from: z.number().min(2015).max(2100).optional(),
  exportControls: z
    .union([
      z.number().min(0).max(MAX_STRICTNESS),
      z.enum(Object.keys(STRICTNESS_NAMES) as [keyof typeof STRICTNESS_NAMES]),
    ])
    .optional(),
  investment: perBloc(multiplier).optional(),
  regulation: perBloc(fraction).optional(),
  openWeights: fraction.optional(),
  talentToUs: multiplier.optional(),
  raceIntensity: z.number().min(0).max(5).optional(),
  computeCapFlop: z.number().positive().nullable().optional(),
  shocks: z
    .strictObject({
      taiwan: z
        .strictObject({
          probabilityPerYear: fraction.optional(),
          year: z.number().min(2015).max(2100).nullable().optional(),
          supplyFactor: range(fraction).optional(),
          durationYears: range(z.number().min(0.25).max(20)).optional(),
        })
        .optional(),
      theftProbabilityPerYear: fraction.optional(),
    })
    .optional(),
});

/** A scenario's fields as written (YAML file or JSON body); the API's contract describes request bodies with it. */
export const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().default(""),
  horizon: z.number().int().min(2016).max(2100).default(2040),
  runs: z.number().int().min(1).max(100_000).default(2000), // ~4.4 kB of outputs per run
  seed: z.number().int().min(0).max(4294967295).default(1),
  levers: leversSchema.default({}),
  parameters: z
    .record(z.string(), z.number())
    .default({})
    .superRefine((overrides, context) => {
      for (const id of Object.keys(overrides))
        if (PARAM_INDEX[id] === undefined)
          context.addIssue({ code: "custom", path: [id], message: `unknown parameter "${id}"` });
    }),
});

export type ScenarioSpec = z.input<typeof scenarioSchema>;

/** A scenario file that failed validation: every problem names its field path and YAML line. */
export class ScenarioError extends Error {
  constructor(
    readonly problems: readonly { readonly path: string; readonly line: number | null; readonly message: string }[],
    source: string,
  ) {
    super(
      `${source}: invalid scenario\n` +
        problems
          .map((p) => `  ${source}${p.line === null ? "" : `:${p.line}`} ${p.path || "(root)"}: ${p.message}`)
          .join("\n"),
    );
    this.name = "ScenarioError";
  }
}

/** Parses and validates scenario YAML; `source` (e.g. a file name) prefixes error messages. */
export function parseScenario(text: string, source = "scenario"): Scenario {
  const yaml = parseYamlWithPositions(text);
  if (yaml.errors.length > 0)
    throw new ScenarioError(
      yaml.errors.map((error) => ({ path: "", line: error.line, message: error.message })),
      source,
    );
  return validateScenario(yaml.value() ?? {}, source, (path) => yaml.lineOf(path));
}

/**
 * Validates scenario fields already read (a JSON object): the same checks and field paths as a YAML file,
 * without lines, and without running a YAML parser over JSON (many times slower on a large body).
 */
export function parseScenarioObject(value: unknown, source = "scenario"): Scenario {
  return validateScenario(value, source, () => null);
}

function validateScenario(
  value: unknown,
  source: string,
  lineOf: (path: readonly PropertyKey[]) => number | null,
): Scenario {
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) {
    throw new ScenarioError(
      parsed.error.issues.map((issue) => ({
        path: issue.path.join("."),
        // An unknown key is placed at its own line, not at its parent's.
        line: lineOf(issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path),
        message: issue.message,
      })),
      source,
    );
  }
  return normalizeScenario(parsed.data);
}

function normalizeScenario(spec: z.output<typeof scenarioSchema>): Scenario {
  const levers = spec.levers;
  const neutral = NEUTRAL_LEVERS;
  const controls = levers.exportControls;
  return {
    name: spec.name,
    description: spec.description,
    endYear: spec.horizon,
    runs: spec.runs,
    seed: spec.seed,
    parameters: spec.parameters,
    levers: {
      from: levers.from ?? neutral.from,
      exportControlStrictness:
        controls === undefined
          ? neutral.exportControlStrictness
          : typeof controls === "number"
            ? controls
            : STRICTNESS_NAMES[controls],
      investment: { ...neutral.investment, ...definedOnly(levers.investment) },
      regulation: { ...neutral.regulation, ...definedOnly(levers.regulation) },
      openWeights: levers.openWeights ?? neutral.openWeights,
      talentToUs: levers.talentToUs ?? neutral.talentToUs,
      raceIntensity: levers.raceIntensity ?? neutral.raceIntensity,
      computeCapFlop: levers.computeCapFlop ?? neutral.computeCapFlop,
      taiwan: { ...neutral.taiwan, ...definedOnly(levers.shocks?.taiwan) },
      theftProbabilityPerYear: levers.shocks?.theftProbabilityPerYear ?? neutral.theftProbabilityPerYear,
    },
  };
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
