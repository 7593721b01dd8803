/**
 * `wedloop read FILE`: an article's entities, amounts and checked claims, as text or JSON. With --quality, the
 * reader's figures on the hand-annotated test set (entity F1, amounts exact, verdict agreement), optionally
 * written to docs/reader.md.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Option, type Command } from "commander";
import { readToContract } from "../../api/article-reading.js";
import { loadReaderKnowledge } from "../../api/reader-knowledge.js";
import type { ArticleReading } from "../../domain/article-reading.js";
import { MAX_ARTICLE_CHARS } from "../../domain/article-reading.js";
import { prepareReader, readArticle, type Reader } from "../../text/read.js";
import { scoreReading, summarise, type ArticleScore } from "../../text/quality.js";
import { print, UserError, type CliIo } from "../io.js";
import { loadTestSet, seedPath } from "../reader-test-set.js";
import { PACKAGE_ROOT, type Settings, type SettingFlags } from "../settings.js";
import { withStore } from "./inspect.js";

export interface ReadFlags extends SettingFlags {
  readonly json: boolean;
  readonly lang?: "nl" | "en";
  readonly format: "auto" | "text" | "markdown" | "html";
  readonly date?: string;
  readonly quality: boolean;
  readonly write?: string;
  readonly set?: string;
}

export function defineReadCommand(
  program: Command,
  run: (file: string | undefined, flags: ReadFlags) => Promise<void>,
): Command {
  return program
    .command("read")
    .argument("[file]", "the article: plain text, Markdown or HTML")
    .description("read a news article: entities linked to Wedloop's records, amounts in US dollars, claims checked")
    .option("--json", "print the reading as one JSON object (the POST /api/v1/read answer)", false)
    .addOption(new Option("--lang <lang>", "language where a paragraph gives no clue").choices(["nl", "en"]))
    .addOption(
      new Option("--format <format>", "input format").choices(["auto", "text", "markdown", "html"]).default("auto"),
    )
    .option("--date <YYYY-MM-DD>", "the article's date, for exchange rates")
    .option("--quality", "score the reader on the hand-annotated test set instead", false)
    .option("--write <file>", "with --quality: also write the figures as Markdown to this file (docs/reader.md)")
    .option("--set <dir>", "with --quality: the test set folder", undefined)
    .addOption(
      new Option(
        "--db <path-or-url>",
        "SQLite file or postgres:// URL (default: WEDLOOP_DB, else ~/.wedloop/wedloop.sqlite)",
      ),
    )
    .action(async (file: string | undefined, flags: ReadFlags) => run(file, flags));
}

function describe(reading: ArticleReading): string {
  const lines = [
    `language ${reading.lang}${reading.date ? `, dated ${reading.date}` : ""}; ${reading.counts.linked} names linked, ${reading.counts.unknown} unknown, ${reading.counts.amounts} amounts, ${reading.counts.claims} claims`,
    "",
    "Entities:",
  ];
  for (const entity of reading.entities)
    lines.push(
      entity.status === "linked"
        ? `  ${entity.text} -> ${entity.record.resource}/${entity.record.id} (${entity.record.kind}, ${entity.basis})`
        : `  ${entity.text} -> unknown`,
    );
  lines.push("", "Amounts:");
  for (const amount of reading.amounts) {
    const usd =
      amount.usd === null
        ? ""
        : ` = USD ${Math.round(amount.usd).toLocaleString("en-US")}${amount.rate ? ` at ${amount.rate.per_usd} ${amount.rate.currency}/USD of ${amount.rate.date} (${amount.rate.source})` : ""}`;
    lines.push(
      `  ${amount.text}: ${amount.value} × ${amount.scale} ${amount.currency ?? amount.unit}, ${amount.qualifier}${usd}`,
    );
  }
  lines.push("", "Claims:");
  for (const claim of reading.claims) {
    lines.push(`  [${claim.verdict}] ${claim.text.replace(/\s+/g, " ")}`, `      ${claim.reason}`);
    if (claim.decided_by) lines.push(`      would decide it: ${claim.decided_by}`);
    for (const evidence of claim.evidence.slice(0, 3))
      lines.push(`      evidence: ${evidence.resource}/${evidence.id}`);
  }
  return lines.join("\n");
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function qualityMarkdown(scores: readonly ArticleScore[], skipped: readonly string[]): string {
  const all = summarise(scores);
  const own = summarise(scores.filter((score) => score.name !== "seed"));
  const row = (name: string, summary: ReturnType<typeof summarise>, subset: readonly ArticleScore[]) => {
    const sum = (pick: (score: ArticleScore) => number) => subset.reduce((total, score) => total + pick(score), 0);
    return `| ${name} | ${summary.precision.toFixed(3)} | ${summary.recall.toFixed(3)} | ${summary.f1.toFixed(3)} | ${percent(summary.amountAccuracy)} (${sum((s) => s.amounts.exact)}/${sum((s) => s.amounts.total)}) | ${percent(summary.verdictAgreement)} (${sum((s) => s.claims.agree)}/${sum((s) => s.claims.total)}) | ${sum((s) => s.unknown.kept)}/${sum((s) => s.unknown.total)} |`;
  };
  const lines = [
    "| articles | entity precision | entity recall | entity F1 | amounts exact | verdict agreement (checkable) | unknown names left unlinked |",
    "|---|---|---|---|---|---|---|",
    ...scores.map((score) => row(score.name, summarise([score]), [score])),
    row(
      "**own articles**",
      own,
      scores.filter((score) => score.name !== "seed"),
    ),
    row("**all**", all, scores),
  ];
  if (skipped.length > 0) lines.push("", `Skipped: ${skipped.join("; ")}.`);
  const misses = scores.flatMap((score) => score.misses.map((miss) => `- ${score.name}: ${miss}`));
  lines.push("", "Misses:", "", ...(misses.length > 0 ? misses : ["- none"]));
  return lines.join("\n");
}

const DOC_START = "<!-- reader-quality:start -->";
const DOC_END = "<!-- reader-quality:end -->";

function writeFigures(file: string, table: string): void {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  const block = `${DOC_START}\n${table}\n${DOC_END}`;
  const next = current.includes(DOC_START)
    ? current.replace(new RegExp(`${DOC_START}[\\s\\S]*${DOC_END}`), block)
    : `${current}\n${block}\n`;
  writeFileSync(file, next);
}

export function runQuality(reader: Reader, io: CliIo, folder: string): { scores: ArticleScore[]; skipped: string[] } {
  const { articles, skipped } = loadTestSet(folder, seedPath(io.env, PACKAGE_ROOT), reader.knowledge.claims);
  const scores = articles.map((article) =>
    scoreReading(readArticle(reader, article.text, { lang: article.lang }), article.annotation),
  );
  return { scores, skipped };
}

export async function readCommand(
  settings: Settings,
  file: string | undefined,
  flags: ReadFlags,
  io: CliIo,
): Promise<number> {
  const reader = prepareReader(await withStore(settings, (db) => loadReaderKnowledge(db)));
  if (flags.quality) {
    const { scores, skipped } = runQuality(reader, io, flags.set ?? join(PACKAGE_ROOT, "test", "fixtures", "reader"));
    const table = qualityMarkdown(scores, skipped);
    print(io.stdout, table);
    if (flags.write) writeFigures(flags.write, table);
    return 0;
  }
  if (!file) throw new UserError("name the article to read (wedloop read FILE), or pass --quality", 2);
  if (!existsSync(file)) throw new UserError(`${file}: no such file`);
  const text = readFileSync(file, "utf8");
  if (text.length > MAX_ARTICLE_CHARS * 10)
    throw new UserError(`${file}: longer than ${MAX_ARTICLE_CHARS * 10} characters`);
  const reading = readToContract(reader, { text, format: flags.format, lang: flags.lang, date: flags.date });
  print(io.stdout, flags.json ? JSON.stringify(reading, null, 2) : describe(reading));
  return 0;
}
