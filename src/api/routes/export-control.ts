import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { allStoreChips, findStoreChip, type StoreChip } from "../../db/queries/chip-export.js";
import { CHIP_FACT_FIELDS } from "../../domain/chip-facts.js";
import { countryNames } from "../../ingest/normalize/country.js";
import {
  chipFromStore,
  classifyAcrossVersions,
  plainOf as plainAnswerOf,
  type PlainLanguage,
  ExportCheckInputError,
  statusTimeline,
  resultIn,
  ruleTables,
  tryCheckExport,
  type ChipParameters,
  type ExportCheckResult,
  type InputIssue,
  type VersionClassification,
} from "../../rules/export-control/index.js";
import { exportControlContract, TIMELINE_DEFAULT_FROM, type chipsQuery } from "../../contract/export-control.js";
import { loadExportControlTables } from "../rule-tables.js";
import type { ApiContext } from "../context.js";
import { storeMemo } from "../store-memo.js";
import { toSourcedCsv } from "../csv.js";
import { bodyText, parseOffThread } from "../hardening/parse-thread.js";

/**
 * The export-control engine over the chips in the store (issue 4): one chip's answer and timeline, a custom
 * chip, the rule data, and every chip's status as a list with filters and a CSV twin. Dates always come from
 * the request: `date` is required where an answer is given, and a timeline needs its `until`.
 */

type Question = { to: string; end_user_hq?: string | undefined; mode: "enforced" | "as_written" };

/** Engine field -> the query parameter that carries it. */
const QUERY_PARAMETER: Readonly<Record<string, string>> = {
  destination: "to",
  endUserHq: "end_user_hq",
  date: "date",
  mode: "mode",
  "chip.datacenter": "datacenter",
  "chip.applicableDieAreaMm2": "applicable_die_area_mm2",
  "chip.interconnectBidirGBps": "interconnect_gbps",
  "chip.dramBandwidthGBps": "dram_bandwidth_gbps",
  "chip.tpp": "tpp",
};

function badRequest(
  reply: FastifyReply,
  issues: readonly InputIssue[],
  parameterOf: (field: string) => string = (field) => QUERY_PARAMETER[field] ?? field,
) {
  const issue = issues[0] ?? { field: "request", message: "invalid request" };
  const parameter = parameterOf(issue.field);
  return reply.code(400).send({ error: "bad_request", parameter, message: `${parameter}: ${issue.message}`, issues });
}

function notFound(reply: FastifyReply, id: string) {
  return reply
    .code(404)
    .send({ error: "not_found", parameter: "id", message: `no chip with id ${id}; see /api/v1/chips` });
}

interface OverrideQuery {
  datacenter?: boolean | undefined;
  applicable_die_area_mm2?: number | undefined;
  interconnect_gbps?: number | undefined;
  dram_bandwidth_gbps?: number | undefined;
  tpp?: number | undefined;
}

function chipParameters(chip: StoreChip, query: OverrideQuery): ChipParameters {
  return chipFromStore(chip, {
    datacenter: query.datacenter,
    applicableDieAreaMm2: query.applicable_die_area_mm2,
    interconnectBidirGBps: query.interconnect_gbps,
    dramBandwidthGBps: query.dram_bandwidth_gbps,
    tpp: query.tpp,
  });
}

/** The answer a person reads, in the asked language (country names from the store's reference). */
function plainOf(result: ExportCheckResult, chip: ChipParameters, chipName: string, language: PlainLanguage) {
  return plainAnswerOf(result, chip, { chipName, language, countryName: (code, lang) => countryNames(code)[lang] });
}

/** What Epoch's row says for a curated field (in the curated unit), or null when it has no such column or value. */
function epochValueOf(field: string, chip: StoreChip): number | null {
  const { dieSizeMm2, intranodeBandwidthByteS, memoryBandwidthByteS } = chip.specs;
  const gigabytes = (value: number | null) => (value === null ? null : value / 1e9);
  if (field === "dies") return dieSizeMm2;
  if (field === "interconnect_bidir_gbps") return gigabytes(intranodeBandwidthByteS);
  if (field === "dram_bandwidth_gbps") return gigabytes(memoryBandwidthByteS);
  return null;
}

