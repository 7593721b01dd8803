/**
 * The AI-regulation engine over HTTP: an assessment of a system profile on a date (optionally compared
 * with a second date), the catalogue with each regime's timeline and the comparison matrix, and the models
 * in the store above the compute thresholds the rules name.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { modelsAboveCompute } from "../../db/queries/threshold-models.js";
import {
  COMPUTE_CONFIDENCES,
  COMPUTE_THRESHOLDS,
  isoDaySchema,
  JURISDICTIONS,
  modelsAboveThresholds,
  obligationsAnswer,
  parseProfile,
  profileSchema,
  regimeTimeline,
  regulationCatalogue,
  REGULATORY_REGIMES,
  unconfirmedRules,
  validateProfile,
  type ComputeConfidence,
  type IsoDay,
  type Jurisdiction,
  type RegulatoryRegime,
  type SystemProfile,
  type Text,
} from "../../rules/ai-regulation/index.js";
import { regulationContract } from "../../contract/regulation.js";
import type { ApiContext } from "../context.js";
import { loadRegulationTables } from "../regulation-tables.js";
import { bodyText, parseOffThread } from "../hardening/parse-thread.js";
import { commaList } from "../query-params.js";

/** One problem with a request body, named by its dotted path ("profile.markets.0.jurisdiction"). */
export interface BodyIssue {
  readonly parameter: string;
  readonly message: string;
}

const envelopeSchema = z.strictObject({
  profile: z.record(z.string(), z.unknown(), { error: "a system profile object (see docs/ai-regulation.md)" }),
  date: isoDaySchema,
  diff_date: isoDaySchema.optional(),
});

/** Validates a POST body; issues name the full field path so a form can point at the field. */
export function parseObligationsBody(
  body: unknown,
): { ok: true; profile: SystemProfile; date: IsoDay; diffDate?: IsoDay } | { ok: false; issues: BodyIssue[] } {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) {
    const issues = envelope.error.issues.flatMap((issue): BodyIssue[] => {
      const path = issue.path.map(String).join(".");
      if (issue.code === "unrecognized_keys")
        return issue.keys.map((key) => ({
          parameter: key,
          message: `unknown field "${key}"; the body takes profile, date and diff_date`,
        }));
      return [{ parameter: path || "body", message: issue.message }];
    });
    return { ok: false, issues };
  }
  const profile = validateProfile(envelope.data.profile);
  if (!profile.ok)
    return {
      ok: false,
      issues: profile.issues.map((issue) => ({
        parameter: issue.path === "" ? "profile" : `profile.${issue.path}`,
        message: issue.message,
      })),
    };
  return {
    ok: true,
    profile: profile.profile,
    date: envelope.data.date,
    ...(envelope.data.diff_date === undefined ? {} : { diffDate: envelope.data.diff_date }),
  };
}

type ParsedObligations = ReturnType<typeof parseObligationsBody>;

const yamlQuery = z.strictObject({
  date: isoDaySchema.optional().describe("With a YAML profile: the day of the assessment (as `--at` of the CLI)"),
  diff_date: isoDaySchema.optional().describe("With a YAML profile: a second day to compare with (as `--diff-at`)"),
});

/** A profile sent as YAML, the file `wedloop obligations` reads; the dates come in the query as the CLI's flags. */
export function parseObligationsYaml(text: string, query: z.output<typeof yamlQuery>): ParsedObligations {
  if (query.date === undefined)
    return {
      ok: false,
      issues: [{ parameter: "date", message: "required with a YAML profile: ?date=YYYY-MM-DD (the CLI's --at)" }],
    };
  let parsed: ReturnType<typeof parseProfile>;
  try {
    parsed = parseProfile(text, "yaml");
  } catch (error) {
    // The YAML parser throws for an alias without its anchor or too many aliases.
    return { ok: false, issues: [{ parameter: "body", message: `not readable YAML: ${(error as Error).message}` }] };
  }
  if (!parsed.ok)
    return {
      ok: false,
      issues: parsed.issues.map((issue) => ({
        parameter: issue.path === "" ? "profile" : `profile.${issue.path}`,
        message: issue.line === undefined ? issue.message : `line ${issue.line}: ${issue.message}`,
      })),
    };
  return {
    ok: true,
    profile: parsed.profile,
    date: query.date,
    ...(query.diff_date === undefined ? {} : { diffDate: query.diff_date }),
  };
}

function badRequest(reply: FastifyReply, issues: readonly BodyIssue[]) {
  const first = issues[0]!;
  return reply.code(400).send({
    error: "bad_request",
    parameter: first.parameter,
    message: `${first.parameter}: ${first.message}`,
    issues,
  });
}

