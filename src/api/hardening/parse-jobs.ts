/** The body parses that run on the parse thread: what a job asks and what it answers (plain, cloneable data). */
import { parseObligationsYaml } from "../routes/obligations.js";
import { parseScenarioBody } from "../routes/simulations.js";

export type ParseJob =
  | { readonly kind: "scenario"; readonly body: unknown }
  | { readonly kind: "profile"; readonly text: string; readonly query: { date?: string; diff_date?: string } };

export type ParseAnswer<Job extends ParseJob> = Job extends { kind: "scenario" }
  ? ReturnType<typeof parseScenarioBody>
  : ReturnType<typeof parseObligationsYaml>;

export function runParseJob(job: ParseJob): ParseAnswer<ParseJob> {
  return job.kind === "scenario" ? parseScenarioBody(job.body) : parseObligationsYaml(job.text, job.query);
}