/** Every curated value of a store chip beside Epoch's, with its provenance (the curated one is used). */
function curatedFacts(chip: StoreChip) {
  const curated = chip.curated;
  if (!curated) return [];
  return CHIP_FACT_FIELDS.flatMap((field) => {
    const fact = curated[field];
    return fact
      ? [
          {
            field,
            ...fact,
            publisher: curated.publishers?.[fact.source] ?? null,
            file: curated.origins?.[field]?.file ?? curated.file,
            line: curated.origins?.[field]?.line ?? curated.line,
            epoch_row: chip.rowNumber,
            epoch_value: epochValueOf(field, chip),
            used: "curated" as const,
          },
        ]
      : [];
  });
}

function questionOf(query: Question, chip: ChipParameters) {
  return { chip, destination: query.to, endUserHq: query.end_user_hq ?? null, mode: query.mode };
}

function chipSummary(chip: StoreChip, parameters: ChipParameters) {
  return {
    id: chip.id,
    name: chip.name,
    manufacturer: chip.manufacturer,
    type: chip.type,
    release_date: chip.releaseDate,
    provenance: { source_id: chip.sourceId, row: chip.rowNumber },
    curated_facts: curatedFacts(chip),
    parameters,
  };
}

/** ECCN filter: a paragraph also matches its sub-paragraphs; "none" matches no ECCN. */
function eccnMatches(eccn: string | null, wanted: readonly string[]): boolean {
  return wanted.some((value) =>
    value === "none" ? eccn === null : eccn !== null && (eccn === value || eccn.startsWith(`${value}.`)),
  );
}

/** The deciding inputs an answer names, from the classification and the licence logic. */
function decidingInputs(result: ExportCheckResult): string[] {
  const fromAnswer = result.answer.kind === "indeterminate" ? result.answer.decidingInputs : [];
  return [...new Set([...result.classification.decidingInputs, ...fromAnswer])];
}

function versionEntry(version: VersionClassification, withReasons: boolean) {
  const { classification } = version;
  return {
    rule_version: version.ruleVersion,
    as_of: version.asOf,
    status: classification.status,
    eccn: classification.eccn,
    deciding_inputs: classification.decidingInputs,
    ...(withReasons ? { reasons: classification.reasons } : {}),
  };
}

/** One CSV cell per rule version: the ECCN, else the status. */
const versionCell = (version: VersionClassification) => version.classification.eccn ?? version.classification.status;

