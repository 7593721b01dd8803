/**
 * Issue 11, "Corrections found": each correction holds in the curated data (what the API and the claims page show),
 * rests on the source the issue asks for, and agrees with the obligations engine where the engine uses it too.
 */
import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/domain/fact.js";
import { loadCurated } from "../../src/ingest/curated/load-curated.js";
import { DATA_DIR } from "../support/paths.js";
import { REGULATION_TABLES } from "../support/regulation-tables.js";

const curated = loadCurated(DATA_DIR);
const fact = (id: string): Fact => {
  const found = curated.facts.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};
const source = (id: string) => curated.sources.find((candidate) => candidate.id === id);
const organization = (id: string) => curated.organizations.find((candidate) => candidate.id === id);
const evidence = (subject: Fact) => [subject.source, ...(subject.also ?? []).map((support) => support.source)];

describe("corrections from issue 11", () => {
  it("DeepMind: the company dates from 2010, the Google DeepMind unit from April 2023 (Google's own post)", () => {
    expect(organization("deepmind-technologies")?.founded).toBe("2010");
    const unit = organization("google-deepmind");
    expect(unit?.founded).toBe("2023-04");
    expect(source(unit!.source!)?.kind).toBe("primary");
    expect(evidence(fact("rel-google-deepmind-absorbs-deepmind-2023"))).toContain("google-2023-04-20-google-deepmind");
  });

  it("Bletchley Declaration: 28 countries and the European Union, on GOV.UK's text, never '29 nations'", () => {
    const bletchley = fact("event-bletchley-declaration-2023-11");
    expect(bletchley.kind === "event" && bletchley.title_en).toMatch(/28 countries and the European Union/);
    expect(source(bletchley.source)?.kind).toBe("primary");
    for (const other of curated.facts)
      if (other.kind === "event") expect(`${other.title_en} ${other.quote}`, other.id).not.toMatch(/29 nations/i);
  });

  it("Digital Omnibus: Parliament voted on 16 June 2026, and the engine's use of Reg (EU) 2026/1744 cites the same source", () => {
    const vote = fact("event-eu-digital-omnibus-parliament-vote-2026-06");
    const council = fact("event-eu-digital-omnibus-council-adoption-2026-06");
    expect(vote.kind === "event" && vote.date).toBe("2026-06-16");
    expect(council.kind === "event" && council.date).toBe("2026-06-29");
    expect(evidence(vote)).toContain("heuking-2026-07-ai-omnibus");
    const eu = REGULATION_TABLES.catalogues.EU;
    const omnibusBan = eu.rules.find((rule) => rule.id === "EU-AIA-5-1-ba");
    expect(omnibusBan?.citationUrl).toBe(source("heuking-2026-07-ai-omnibus")?.url);
    // The day the amended text counts from: every version set by the omnibus, and its instrument event.
    const omnibusDays = new Set(
      eu.rules.flatMap((rule) =>
        rule.appliesFrom.flatMap((option) =>
          option.versions.filter((version) => version.by === "Reg (EU) 2026/1744").map((version) => version.since),
        ),
      ),
    );
    expect(omnibusDays.size).toBe(1);
    const [omnibus] = [...omnibusDays];
    expect(omnibus! > "2026-06-29").toBe(true);
    const aiAct = eu.instruments.find((instrument) => instrument.id === "eu-ai-act");
    expect(aiAct?.events.find((event) => event.date === omnibus)?.note.en).toMatch(/16 June .* 29 June 2026/);
  });

  it("Colorado SB 24-205: the event says it never took effect, as the engine's repeal before the start date does", () => {
    const signed = fact("event-us-co-ai-act-signed-2024-05");
    expect(signed.kind === "event" && signed.title_en).toMatch(/never took effect/);
    expect(evidence(signed)).toContain("coag-colorado-ai-resources");
    const repeal = fact("event-us-co-sb26-189-repeals-sb24-205-2026-05");
    const sb24205 = REGULATION_TABLES.catalogues["US-CO"].instruments.find(
      (instrument) => instrument.id === "co-sb24-205",
    );
    const repealed = sb24205?.events.find((event) => event.state === "repealed");
    expect(repealed?.date).toBe(repeal.kind === "event" ? repeal.date : undefined);
    expect(repealed!.date < "2026-06-30").toBe(true); // before the delayed start date
  });

  it("EU start-up funding 2024: the amount and the hubs are judged apart, on the February 2025 French AI Report", () => {
    const amount = fact("claim-eu-ai-startups-8bn-2024");
    const hubs = fact("claim-eu-ai-startups-hubs");
    expect(amount.kind === "claim" && amount.verdict).toBe("accurate");
    expect(hubs.kind === "claim" && hubs.verdict).toBe("imprecise");
    for (const claim of [amount, hubs])
      expect(claim.kind === "claim" && claim.better_source).toBe("dataconomy-2025-02-05-french-ai-report");
  });
});
