/** The assessment as a Markdown document in the reader's language, for the export button. */
import { formatDate } from "../../i18n/format.js";
import type { Lang } from "../../i18n/locale.js";
import { CATALOGUE, statusText, tierLabel } from "./messages.js";
import { byStatus } from "./status-order.js";
import type { ObligationsAnswer } from "./types.js";

// Markdown table cells cannot hold pipes or line breaks.
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

export function assessmentMarkdown(answer: ObligationsAnswer, lang: Lang, link: string): string {
  const tx = CATALOGUE.translate(lang);
  const day = (text: string) => formatDate(text, lang);
  const { assessment } = answer;
  const lines: string[] = [
    `# ${tx("check.title")}`,
    "",
    `${tx("check.date")}: **${day(assessment.as_of)}**`,
    "",
    `<${link}>`,
    "",
  ];
  if (assessment.warnings.length > 0)
    lines.push(`## ${tx("check.warnings")}`, "", ...assessment.warnings.map((warning) => `- ${warning[lang]}`), "");
  for (const result of assessment.per_jurisdiction.filter((entry) => entry.in_scope)) {
    lines.push(`## ${result.jurisdiction}`, "", `_${result.scope_reason[lang]}_`, "");
    const tier = tierLabel(result.tier, tx);
    lines.push(
      `**${tx("check.tier")}:** ${result.tier_applicable_at_D ? tier : tx("check.tierLater", { tier, effective: tierLabel(result.effective_tier_at_D, tx) })}`,
    );
    if (result.model_tier) lines.push("", tx("check.modelTier", { tier: tierLabel(result.model_tier, tx) }));
    lines.push("", result.explanation[lang], "");
    const flagged = result.screens.filter((screen) => screen.result !== "clear");
    if (flagged.length > 0) {
      lines.push(`### ${tx("check.screens")}`, "");
      for (const screen of flagged)
        lines.push(
          `- **${tx(`screen.${screen.result}`)}** ${screen.id} (${screen.citation}${screen.confidence === "V" ? "" : ` [${screen.confidence}]*`}): ${screen.reason[lang]}`,
        );
      lines.push("");
    }
    const records = byStatus([...result.obligations, ...result.notes]);
    if (records.length > 0) {
      lines.push(
        `### ${tx("check.obligations")}`,
        "",
        `| ${tx("check.col.status")} | ${tx("check.col.rule")} | ${tx("check.col.duty")} |`,
        "| --- | --- | --- |",
      );
      for (const record of records) {
        const notes = [
          record.status === "not_triggered" && record.reason
            ? tx("check.notTriggered", { reason: record.reason[lang] })
            : null,
          ...(record.needs_review
            ? record.review_reasons.map((reason) => tx("check.review", { reason: reason[lang] }))
            : []),
        ].filter((note): note is string => note !== null);
        const rule = `[${record.citation}](${record.citation_url})${record.unconfirmed ? ` [${record.confidence}]*` : ""} ${record.id}`;
        lines.push(
          `| ${cell(statusText(record, tx, day))} | ${cell(rule)} | ${cell([record.text[lang], ...notes].join(" "))} |`,
        );
      }
      lines.push("");
    }
    if (result.penalties.length > 0)
      lines.push(
        `### ${tx("check.penalties")}`,
        "",
        ...result.penalties.map(
          (penalty) =>
            `- ${penalty.citation}${penalty.unconfirmed ? ` [${penalty.confidence}]*` : ""}: ${penalty.text[lang]}`,
        ),
        "",
      );
  }
  const outside = assessment.per_jurisdiction.filter((entry) => !entry.in_scope).map((entry) => entry.jurisdiction);
  if (outside.length > 0) lines.push(tx("check.outOfScope", { list: outside.join(", ") }), "");
  lines.push(`## ${tx("check.deadlines")}`, "");
  if (answer.upcoming_deadlines.length === 0) lines.push(tx("check.noDeadlines"));
  for (const deadline of answer.upcoming_deadlines)
    lines.push(
      `- ${day(deadline.date)}, ${deadline.jurisdiction}: ${deadline.id} ${tx(`check.deadline.${deadline.kind}`)} (${deadline.citation}${deadline.unconfirmed ? " *" : ""}): ${deadline.text[lang]}`,
    );
  lines.push("");
  if (answer.unconfirmed.length > 0) {
    lines.push(`## ${tx("check.unconfirmed")}`, "", tx("check.unconfirmedIntro"), "");
    for (const mark of answer.unconfirmed)
      lines.push(
        `- ${mark.id} [${mark.confidence}] ${mark.citation}${mark.confidence_note ? `: ${mark.confidence_note}` : ""}`,
      );
    lines.push("");
  }
  lines.push("---", "", tx("check.generated", { cutoff: day(assessment.knowledge_cutoff) }), "");
  return lines.join("\n");
}