const jurisdictionFilter = commaList(
  z.enum([...JURISDICTIONS, "US"], {
    error: `jurisdictions such as EU, CN, US or ${JURISDICTIONS.filter((code) => code.startsWith("US-")).join(", ")}`,
  }),
).describe("Comma-separated jurisdictions (EU, CN, US-FED, US-CA, ...; US means every US jurisdiction)");

const inJurisdictions = (wanted: readonly string[] | undefined) => (jurisdiction: Jurisdiction) =>
  wanted === undefined || wanted.includes(jurisdiction) || (wanted.includes("US") && jurisdiction.startsWith("US"));

const regimeOf = (jurisdiction: Jurisdiction): RegulatoryRegime =>
  jurisdiction === "EU" || jurisdiction === "CN" ? jurisdiction : "US";

const COMPUTE_METHOD: Text = {
  en: "Models whose point estimate of training compute exceeds 10^25 FLOP are presumed general-purpose models with systemic risk (Reg (EU) 2024/1689 Art 51(2)) if they are general-purpose models; above 10^26 they also pass the compute test of the US state frontier laws (CA SB 53, NY RAISE; IL SB 315 pending), whose revenue tests come on top. Each threshold verdict is 'uncertain' when the band around the estimate contains the threshold; the band per Epoch confidence label (Confident 3x, Likely 10x, Speculative 30x, Unknown unbounded) is an assumption of Wedloop, not a legal fact.",
  nl: "Modellen waarvan de puntschatting van de trainingsrekenkracht boven 10^25 FLOP ligt, worden vermoed modellen voor algemene doeleinden met systeemrisico te zijn (Verordening (EU) 2024/1689 art. 51(2)) als het modellen voor algemene doeleinden zijn; boven 10^26 halen ze ook de rekenkrachttoets van de Amerikaanse frontierwetten van staten (CA SB 53, NY RAISE; IL SB 315 hangende), waar nog een omzettoets bij komt. Een drempeloordeel is 'onzeker' als de marge rond de schatting de drempel bevat; de marge per betrouwbaarheidslabel van Epoch (Confident 3x, Likely 10x, Speculative 30x, Unknown onbegrensd) is een aanname van Wedloop, geen juridisch feit.",
};

const EU_SYSTEMIC_FLOP = COMPUTE_THRESHOLDS.find((threshold) => threshold.id === "EU-AIA-51-2")!.flop;

