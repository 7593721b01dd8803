import { describe, expect, it } from "vitest";
import { prepareReader, readArticle } from "./read.js";
import { TEST_KNOWLEDGE } from "./test-knowledge.js";

const reader = prepareReader(TEST_KNOWLEDGE);

function linked(text: string) {
  return readArticle(reader, text, { skipClaims: true }).entities.map((entity) =>
    entity.status === "linked" ? `${entity.text}=${entity.record.id}:${entity.basis}` : `${entity.text}=?`,
  );
}

describe("entity linking", () => {
  it.each([
    ["OpenAI's models run on Microsoft hardware.", ["OpenAI=openai:possessive", "Microsoft=microsoft:name"]],
    ["Het nieuwe model van DeepSeeks lab verrast.", ["DeepSeek=deepseek:possessive"]],
    ["Microsoft 365 Copilot is een product.", ["Microsoft 365 Copilot=microsoft-365-copilot:name"]],
    ["De Europese Unie en de European Union zijn één.", ["Europese Unie=eu:name", "European Union=eu:name"]],
    ["Beijing heeft nieuwe regels ingevoerd.", ["Beijing=CN:metonym"]],
    ["Er loopt een netwerk tussen Beijing en Shanghai.", ["Beijing=beijing:name", "Shanghai=shanghai:name"]],
    ["Zowel Washington als Beijing maken zich klaar.", ["Washington=US:metonym", "Beijing=CN:metonym"]],
    [
      "DeepSeek bracht R1 uit; later volgde V3.",
      ["DeepSeek=deepseek:name", "R1=deepseek-r1:family", "V3=deepseek-v3:family"],
    ],
  ])("%s", (text, expected) => {
    expect(linked(text)).toEqual(expected);
  });

  it("links a family name only near its parent organisation", () => {
    expect(linked("Het model R1 van een onbekend lab.").filter((entry) => !entry.endsWith("?"))).toEqual([]);
  });

  it("lists capitalised names without a record as unknown, never forced onto one", () => {
    expect(linked("Analisten van Harbourline Research zien groei bij OpenAI.")).toEqual([
      "Harbourline Research=?",
      "OpenAI=openai:name",
    ]);
  });

  it("reads names through zero-width characters, bidi overrides and look-alike letters", () => {
    expect(linked("Analysts at Open\u200bAI and \u041epenAI and \u202eOpenAI\u202c agree.")).toEqual([
      "Open\u200bAI=openai:name",
      "\u041epenAI=openai:name",
      "OpenAI=openai:name",
    ]);
  });

  it("matches acronyms only in capitals", () => {
    const acronyms = prepareReader({
      ...TEST_KNOWLEDGE,
      records: [{ resource: "blocs", id: "eu", name: "EU", kind: "bloc", forms: ["EU"] }],
    });
    const read = (text: string) =>
      readArticle(acronyms, text, { skipClaims: true }).entities.filter((entity) => entity.status === "linked").length;
    expect(read("De EU besluit.")).toBe(1);
    expect(read("Het eu-beleid en de Eu besluiten.")).toBe(0);
  });
});
