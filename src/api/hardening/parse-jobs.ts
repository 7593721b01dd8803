/**
 * The body parses that run on the parse thread: what a job asks and what it answers (plain, cloneable data).
 * The structure checks (depth, aliases) run here too, so that the event loop only receives the bytes.
 */
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
  | ({ readonly kind: "profile"; readonly query: { date?: string; diff_date?: string } } & BodyText);

export type ParseAnswer<Job extends ParseJob> = Job extends { kind: "scenario" }
  ? ReturnType<typeof parseScenarioBody>
  : ReturnType<typeof parseObligationsYaml>;

/** A body refused before it reaches a route's own parser: too deep, too many aliases, or not JSON. */
function unreadable(job: ParseJob, message: string): ParseAnswer<ParseJob> {
  return job.kind === "scenario"
    ? { ok: false, issues: [{ parameter: "body", line: null, message }] }
    : { ok: false, issues: [{ parameter: "body", message }] };
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
  return job.format === "yaml" ? parseObligationsYaml(job.text, job.query) : parseObligationsBody(value);
}
