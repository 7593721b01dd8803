import { describe, expect, it } from "vitest";
import { describesFactualError, verdictMismatch } from "./claim-verdict.js";
import { factSchema, type Fact } from "./fact.js";

type Claim = Extract<Fact, { kind: "claim" }>;
const claim = (extra: Record<string, unknown>): Claim =>
  factSchema.parse({
    id: "c",
    kind: "claim",
    claim_en: "c",
    confidence: "high",
    source: "s",
    quote: "q",
    ...extra,
  }) as Claim;

describe(describesFactualError, () => {
  it.each([
    ["Tsai is Alibaba's chairman, not its chief executive.", true],
    ["Signed by 28 countries and the EU, not 29 nations.", true],
    ["V3 came out before R1 rather than after it.", true],
    ["The figure is wrong.", true],
    ["The AI Act entered into force on 1 August 2024.", false],
    ["No stored source covers the claim; the European part was not checked.", false],
  ])("%s -> %s", (reason, error) => expect(describesFactualError(reason)).toBe(error));
});

describe(verdictMismatch, () => {
  it.each([
    ["an accurate checkable claim", { verdict: "accurate" }, null],
    ["an opinion that is a value judgement", { verdict: "opinion", statement: "value-judgement" }, null],
    ["an opinion on a checkable statement", { verdict: "opinion" }, "verdict"],
    ["a prediction judged accurate", { verdict: "accurate", statement: "prediction" }, "statement"],
    ["mostly accurate with an error in a detail", { verdict: "mostly-accurate", error: "detail" }, null],
    ["mostly accurate without an error", { verdict: "mostly-accurate" }, "error"],
    ["inaccurate with an error in its core", { verdict: "inaccurate", error: "core" }, null],
    ["inaccurate with only an error in a detail", { verdict: "inaccurate", error: "detail" }, "error"],
    ["imprecise with an error recorded", { verdict: "imprecise", error: "detail" }, "error"],
    [
      "imprecise whose reason corrects a fact",
      { verdict: "imprecise", reason: "Tsai is the chairman, not the chief executive." },
      "reason",
    ],
    ["imprecise whose reason adds context", { verdict: "imprecise", reason: "It depends on the measure." }, null],
  ])("%s", (_case, extra, field) => expect(verdictMismatch(claim(extra))?.field ?? null).toBe(field));
});