export function registerObligationRoutes(app: FastifyInstance, context: ApiContext): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  // Read once when the server starts: a broken rule table stops the start with file:line errors.
  const tables = loadRegulationTables();

  typed.post(
    "/api/v1/obligations",
    {
      schema: {
        summary:
          "What the EU, China and the US demand of one AI system on a date: tier, obligations with status and citation, screens, upcoming deadlines; with diff_date, the changes between the two dates",
        tags: ["regulation"],
        body: z.union([
          envelopeSchema.extend({ profile: profileSchema }),
          z.string().describe("the profile as YAML (content-type text/yaml), with ?date= and ?diff_date="),
        ]),
        querystring: yamlQuery,
        response: regulationContract.obligations,
      },
      // The body is checked again below so that a 400 names the full field path, not only "profile".
      attachValidation: true,
      config: { bodyOffThread: true },
    },
    async (request, reply) => {
      const query = yamlQuery.safeParse(request.query);
      if (!query.success) {
        const issue = query.error.issues[0]!;
        const parameter = issue.code === "unrecognized_keys" ? issue.keys[0]! : issue.path.map(String).join(".");
        return badRequest(reply, [{ parameter, message: issue.message }]);
      }
      const body = bodyText(request);
      if (body.format === "json" && (query.data.date ?? query.data.diff_date) !== undefined)
        return badRequest(reply, [
          { parameter: "date", message: "with a JSON body, date and diff_date go in the body, not the query" },
        ]);
      const parsed = await parseOffThread(request.ip, { kind: "profile", ...body, query: query.data });
      if (!parsed.ok) return badRequest(reply, parsed.issues);
      return { data: obligationsAnswer(tables, parsed.profile, parsed.date, parsed.diffDate) };
    },
  );

  const regulationsQuery = z.strictObject({ jurisdiction: jurisdictionFilter.optional() });
  typed.get(
    "/api/v1/regulations",
    {
      schema: {
        summary:
          "The rule catalogue: instruments, rules with citations and dates, each regime's timeline, the comparison matrix and the rules kept with an unconfirmed mark",
        tags: ["regulation"],
        querystring: regulationsQuery,
        response: regulationContract.regulations,
      },
    },
    async (request) => {
      const keep = inJurisdictions(request.query.jurisdiction);
      const catalogue = regulationCatalogue(tables);
      const regimes = REGULATORY_REGIMES.filter((regime) =>
        JURISDICTIONS.some((jurisdiction) => keep(jurisdiction) && regimeOf(jurisdiction) === regime),
      );
      const pickRegimes = <Value>(record: Readonly<Record<RegulatoryRegime, Value>>) =>
        Object.fromEntries(regimes.map((regime) => [regime, record[regime]]));
      return {
        data: {
          knowledge_cutoff: catalogue.knowledge_cutoff,
          instruments: catalogue.instruments.filter((instrument) => keep(instrument.jurisdiction)),
          rules: catalogue.rules.filter((rule) => keep(rule.jurisdiction)),
          timelines: Object.fromEntries(
            regimes.map((regime) => [regime, catalogue.timelines[regime].filter((entry) => keep(entry.jurisdiction))]),
          ),
          matrix: catalogue.matrix.map((row) => ({ ...row, cells: pickRegimes(row.cells) })),
          approaches: pickRegimes(catalogue.approaches),
          unconfirmed_rule_ids: unconfirmedRules(tables)
            .filter((rule) => keep(rule.jurisdiction))
            .map((rule) => rule.id),
        },
      };
    },
  );

  const timelineQuery = z.strictObject({
    regime: z.enum(REGULATORY_REGIMES, { error: "one of EU, CN, US" }).describe("EU, CN or US"),
  });
  typed.get(
    "/api/v1/regulations/timeline",
    {
      schema: {
        summary: "One regime's dated events and the days its rules start to apply, superseded dates marked",
        tags: ["regulation"],
        querystring: timelineQuery,
        response: regulationContract.timeline,
      },
    },
    async (request) => ({ data: regimeTimeline(tables, request.query.regime), regime: request.query.regime }),
  );

  const thresholdQuery = z.strictObject({
    dataset: z
      .enum(["large_scale", "notable", "frontier"], { error: "one of large_scale, notable, frontier" })
      .default("large_scale")
      .describe("Epoch models dataset (default large_scale)"),
    above: z
      .enum(["eu-systemic", "us-frontier"], { error: "eu-systemic or us-frontier" })
      .optional()
      .describe("Only models above the EU 10^25 presumption or the US 10^26 frontier threshold"),
  });
  typed.get(
    "/api/v1/regulations/models-above-thresholds",
    {
      schema: {
        summary:
          "Models in the store presumed general-purpose models with systemic risk (>10^25 FLOP) and above the US state frontier thresholds (>10^26), with Epoch's confidence in each estimate",
        tags: ["regulation"],
        querystring: thresholdQuery,
        response: regulationContract.modelsAboveThresholds,
      },
    },
    async (request, reply) => {
      const rows = await modelsAboveCompute(context.db, { dataset: request.query.dataset, minFlop: EU_SYSTEMIC_FLOP });
      const rowById = new Map(rows.map((row) => [row.id, row]));
      // A model without a confidence label is classified as "Unknown": its band is unbounded.
      const confidenceOf = (label: string | null): ComputeConfidence =>
        COMPUTE_CONFIDENCES.includes(label as ComputeConfidence) ? (label as ComputeConfidence) : "Unknown";
      const data = modelsAboveThresholds(
        rows.map((row) => ({
          id: row.id,
          name: row.name,
          training_compute_flop: row.training_compute_flop,
          confidence: confidenceOf(row.confidence),
        })),
      )
        .map(({ id, classification }) => ({
          ...rowById.get(id)!,
          eu_systemic_presumed: classification.eu_systemic_presumed,
          above_us_frontier: classification.above_us_frontier,
          thresholds: classification.thresholds.map((result) => ({
            id: result.threshold.id,
            estimate_above: result.estimate_above,
            verdict: result.verdict,
          })),
        }))
        .filter((model) =>
          request.query.above === "us-frontier"
            ? model.above_us_frontier
            : request.query.above === "eu-systemic"
              ? model.eu_systemic_presumed
              : true,
        );
      reply.header("x-attribution", context.attribution);
      return {
        data,
        total: data.length,
        thresholds: COMPUTE_THRESHOLDS,
        method: COMPUTE_METHOD,
        snapshot_id: context.snapshotId,
        snapshot_date: context.snapshotDate,
        attribution: context.attribution,
      };
    },
  );
}
