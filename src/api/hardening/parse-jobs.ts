/**
 * The body parses that run on the parse thread: what a job asks and what it answers (plain, cloneable data).
 * The structure checks (depth, aliases) run here too, so that the event loop only receives the bytes.
 */
import {
  tryCheckExport,
  type ChipParameters,
  type ExportCheckResult,
  type InputIssue,
} from "../../rules/export-control/index.js";
import { parseObligationsBody, parseObligationsYaml } from "../routes/obligations.js";
import { parseScenarioBody } from "../routes/simulations.js";
import { BodyStructureError, checkJsonStructure, checkYamlStructure, type StructureLimits } from "./body-structure.js";

/** A body as received: its text and whether the client sent it as JSON or as YAML. */
export interface BodyText {
  readonly text: string;
  readonly format: "json" | "yaml";
}

export type ParseJob =
  | ({ readonly kind: "scenario" } & BodyText)
  | ({ readonly kind: "profile"; readonly query: { date?: string; diff_date?: string } } & BodyText)
  | ({ readonly kind: "export-check" } & BodyText);

/** The chip check runs in full on the thread: sending the parsed body back would cost what parsing did. */
export type ExportCheckAnswer =
  | { readonly ok: true; readonly result: ExportCheckResult; readonly chip: ChipParameters }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

export type ParseAnswer<Job extends ParseJob> = Job extends { kind: "scenario" }
  ? ReturnType<typeof parseScenarioBody>
  : Job extends { kind: "profile" }
    ? ReturnType<typeof parseObligationsYaml>
    : ExportCheckAnswer;

/** A body refused before it reaches a route's own parser: too deep, too many aliases, or not JSON. */
function unreadable(job: ParseJob, message: string): ParseAnswer<ParseJob> {
  if (job.kind === "scenario") return { ok: false, issues: [{ parameter: "body", line: null, message }] };
  if (job.kind === "profile") return { ok: false, issues: [{ parameter: "body", message }] };
  return { ok: false, issues: [{ field: "body", message }] };
}

function checkExport(value: unknown): ExportCheckAnswer {
  const outcome = tryCheckExport(value);
  return outcome.ok ? { ...outcome, chip: (value as { chip: ChipParameters }).chip } : outcome;
}

export function runParseJob(job: ParseJob, limits: StructureLimits): ParseAnswer<ParseJob> {
  let value: unknown = job.text;
  try {
    if (job.format === "yaml") checkYamlStructure(job.text, limits);
    else {
      checkJsonStructure(job.text, limits);
      value = job.text.trim() === "" ? undefined : JSON.parse(job.text);
    }
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0]!;
    return unreadable(job, error instanceof BodyStructureError ? reason : `not valid JSON: ${reason}`);
  }
  if (job.kind === "scenario") return parseScenarioBody(value);
  if (job.kind === "export-check") return checkExport(value);
  return job.format === "yaml" ? parseObligationsYaml(job.text, job.query) : parseObligationsBody(value);
}