export function registerExportControlRoutes(app: FastifyInstance, context: ApiContext): void {
  loadExportControlTables();
  const typed = app.withTypeProvider<ZodTypeProvider>();
  // Chips and their per-version classification are computed once per store build and reading of the
  // datacenter flag (unknown, true, false). A die area applies to one chip, not the list.
  const memo = storeMemo(context);
  const loadChipTable = (query: { datacenter?: boolean | undefined }) =>
    memo<{ chip: StoreChip; parameters: ChipParameters; versions: readonly VersionClassification[] }[]>(
      String(query.datacenter),
      () =>
        allStoreChips(context.db).then((chips) =>
          chips.map((chip) => {
            const parameters = chipParameters(chip, { datacenter: query.datacenter });
            return { chip, parameters, versions: classifyAcrossVersions(parameters).versions };
          }),
        ),
    );

  const withAttribution = (reply: FastifyReply) => reply.header("x-attribution", context.attribution);

  typed.get(
    "/api/v1/chips/:id/export-control",
    {
      schema: {
        summary:
          "Does exporting this chip to a country on a date need a US licence, and why: classification, TPP/PD arithmetic, reasons with citations, caveats",
        tags: ["export-control"],
        ...exportControlContract.chipCheck,
      },
    },
    async (request, reply) => {
      const chip = await findStoreChip(context.db, request.params.id);
      if (!chip) return notFound(reply, request.params.id);
      const parameters = chipParameters(chip, request.query);
      const outcome = tryCheckExport({ ...questionOf(request.query, parameters), date: request.query.date });
      if (!outcome.ok) return badRequest(reply, outcome.issues);
      withAttribution(reply);
      return {
        data: {
          chip: chipSummary(chip, parameters),
          result: resultIn(outcome.result, request.query.lang),
          plain: plainOf(outcome.result, parameters, chip.name, request.query.lang),
        },
        attribution: context.attribution,
      };
    },
  );

  typed.get(
    "/api/v1/chips/:id/export-control/timeline",
    {
      schema: {
        summary: `The chip's licence status for one destination over a period, as segments of equal answer (from defaults to ${TIMELINE_DEFAULT_FROM}; until is required)`,
        tags: ["export-control"],
        ...exportControlContract.timeline,
      },
    },
    async (request, reply) => {
      const chip = await findStoreChip(context.db, request.params.id);
      if (!chip) return notFound(reply, request.params.id);
      const { from, until } = request.query;
      const parameters = chipParameters(chip, request.query);
      try {
        // Each segment's result with its detail lines in English (the timeline takes no language).
        const segments = statusTimeline(questionOf(request.query, parameters), { from, to: until }).map((segment) => ({
          ...segment,
          result: resultIn(segment.result, "en"),
        }));
        withAttribution(reply);
        return {
          data: { chip: chipSummary(chip, parameters), from, until, segments },
          attribution: context.attribution,
        };
      } catch (error) {
        if (!(error instanceof ExportCheckInputError)) throw error;
        // The engine checks the range's first day as `date` and its last as `range.to`.
        return badRequest(reply, error.issues, (field) =>
          field === "date" ? "from" : field === "range.to" ? "until" : (QUERY_PARAMETER[field] ?? field),
        );
      }
    },
  );

  typed.post(
    "/api/v1/export-control/check",
    {
      schema: {
        summary:
          "Check a chip given by its parameters (not from the store): the body is the engine's input (chip, destination, date, endUserHq, mode, ...)",
        tags: ["export-control"],
        ...exportControlContract.customCheck,
      },
      // The body is validated once, with the contract's schema, by the engine on the parse thread (bodyOffThread).
      config: { bodyOffThread: true },
    },
    async (request, reply) => {
      const outcome = await parseOffThread(request.ip, { kind: "export-check", ...bodyText(request) });
      if (!outcome.ok) return badRequest(reply, outcome.issues, (field) => field);
      const chip = outcome.chip;
      const language = request.query.lang;
      return {
        data: resultIn(outcome.result, language),
        plain: plainOf(outcome.result, chip, chip.name ?? "chip", language),
      };
    },
  );

  typed.get(
    "/api/v1/export-control/rules",
    {
      schema: {
        summary:
          "Rule versions, thresholds, country groups, licence exceptions and company letters, each with its citation and confidence",
        tags: ["export-control"],
        ...exportControlContract.rules,
      },
    },
    async () => {
      const tables = ruleTables();
      const { rule2022, rule2023, hbm, rv10 } = tables.thresholds;
      return {
        data: {
          rule_versions: tables.ruleVersions,
          thresholds: { rule_2022: rule2022, rule_2023: rule2023, hbm, rv10 },
          country_groups: tables.countryGroups.memberships,
          licence_exceptions: tables.licenceExceptions,
          licence_letters: tables.licenceLetters,
          sources: tables.sources,
          legend: { en: tables.plainTexts.en.legend, nl: tables.plainTexts.nl.legend },
        },
      };
    },
  );

  const chipRows = async (query: z.output<typeof chipsQuery>) => {
    // The question is validated once on an empty chip, so a bad parameter is reported even for an empty store.
    const probe = tryCheckExport({ ...questionOf(query, {}), date: query.date });
    if (!probe.ok) return { issues: probe.issues };
    const rows = [];
    for (const { chip, parameters, versions } of await loadChipTable(query)) {
      if (query.q && !chip.name.toLowerCase().includes(query.q.toLowerCase())) continue;
      const outcome = tryCheckExport({ ...questionOf(query, parameters), date: query.date });
      // The question was valid above, so a failure here is a store row the mapping got wrong: a server error.
      if (!outcome.ok)
        throw new ExportCheckInputError(
          outcome.issues.map((issue) => ({ ...issue, field: `${chip.id}: ${issue.field}` })),
        );
      const { result } = outcome;
      const { classification } = result;
      if (query.status && !query.status.includes(classification.status)) continue;
      if (query.classification && !eccnMatches(classification.eccn, query.classification)) continue;
      if (query.answer && !query.answer.includes(result.answer.kind)) continue;
      if (query.code && !query.code.includes(result.code)) continue;
      rows.push({ chip, result, versions });
    }
    return { rows };
  };

  typed.get(
    "/api/v1/export-control/chips",
    {
      schema: {
        summary:
          "Every chip in the store with TPP, PD, its classification and licence answer for a destination on a date, and its classification under each rule version",
        tags: ["export-control"],
        ...exportControlContract.chips,
      },
    },
    async (request, reply) => {
      const { rows, issues } = await chipRows(request.query);
      if (issues) return badRequest(reply, issues);
      withAttribution(reply);
      const data = rows.map(({ chip, result, versions }) => ({
        id: chip.id,
        name: chip.name,
        manufacturer: chip.manufacturer,
        type: chip.type,
        release_date: chip.releaseDate,
        tpp: result.metrics.tpp,
        pd: result.metrics.pd,
        applicable_die_area_mm2: result.metrics.applicableDieAreaMm2,
        pd_bound: result.metrics.pdBound,
        applicable_die_area_bound: result.metrics.applicableDieAreaBound,
        status: result.classification.status,
        eccn: result.classification.eccn,
        code: result.code,
        answer: result.answer.kind,
        deciding_inputs: decidingInputs(result),
        confidence: result.confidence,
        versions: versions.map((version) => versionEntry(version, request.query.reasons)),
        provenance: { source_id: chip.sourceId, row: chip.rowNumber },
      }));
      return {
        data,
        total: data.length,
        next: null,
        question: {
          to: request.query.to,
          date: request.query.date,
          end_user_hq: request.query.end_user_hq ?? null,
          mode: request.query.mode,
        },
        attribution: context.attribution,
      };
    },
  );

  typed.get(
    "/api/v1/export-control/chips.csv",
    {
      schema: {
        summary: "The chips' export-control status as CSV: one column per rule version (ECCN, else status)",
        tags: ["export-control"],
        ...exportControlContract.chipsCsv,
      },
    },
    async (request, reply) => {
      const { rows, issues } = await chipRows(request.query);
      if (issues) return badRequest(reply, issues);
      withAttribution(reply);
      reply.header(
        "content-disposition",
        `attachment; filename="wedloop-export-control-${request.query.to}-${request.query.date}.csv"`,
      );
      reply.type("text/csv; charset=utf-8");
      const records = rows.map(({ chip, result, versions }) => ({
        id: chip.id,
        name: chip.name,
        manufacturer: chip.manufacturer,
        release_date: chip.releaseDate,
        tpp: result.metrics.tpp,
        pd: result.metrics.pd,
        applicable_die_area_mm2: result.metrics.applicableDieAreaMm2,
        status: result.classification.status,
        eccn: result.classification.eccn,
        code: result.code,
        answer: result.answer.kind,
        deciding_inputs: decidingInputs(result).join("; "),
        ...Object.fromEntries(versions.map((version) => [version.ruleVersion, versionCell(version)])),
      }));
      const columns = [
        "id",
        "name",
        "manufacturer",
        "release_date",
        "tpp",
        "pd",
        "applicable_die_area_mm2",
        "status",
        "eccn",
        "code",
        "answer",
        "deciding_inputs",
        ...ruleTables().ruleVersions.map((version) => version.id),
      ];
      return toSourcedCsv(records, context.attribution, columns);
    },
  );
}
