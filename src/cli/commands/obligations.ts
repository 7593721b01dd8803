/**
 * `wedloop obligations profile.yaml --at DATE [--diff-at DATE] [--json]`: what the EU, China and the US
 * demand of one AI system on a date, from the rule engine, with citations, deadlines and unconfirmed marks.
 */
import { OBLIGATION_STATUS_ORDER } from "../../domain/obligation-order.js";
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import {
  isoDaySchema,
  obligationsAnswer,
  parseProfile,
  type IsoDay,
  type JurisdictionAssessment,
  type ObligationResult,
  type ObligationsAnswer,
  type ObligationStatus,
} from "../../rules/ai-regulation/index.js";
import { loadRegulationTables, RegulationTablesError } from "../../api/regulation-tables.js";
import { print, UserError, type CliIo } from "../io.js";

export interface ObligationsOptions {
  readonly file: string;
  readonly at: IsoDay;
  readonly diffAt?: IsoDay;
  readonly json: boolean;
}

/** Reads and checks the profile, prints the answer; exit 1 with `file:line: field: message` lines for a bad profile. */
export async function obligationsCommand(options: ObligationsOptions, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = readFileSync(options.file, "utf8");
  } catch (error) {
    throw new UserError(
      `cannot read the profile ${options.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const parsed = parseProfile(text, extname(options.file).toLowerCase() === ".json" ? "json" : "yaml");
  if (!parsed.ok) {
    for (const issue of parsed.issues)
      print(
        io.stderr,
        `${options.file}${issue.line === undefined ? "" : `:${issue.line}`}: ${issue.path || "(profile)"}: ${issue.message}`,
      );
    print(io.stderr, `wedloop: ${parsed.issues.length} problem(s) in ${options.file}; nothing was assessed`);
    return 1;
  }
  const answer = obligationsAnswer(readTables(), parsed.profile, options.at, options.diffAt);
  print(
    io.stdout,
    options.json ? JSON.stringify(answer, null, 2) : renderAnswer(answer, parsed.profile.id ?? options.file),
  );
  return 0;
}

/** The rule tables shipped with the package; a broken table is the user's to fix, named by file and line. */
function readTables() {
  try {
    return loadRegulationTables();
  } catch (error) {
    if (error instanceof RegulationTablesError) throw new UserError(error.message);
    throw error;
  }
}

const STATUS_ORDER: readonly ObligationStatus[] = OBLIGATION_STATUS_ORDER;

function statusLabel(record: ObligationResult): string {
  if (record.status === "scheduled") return `scheduled ${record.status_date ?? record.applies_from ?? ""}`.trim();
  if (record.status === "grace_period") return `grace period until ${record.status_date ?? ""}`.trim();
  return record.status;
}

/** "[S]*" for a rule kept with an unconfirmed mark, "" for a verified one. */
const mark = (record: { readonly unconfirmed: boolean; readonly confidence: string }) =>
  record.unconfirmed ? ` [${record.confidence}]*` : "";

function renderJurisdiction(result: JurisdictionAssessment): string[] {
  const lines = [`${result.jurisdiction}: ${result.scope_reason.en}`];
  const tierLine = result.tier_applicable_at_D
    ? result.tier
    : `${result.tier} (not yet applicable; today ${result.effective_tier_at_D})`;
  lines.push(
    `  tier: ${tierLine}${result.model_tier ? `; model tier ${result.model_tier}` : ""}`,
    `  ${result.explanation.en}`,
  );
  const flagged = result.screens.filter((screen) => screen.result !== "clear");
  if (flagged.length > 0) {
    lines.push("  screens:");
    for (const screen of flagged)
      lines.push(
        `    ${screen.result.padEnd(18)} ${screen.id}  ${screen.citation}${screen.confidence === "V" ? "" : ` [${screen.confidence}]*`}`,
        `      ${screen.reason.en}`,
      );
  }
  const records = [...result.obligations, ...result.notes];
  const sorted = [...records].sort(
    (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      (a.status_date ?? "").localeCompare(b.status_date ?? ""),
  );
  if (sorted.length > 0) lines.push("  obligations:");
  for (const record of sorted) {
    lines.push(
      `    ${statusLabel(record).padEnd(29)} ${record.id}  ${record.citation}${mark(record)}`,
      `      ${record.text.en}`,
    );
    if (record.status === "not_triggered" && record.reason) lines.push(`      not triggered: ${record.reason.en}`);
    if (record.needs_review) for (const reason of record.review_reasons) lines.push(`      review: ${reason.en}`);
    if (record.watch) lines.push(`      watch: ${record.watch.en}`);
  }
  if (result.penalties.length > 0) {
    lines.push("  penalties:");
    for (const penalty of result.penalties)
      lines.push(`    ${penalty.id}  ${penalty.citation}${mark(penalty)}: ${penalty.text.en}`);
  }
  return lines;
}

function renderDiff(diff: NonNullable<ObligationsAnswer["diff"]>, before: IsoDay): string[] {
  const lines = ["", `Changes from ${before} to ${diff.as_of}`];
  if (diff.changes.per_jurisdiction.length === 0) lines.push("  none");
  const at = (side: { status: ObligationStatus; status_date: IsoDay | null } | null) =>
    side === null ? "absent" : side.status_date ? `${side.status} ${side.status_date}` : side.status;
  for (const change of diff.changes.per_jurisdiction) {
    lines.push(`${change.jurisdiction}:`);
    if (change.in_scope.before !== change.in_scope.after)
      lines.push(`  in scope: ${change.in_scope.before} -> ${change.in_scope.after}`);
    if (change.tier.before !== change.tier.after) lines.push(`  tier: ${change.tier.before} -> ${change.tier.after}`);
    if (change.effective_tier_at_D.before !== change.effective_tier_at_D.after)
      lines.push(`  tier in effect: ${change.effective_tier_at_D.before} -> ${change.effective_tier_at_D.after}`);
    for (const obligation of change.obligations)
      lines.push(`  ${obligation.id}  ${obligation.citation}: ${at(obligation.before)} -> ${at(obligation.after)}`);
    for (const screen of change.screens)
      lines.push(`  screen ${screen.id}: ${screen.before ?? "absent"} -> ${screen.after ?? "absent"}`);
  }
  return lines;
}

export function renderAnswer(answer: ObligationsAnswer, name: string): string {
  const { assessment } = answer;
  const lines = [
    `Obligations of ${name} as of ${assessment.as_of} (rules known on ${assessment.knowledge_cutoff}; research, not legal advice)`,
  ];
  for (const warning of assessment.warnings) lines.push(`warning: ${warning.en}`);
  const inScope = assessment.per_jurisdiction.filter((result) => result.in_scope);
  for (const result of inScope) lines.push("", ...renderJurisdiction(result));
  const outOfScope = assessment.per_jurisdiction
    .filter((result) => !result.in_scope)
    .map((result) => result.jurisdiction);
  if (outOfScope.length > 0) lines.push("", `Out of scope: ${outOfScope.join(", ")}`);
  lines.push("", "Upcoming deadlines:");
  if (answer.upcoming_deadlines.length === 0) lines.push("  none");
  for (const deadline of answer.upcoming_deadlines) {
    const what = deadline.kind === "grace_period_ends" ? "grace period ends" : "starts";
    lines.push(
      `  ${deadline.date}  ${deadline.jurisdiction.padEnd(6)} ${deadline.id} ${what}  ${deadline.citation}${deadline.unconfirmed ? " *" : ""}`,
    );
  }
  if (answer.unconfirmed.length > 0) {
    lines.push(
      "",
      "* Kept with an unconfirmed mark ([S] one secondary source, [M] background knowledge, [C] sources conflict):",
    );
    for (const entry of answer.unconfirmed)
      lines.push(
        `  ${entry.id} [${entry.confidence}] ${entry.citation}${entry.confidence_note ? `: ${entry.confidence_note}` : ""}`,
      );
  }
  if (answer.diff) lines.push(...renderDiff(answer.diff, assessment.as_of));
  return lines.join("\n");
}

function isoDay(flag: string) {
  return (text: string): IsoDay => {
    if (!isoDaySchema.safeParse(text).success)
      throw new InvalidArgumentError(`${flag} must be a real calendar date as YYYY-MM-DD, got "${text}"`);
    return text;
  };
}

const today = (): IsoDay => new Date().toISOString().slice(0, 10);

/** Adds `obligations` to the program; `run` receives the command and sets the exit code. */
export function defineObligationsCommand(
  program: Command,
  run: (execute: (io: CliIo) => Promise<number>) => Promise<void>,
): Command {
  return program
    .command("obligations")
    .description(
      "what the EU, China and the US demand of one AI system on a date, with citations (profile: see examples/profiles)",
    )
    .argument("<profile>", "system profile, YAML or JSON (.json)")
    .option("--at <date>", "the day to assess, YYYY-MM-DD (default: today)", isoDay("--at"))
    .option("--diff-at <date>", "also list what changes by this day", isoDay("--diff-at"))
    .option("--json", "print the answer as one JSON object (as POST /api/v1/obligations)", false)
    .action(async (file: string, options: { at?: IsoDay; diffAt?: IsoDay; json: boolean }) => {
      await run((io) =>
        obligationsCommand(
          {
            file,
            at: options.at ?? today(),
            ...(options.diffAt ? { diffAt: options.diffAt } : {}),
            json: options.json,
          },
          io,
        ),
      );
    });
}
