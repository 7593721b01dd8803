import { describe, expect, it } from "vitest";
import type { ArticleReading } from "../../../src/domain/article-reading.js";
import { readingMarkdown } from "./export.js";
import { CATALOGUE } from "./messages.js";
import { markedParagraphs } from "./segments.js";

const text = "OpenAI raised $3,5 miljard.\n\nBeijing <script>x</script> acts.";
const reading: ArticleReading = {
  text,
  format: "text",
  lang: "nl",
  date: null,
  paragraphs: [
    { start: 0, end: 27, lang: "nl" },
    { start: 29, end: text.length, lang: "nl" },
  ],
  entities: [
    {
      status: "linked",
      start: 0,
      end: 6,
      text: "OpenAI",
      record: { resource: "organizations", id: "openai", name: "OpenAI", kind: "organisation" },
      parent: null,
      basis: "name",
      confidence: 0.95,
    },
    { status: "unknown", start: 29, end: 36, text: "Beijing" },
  ],
  amounts: [
    {
      start: 14,
      end: 26,
      text: "$3,5 miljard",
      value: 3.5,
      scale: 1e9,
      currency: "USD",
      unit: "money",
      qualifier: "exact",
      lang: "nl",
      usd: 3.5e9,
      rate: null,
    },
  ],
  claims: [
    {
      start: 0,
      end: 27,
      text: "OpenAI raised $3,5 miljard.",
      lang: "nl",
      normalised: { subject: "openai", object: null, metric: "funding", value: null, date: null },
      verdict: "unverifiable",
      reason: "r",
      evidence: [],
      decided_by: "d",
      curated_claim: null,
    },
  ],
  counts: { linked: 1, unknown: 1, amounts: 1, claims: 1 },
  method: "m",
};

describe(markedParagraphs, () => {
  it("cuts the text at every mark, each piece knowing what covers it, and loses no character", () => {
    const paragraphs = markedParagraphs(reading);
    expect(paragraphs.map((pieces) => pieces.map((piece) => piece.text).join(""))).toEqual([
      text.slice(0, 27),
      text.slice(29),
    ]);
    const [first] = paragraphs;
    expect(
      first!.map((piece) => [piece.text, piece.entity?.status ?? null, piece.amount !== null, piece.claim]),
    ).toEqual([
      ["OpenAI", "linked", false, 0],
      [" raised ", null, false, 0],
      ["$3,5 miljard", null, true, 0],
      [".", null, false, 0],
    ]);
  });
});

describe(readingMarkdown, () => {
  it("exports claims with verdict and reason, amounts with dollars, and names, in the page's language", () => {
    const markdown = readingMarkdown(reading, CATALOGUE.translate("nl"));
    expect(markdown).toContain("**niet te controleren** — OpenAI raised $3,5 miljard.");
    expect(markdown).toContain("| $3,5 miljard | USD 3,500,000,000 | – |");
    expect(markdown).toContain("- OpenAI (organizations/openai) 1×");
  });
});
