/**
 * The AI-regulation engine over HTTP: an assessment of a system profile on a date (optionally compared
 * with a second date), the catalogue with each regime's timeline and the comparison matrix, and the models
 * in the store above the compute thresholds the rules name.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { modelsAboveCompute } from "../../db/queries/threshold-models.js";
import {
  COMPUTE_CONFIDENCES,
  COMPUTE_THRESHOLDS,
  JURISDICTIONS,
  modelsAboveThresholds,
  obligationsAnswer,
  parseProfile,
  regimeTimeline,
  regulationCatalogue,
  REGULATORY_REGIMES,
  unconfirmedRules,
  type ComputeConfidence,
  type IsoDay,
  type Jurisdiction,
  type RegulatoryRegime,
  type SystemProfile,
  type Text,
} from "../../rules/ai-regulation/index.js";
import { obligationsBody, regulationContract, type ObligationsQuery } from "../../contract/regulation.js";
import type { ApiContext } from "../context.js";
import { loadRegulationTables } from "../regulation-tables.js";
import { bodyText, parseOffThread } from "../hardening/parse-thread.js";

/** One problem with a request body, named by its dotted path ("profile.markets.0.jurisdiction"). */
export interface BodyIssue {
  readonly parameter: string;
  readonly message: string;
}

/** Validates a JSON body with the contract's schema; issues name the full field path so a form can point at it. */
export function parseObligationsBody(
  body: unknown,
): { ok: true; profile: SystemProfile; date: IsoDay; diffDate?: IsoDay } | { ok: false; issues: BodyIssue[] } {
  const parsed = obligationsBody.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue): BodyIssue[] => {
      const path = issue.path.map(String);
      if (issue.code !== "unrecognized_keys") return [{ parameter: path.join(".") || "body", message: issue.message }];
      return issue.keys.map((key) => ({
        parameter: [...path, key].join("."),
        message:
          path.length === 0
            ? `unknown field "${key}"; the body takes profile, date and diff_date`
            : `unknown field "${key}"`,
      }));
    });
    return { ok: false, issues };
  }
  const { profile, date, diff_date: diffDate } = parsed.data;
  return { ok: true, profile, date, ...(diffDate === undefined ? {} : { diffDate }) };
}

type ParsedObligations = ReturnType<typeof parseObligationsBody>;

/** A profile sent as YAML, the file `wedloop obligations` reads; the dates come in the query as the CLI's flags. */
export function parseObligationsYaml(text: string, query: ObligationsQuery): ParsedObligations {
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

const inJurisdictions = (wanted: readonly string[] | undefined) => (jurisdiction: Jurisdiction) =>
  wanted === undefined || wanted.includes(jurisdiction) || (wanted.includes("US") && jurisdiction.startsWith("US"));

const regimeOf = (jurisdiction: Jurisdiction): RegulatoryRegime =>
  jurisdiction === "EU" || jurisdiction === "CN" ? jurisdiction : "US";

const COMPUTE_METHOD: Text = {
  en: "Models whose point estimate of training compute exceeds 10²⁵ FLOP are presumed general-purpose models with systemic risk (Reg (EU) 2024/1689 Art 51(2)) if they are general-purpose models; above 10²⁶ they also pass the compute test of the US state frontier laws (CA SB 53, NY RAISE; IL SB 315 pending), whose revenue tests come on top. Each threshold verdict is 'uncertain' when the band around the estimate contains the threshold; the band per Epoch confidence label (Confident 3x, Likely 10x, Speculative 30x, Unknown unbounded) is an assumption of Wedloop, not a legal fact.",
  nl: "Modellen waarvan de puntschatting van de trainingsrekenkracht boven 10²⁵ FLOP ligt, worden vermoed modellen voor algemene doeleinden met systeemrisico te zijn (Verordening (EU) 2024/1689 art. 51(2)) als het modellen voor algemene doeleinden zijn; boven 10²⁶ halen ze ook de rekenkrachttoets van de Amerikaanse frontierwetten van staten (CA SB 53, NY RAISE; IL SB 315 hangende), waar nog een omzettoets bij komt. Een drempeloordeel is 'onzeker' als de marge rond de schatting de drempel bevat; de marge per betrouwbaarheidslabel van Epoch (Confident 3x, Likely 10x, Speculative 30x, Unknown onbegrensd) is een aanname van Wedloop, geen juridisch feit.",
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
        ...regulationContract.obligations,
      },
      // The body is validated once, with the contract's schema, on the parse thread (bodyOffThread).
      config: { bodyOffThread: true },
    },
    async (request, reply) => {
      const body = bodyText(request);
      if (body.format === "json" && (request.query.date ?? request.query.diff_date) !== undefined)
        return badRequest(reply, [
          { parameter: "date", message: "with a JSON body, date and diff_date go in the body, not the query" },
        ]);
      const parsed = await parseOffThread(request.ip, { kind: "profile", ...body, query: request.query });
      if (!parsed.ok) return badRequest(reply, parsed.issues);
      return { data: obligationsAnswer(tables, parsed.profile, parsed.date, parsed.diffDate) };
    },
  );

  typed.get(
    "/api/v1/regulations",
    {
      schema: {
        summary:
          "The rule catalogue: instruments, rules with citations and dates, each regime's timeline, the comparison matrix and the rules kept with an unconfirmed mark",
        tags: ["regulation"],
        ...regulationContract.regulations,
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

  typed.get(
    "/api/v1/regulations/timeline",
    {
      schema: {
        summary: "One regime's dated events and the days its rules start to apply, superseded dates marked",
        tags: ["regulation"],
        ...regulationContract.timeline,
      },
    },
    async (request) => ({ data: regimeTimeline(tables, request.query.regime), regime: request.query.regime }),
  );

  typed.get(
    "/api/v1/regulations/models-above-thresholds",
    {
      schema: {
        summary:
          "Models in the store presumed general-purpose models with systemic risk (>10²⁵ FLOP) and above the US state frontier thresholds (>10²⁶), with Epoch's confidence in each estimate",
        tags: ["regulation"],
        ...regulationContract.modelsAboveThresholds,
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
