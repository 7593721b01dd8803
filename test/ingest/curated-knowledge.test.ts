/**
 * Issue 11 on the repository's data: every record a claim cites exists, Amazon's investments in Anthropic add up
 * to what was paid, and the legal facts held back for want of a primary source still lack one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { factSchema } from "../../src/domain/fact.js";
import { commitmentProgress, investedTotal } from "../../src/domain/investment.js";
import { bestSourceKind, evidenceSourceIds, isLegalFact, sourceKindShares } from "../../src/domain/source-quality.js";
import { INDICATORS } from "../../src/indicators/registry.js";
import { loadCurated } from "../../src/ingest/curated/load-curated.js";
import { slugify } from "../../src/ingest/normalize/organization.js";
import { DATA_DIR, epochSnapshotDir } from "../support/paths.js";
import { describeWithSnapshot } from "../support/snapshot.js";

const curated = loadCurated(DATA_DIR);
const kindOf = (id: string) => curated.sources.find((source) => source.id === id)?.kind;

// Claims must cite records of Epoch's real data, not of the cut fixture.
describeWithSnapshot("claims cite records that exist in the full snapshot", () => {
  const notable = new Set(
    (
      parseCsv(readFileSync(join(epochSnapshotDir(), "notable_ai_models.csv")), { columns: true }) as {
        Model: string;
      }[]
    ).map((row) => `notable-${slugify(row.Model)}`),
  );
  const known: Record<string, (id: string) => boolean> = {
    models: (id) => notable.has(id),
    facts: (id) => curated.facts.some((fact) => fact.id === id),
    organizations: (id) => curated.organizations.some((organization) => organization.id === id),
    indicators: (id) => INDICATORS.some((indicator) => indicator.id === id),
    chips: () => false,
  };
  const records = curated.facts.flatMap((fact) =>
    fact.kind === "claim" ? (fact.records ?? []).map((record) => ({ claim: fact.id, ...record })) : [],
  );

  it("has records for the claims Wedloop's own data decide", () => {
    expect(records.length).toBeGreaterThan(20);
  });
  it.each(records.map((record) => [`${record.claim} -> ${record.resource}/${record.id}`, record] as const))(
    "%s",
    (_name, record) => expect(known[record.resource]!(record.id)).toBe(true),
  );
});

describe("Amazon's investments in Anthropic", () => {
  it("add up to USD 8 billion paid: the 2023 commitment counts through its two tranches, once", () => {
    expect(investedTotal(curated.facts, "amazon", "anthropic", "USD")).toBe(8e9);
    const progress = commitmentProgress(curated.facts).find(
      (entry) => entry.commitment.id === "rel-amazon-invests-anthropic-2023",
    );
    expect(progress?.commitment.value).toBe(4e9);
    expect(progress?.paid).toBe(4e9);
  });
});

describe("legal facts held back in data/pending", () => {
  const pending = (
    parse(readFileSync(join(DATA_DIR, "pending", "legal-facts-awaiting-primary.yaml"), "utf8")) as {
      facts: unknown[];
    }
  ).facts.map((fact) => factSchema.parse(fact));

  it("are legal facts whose sources exist but none is primary (else they belong back in data/facts)", () => {
    expect(pending.length).toBeGreaterThan(0);
    for (const fact of pending) {
      expect(isLegalFact(fact), fact.id).toBe(true);
      for (const id of evidenceSourceIds(fact)) expect(kindOf(id), `${fact.id}: ${id}`).toBeDefined();
      expect(bestSourceKind(evidenceSourceIds(fact), kindOf), fact.id).not.toBe("primary");
    }
  });
  it("are not also loaded as facts", () => {
    for (const fact of pending)
      expect(
        curated.facts.some((loaded) => loaded.id === fact.id),
        fact.id,
      ).toBe(false);
  });
});

describe("facts held back in data/pending for want of any source above a copy or blog", () => {
  const dropped = (
    parse(readFileSync(join(DATA_DIR, "pending", "facts-without-citable-source.yaml"), "utf8")) as {
      dropped: { reason: string; fact: unknown }[];
    }
  ).dropped.map((entry) => ({ reason: entry.reason, fact: factSchema.parse(entry.fact) }));

  it("say what was searched, and still rest on a tertiary source only (else they belong back in data/facts)", () => {
    expect(dropped.length).toBeGreaterThan(0);
    for (const { reason, fact } of dropped) {
      expect(reason.length, fact.id).toBeGreaterThan(40);
      expect(bestSourceKind(evidenceSourceIds(fact), kindOf), fact.id).toBe("tertiary");
      expect(
        curated.facts.some((loaded) => loaded.id === fact.id),
        fact.id,
      ).toBe(false);
    }
  });
});

describe("source quality of the curated facts", () => {
  const shares = sourceKindShares(curated.facts, kindOf);

  it("keeps the share of facts whose best source is an aggregator, mirror or blog under 5% (issue 11's aim)", () => {
    expect(shares.shares.tertiary).toBeLessThan(0.05);
  });
  it("gives every legal fact a primary source", () => {
    for (const fact of curated.facts.filter(isLegalFact))
      expect(bestSourceKind(evidenceSourceIds(fact), kindOf), fact.id).toBe("primary");
  });
});
