/** The reading as Markdown (claims with verdicts and evidence, amounts with their rates, names) for a report. */
import type { ArticleReading } from "../../../src/domain/article-reading.js";
import type { ReaderTranslate } from "./messages.js";

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

export function readingMarkdown(reading: ArticleReading, tx: ReaderTranslate): string {
  const lines = [`# ${tx("title")}`, ""];
  lines.push(`## ${tx("claims")}`, "");
  for (const claim of reading.claims) {
    lines.push(
      `- **${tx(`verdict.${claim.verdict}`)}** — ${oneLine(claim.text)}`,
      `  - ${tx("reason")}: ${claim.reason}`,
    );
    if (claim.decided_by) lines.push(`  - ${tx("decidedBy")}: ${claim.decided_by}`);
    if (claim.evidence.length > 0)
      lines.push(`  - ${tx("evidence")}: ${claim.evidence.map((item) => `${item.resource}/${item.id}`).join(", ")}`);
  }
  lines.push(
    "",
    `## ${tx("amounts")}`,
    "",
    `| ${tx("col.amount")} | ${tx("col.usd")} | ${tx("col.rate")} |`,
    "|---|---|---|",
  );
  for (const amount of reading.amounts) {
    const usd = amount.usd === null ? "–" : `USD ${Math.round(amount.usd).toLocaleString("en-US")}`;
    const rate = amount.rate
      ? `${amount.rate.per_usd} ${amount.rate.currency}/USD, ${amount.rate.date}, ${amount.rate.source}`
      : "–";
    lines.push(`| ${oneLine(amount.text)} | ${usd} | ${rate} |`);
  }
  lines.push("", `## ${tx("entities")}`, "");
  const linked = new Map<string, { name: string; count: number }>();
  for (const entity of reading.entities)
    if (entity.status === "linked") {
      const key = `${entity.record.resource}/${entity.record.id}`;
      linked.set(key, { name: entity.record.name, count: (linked.get(key)?.count ?? 0) + 1 });
    }
  for (const [key, { name, count }] of linked) lines.push(`- ${name} (${key}) ${tx("mentions", { n: count })}`);
  lines.push("", `${tx("method")}: ${reading.method}`, "");
  return lines.join("\n");
}
