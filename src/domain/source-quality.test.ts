import { describe, expect, it } from "vitest";
import { factSchema, type Fact } from "./fact.js";
import type { SourceKind } from "./source.js";
import {
  bestSourceKind,
  evidenceSourceIds,
  formatSourceKindShares,
  isLegalFact,
  sourceKindShares,
} from "./source-quality.js";

const KINDS: Record<string, SourceKind> = { law: "primary", news: "secondary", blog: "tertiary" };
const kindOf = (id: string) => KINDS[id];

const event = (extra: Record<string, unknown>): Fact =>
  factSchema.parse({
    id: "e",
    kind: "event",
    date: "2024",
    event_kind: "regulation",
    title_en: "t",
    title_nl: "t",
    confidence: "high",
    source: "blog",
    quote: "q",
    ...extra,
  });
const claim = (extra: Record<string, unknown>): Fact =>
  factSchema.parse({
    id: "c",
    kind: "claim",
    claim_en: "c",
    verdict: "accurate",
    confidence: "high",
    source: "blog",
    quote: "q",
    ...extra,
  });

describe(isLegalFact, () => {
  it.each([
    ["a regulation taking effect", event({}), true],
    ["an export control", event({ event_kind: "export-control" }), true],
    ["a vote on the way to a rule", event({ stage: "vote" }), false],
    ["non-binding guidance", event({ event_kind: "export-control", stage: "guidance" }), false],
    ["a programme", event({ event_kind: "programme" }), false],
    ["a claim", claim({}), false],
  ])("%s", (_case, fact, legal) => expect(isLegalFact(fact)).toBe(legal));
});

describe(evidenceSourceIds, () => {
  it("counts a fact's own source and the further sources it lists", () => {
    expect(evidenceSourceIds(event({ also: [{ source: "law", quote: "q" }] }))).toEqual(["blog", "law"]);
  });
  it("counts a claim's better source, never the post being checked", () => {
    expect(evidenceSourceIds(claim({ better_source: "news" }))).toEqual(["news"]);
    expect(evidenceSourceIds(claim({}))).toEqual([]);
  });
});

describe(bestSourceKind, () => {
  it.each([
    [["blog", "law"], "primary"],
    [["blog", "news"], "secondary"],
    [["blog"], "tertiary"],
    [[], null],
    [["unknown"], null],
  ])("%j -> %s", (ids, best) => expect(bestSourceKind(ids, kindOf)).toBe(best));
});

describe(sourceKindShares, () => {
  const facts = [
    event({}),
    event({ also: [{ source: "law", quote: "q" }] }),
    event({ source: "news" }),
    claim({ better_source: "blog" }),
    claim({ verdict: "unverifiable", reason: "r" }),
    claim({ records: [{ resource: "models", id: "notable-x", shows: "s" }] }),
  ];
  const shares = sourceKindShares(facts, kindOf);

  it("counts each fact once, by its closest source; a claim decided by Wedloop's dataset is primary", () => {
    expect(shares.counts).toEqual({ primary: 2, secondary: 1, tertiary: 2, none: 1 });
    expect(shares.judged).toBe(5);
    expect(shares.shares.tertiary).toBeCloseTo(0.4);
    expect(shares.shares.primary + shares.shares.secondary + shares.shares.tertiary).toBeCloseTo(1);
  });

  it("prints one line for the build", () => {
    expect(formatSourceKindShares(shares)).toBe(
      "best source per fact: primary 40.0% (2), secondary 20.0% (1), tertiary 40.0% (2) of 5 facts with evidence; 1 without",
    );
  });
});
