import { describe, expect, it } from "vitest";
import { prepareReader, readArticle } from "./read.js";
import { TEST_KNOWLEDGE } from "./test-knowledge.js";

const reader = prepareReader(TEST_KNOWLEDGE);
const claimsOf = (text: string) => readArticle(reader, text).claims;

describe("claim checking", () => {
  it("keeps the curated verdict of a sentence the claims page judges, with its reason in the article's language", () => {
    const [claim] = claimsOf(
      "Anthropic heeft grote slagkracht: het bedrijf kreeg recent een kapitaalinjectie van $3,5 miljard, wat de waardering opdreef tot $61,5 miljard.",
    );
    expect(claim).toMatchObject({ verdict: "accurate", curatedClaim: "claim-test-anthropic" });
    expect(claim!.reason).toMatch(/^Beoordeeld op de claimpagina/);
  });

  it("judges an amount against the curated figure: right, and wrong in the same year", () => {
    expect(claimsOf("Microsoft invested $1 billion in OpenAI in 2019.")[0]).toMatchObject({ verdict: "accurate" });
    const wrong = claimsOf("Microsoft invested $2 billion in OpenAI in 2019.")[0]!;
    expect(wrong.verdict).toBe("inaccurate");
    expect(wrong.evidence.map((evidence) => evidence.id)).toEqual(["rel-ms-openai-2019"]);
  });

  it("adds up the payments of one investor: invested a total of $8 billion", () => {
    expect(claimsOf("Amazon has invested a total of $8 billion in Anthropic.")[0]).toMatchObject({
      verdict: "accurate",
    });
  });

  it("checks founding and release dates against the records", () => {
    expect(claimsOf("OpenAI werd in 2016 opgericht.")[0]).toMatchObject({
      verdict: "inaccurate",
      reason: "OpenAI: volgens het gegeven 2015, niet 2016.",
    });
    expect(claimsOf("DeepSeek released R1 in January 2025.")[0]).toMatchObject({ verdict: "accurate" });
  });

  it("matches an amount to a curated event of the bloc's institutions", () => {
    expect(claimsOf("The European Union wants to mobilise €200 billion for AI.")[0]).toMatchObject({
      verdict: "accurate",
    });
  });

  it("marks what no record decides as unverifiable, saying what would decide it", () => {
    const [claim] = claimsOf("OpenAI is the largest AI lab.");
    expect(claim).toMatchObject({ verdict: "unverifiable" });
    expect(claim!.decidedBy).toMatch(/ranking/);
  });
});
