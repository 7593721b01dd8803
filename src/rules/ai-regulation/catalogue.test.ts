import { describe, expect, it } from "vitest";
import { holds } from "./condition.js";
import { allInstruments, allRules, regimeTimeline, regulationCatalogue, unconfirmedRules } from "./catalogue.js";
import { REGULATORY_REGIMES } from "../../domain/vocabulary.js";
import { profileSchema } from "./profile.js";
import type { Condition } from "./rule.js";
import { REGULATION_TABLES } from "../../../test/support/regulation-tables.js";

const rules = allRules(REGULATION_TABLES);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function factsUsed(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(factsUsed);
  if ("any" in condition) return condition.any.flatMap(factsUsed);
  if ("not" in condition) return factsUsed(condition.not);
  if ("fact" in condition) return [condition.fact];
  return [];
}

describe("rule catalogue", () => {
  it("holds rules for every jurisdiction", () => {
    for (const catalogue of Object.values(REGULATION_TABLES.catalogues))
      expect(catalogue.rules.length, catalogue.jurisdiction).toBeGreaterThan(0);
  });

  it("gives every rule a citation, a URL and an applies-from date", () => {
    for (const rule of rules) {
      expect(rule.article.trim(), rule.id).not.toBe("");
      expect(rule.citationUrl, rule.id).toMatch(/^https?:\/\/\S+$/);
      const versions = rule.appliesFrom.flatMap((option) => option.versions);
      expect(versions.length, rule.id).toBeGreaterThan(0);
      for (const version of versions) {
        expect(version.date, rule.id).toMatch(DAY);
        expect(version.since, rule.id).toMatch(DAY);
        expect(version.by.trim(), rule.id).not.toBe("");
      }
      for (const option of rule.appliesFrom) {
        const sinces = option.versions.map((version) => version.since);
        expect(sinces, `${rule.id} versions in order`).toEqual([...sinces].sort());
      }
    }
  });

  it("writes every rule in English and Dutch", () => {
    for (const rule of rules) {
      expect(rule.text.en.length, rule.id).toBeGreaterThan(10);
      expect(rule.text.nl.length, rule.id).toBeGreaterThan(10);
      expect(rule.text.nl, `${rule.id} is translated`).not.toBe(rule.text.en);
    }
  });

  it("uses unique ids and known instruments, facts and penalties", () => {
    const ids = rules.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const penalties = new Set(rules.filter((rule) => rule.kind === "penalty").map((rule) => rule.id));
    for (const catalogue of Object.values(REGULATION_TABLES.catalogues)) {
      const instrumentIds = new Set(catalogue.instruments.map((instrument) => instrument.id));
      for (const rule of catalogue.rules) {
        expect(instrumentIds.has(rule.instrument), `${rule.id} instrument ${rule.instrument}`).toBe(true);
        expect(rule.jurisdiction, rule.id).toBe(catalogue.jurisdiction);
        const conditions = [
          rule.trigger,
          rule.context,
          rule.uncertain?.when,
          ...(rule.caveats ?? []).map((caveat) => caveat.when),
        ];
        for (const name of conditions.flatMap((condition) => (condition ? factsUsed(condition) : []))) {
          expect(catalogue.facts[name], `${rule.id} fact ${name}`).toBeDefined();
        }
        if (rule.penaltyRef) expect(penalties.has(rule.penaltyRef), `${rule.id} penalty ${rule.penaltyRef}`).toBe(true);
        if (rule.replaces) expect(ids, `${rule.id} replaces`).toContain(rule.replaces);
      }
    }
  });

  it("evaluates every trigger on a default profile without error", () => {
    const profile = profileSchema.parse({});
    for (const catalogue of Object.values(REGULATION_TABLES.catalogues)) {
      for (const rule of catalogue.rules)
        expect(() => holds(rule.trigger, { profile, facts: catalogue.facts }), rule.id).not.toThrow();
    }
  });

  it("explains why every unconfirmed rule is unconfirmed", () => {
    const instruments = new Map(allInstruments(REGULATION_TABLES).map((instrument) => [instrument.id, instrument]));
    const unexplained = unconfirmedRules(REGULATION_TABLES).filter(
      (rule) => !rule.confidenceNote && !instruments.get(rule.instrument)?.confidenceNote,
    );
    expect(unexplained.map((rule) => rule.id)).toEqual([]);
  });

  it("keeps the omnibus versioning of the EU high-risk dates", () => {
    const rule = rules.find((candidate) => candidate.id === "EU-AIA-6-2")!;
    expect(rule.appliesFrom[0]!.versions.map((version) => [version.since, version.date])).toEqual([
      ["2024-08-01", "2026-08-02"],
      ["2026-07-27", "2027-12-02"],
    ]);
  });

  it("orders each regime's timeline by date and covers the matrix for all three regimes", () => {
    for (const regime of REGULATORY_REGIMES) {
      const timeline = regimeTimeline(REGULATION_TABLES, regime);
      expect(timeline.length, regime).toBeGreaterThan(5);
      const dates = timeline.map((entry) => entry.date);
      expect(dates).toEqual([...dates].sort());
    }
    const { matrix } = regulationCatalogue(REGULATION_TABLES);
    expect(matrix).toHaveLength(14);
    for (const row of matrix)
      for (const regime of REGULATORY_REGIMES)
        expect(row.cells[regime].nl.length, `${row.id} ${regime}`).toBeGreaterThan(5);
  });
});
