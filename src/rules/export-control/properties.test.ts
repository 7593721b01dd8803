import "../../../test/support/export-control-tables.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkExport, tryCheckExport, type ExportCheckResult } from "./check-export.js";
import { ruleTables } from "./tables/installed.js";
import type { ExportCheckInput } from "./input-schema.js";
import { ExportCheckInputError } from "./input-schema.js";

const day = fc
  .date({ min: new Date("2021-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const countriesUsed = ["CN", "HK", "MO", "NL", "AE", "SA", "IN", "RU", "IL", "US", "BR", "VN", "KH", "CU", "TW", "DE"];
const country = fc.constantFrom(...countriesUsed);
const vendorName = fc.constantFrom("NVIDIA H20", "NVIDIA H100 SXM", "AMD MI308X", "Acme X1", "AMD MI250X");

/** A chip given by TPP and PD directly, so both can be raised independently. */
const chipArb = fc.record({
  name: vendorName,
  tpp: fc.double({ min: 0, max: 60000, noNaN: true }),
  pd: fc.double({ min: 0, max: 40, noNaN: true }),
  datacenter: fc.constantFrom(true, false, null),
  interconnectBidirGBps: fc.option(fc.double({ min: 0, max: 2000, noNaN: true })),
  dramBandwidthGBps: fc.option(fc.double({ min: 0, max: 9000, noNaN: true })),
});

const questionArb = fc.record({
  chip: chipArb,
  destination: country,
  endUserHq: fc.option(country),
  date: day,
  mode: fc.constantFrom("enforced" as const, "as_written" as const),
  quantity: fc.integer({ min: 1, max: 5000 }),
  exportFrom: fc.constantFrom("US", "SG"),
  rv10CertificationsMet: fc.constantFrom(true, false, null),
});

/** How much control an answer imposes: nothing < an exception < a licence. Indeterminate answers are not ranked. */
function controlRank(result: ExportCheckResult): number | null {
  switch (result.answer.kind) {
    case "no_licence":
      return 0;
    case "licence_exception":
      return 1;
    case "licence_required":
      return 2;
    case "indeterminate":
      return null;
  }
}

function classRank(result: ExportCheckResult): number | null {
  if (result.classification.status === "indeterminate") return null;
  if (result.classification.status === "not_controlled") return 0;
  return result.classification.tier === "b" ? 1 : 2;
}

describe("export-control properties", () => {
  it("raising TPP or PD never removes a control", () => {
    fc.assert(
      fc.property(
        questionArb,
        fc.double({ min: 0, max: 30000, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (question, extraTpp, extraPd) => {
          const low = checkExport(question as ExportCheckInput);
          const high = checkExport({
            ...question,
            chip: { ...question.chip, tpp: question.chip.tpp + extraTpp, pd: question.chip.pd + extraPd },
          } as ExportCheckInput);
          const [lowClass, highClass] = [classRank(low), classRank(high)];
          if (lowClass !== null && highClass !== null) expect(highClass).toBeGreaterThanOrEqual(lowClass);
          const [lowRank, highRank] = [controlRank(low), controlRank(high)];
          if (lowRank !== null && highRank !== null) expect(highRank).toBeGreaterThanOrEqual(lowRank);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("dates before 2022-10-07 never yield 3A090", () => {
    const early = fc
      .date({ min: new Date("2015-01-01T00:00:00Z"), max: new Date("2022-10-06T00:00:00Z"), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    const hbm = fc.option(
      fc.record({ memoryBandwidthDensityGBpsPerMm2: fc.double({ min: 0, max: 20, noNaN: true }) }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(questionArb, early, hbm, (question, date, hbmSpec) => {
        const result = checkExport({
          ...question,
          date,
          chip: { ...question.chip, ...(hbmSpec ? { hbm: hbmSpec } : {}) },
        } as ExportCheckInput);
        expect(result.classification.eccn).toBeNull();
        expect(result.classification.paragraphsMet).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("a destination and end user outside every controlled group never need a licence under these rules", () => {
    const controlled = new Set([
      ...ruleTables()
        .countryGroups.memberships.filter((entry) => entry.group.startsWith("D:") || entry.group.startsWith("E:"))
        .map((entry) => entry.country),
      ...ruleTables().embargoes.flatMap((embargo) => embargo.countries),
      ...ruleTables().licenceLetters.flatMap((letter) => letter.destinations.countries),
      "MO",
      "HK",
    ]);
    const free = countriesUsed.filter((code) => !controlled.has(code));
    expect(free.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(
        questionArb,
        fc.constantFrom(...free),
        fc.option(fc.constantFrom(...free)),
        (question, destination, hq) => {
          const result = checkExport({ ...question, mode: "enforced", destination, endUserHq: hq } as ExportCheckInput);
          expect(result.answer.kind).not.toBe("licence_required");
          expect(result.answer.kind).not.toBe("indeterminate");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("no input crashes the engine: it answers or reports the bad fields", () => {
    const nearlyValid = fc.record(
      {
        chip: fc.oneof(chipArb, fc.anything()),
        destination: fc.oneof(country, fc.string()),
        endUserHq: fc.oneof(country, fc.constant(null), fc.anything()),
        date: fc.oneof(day, fc.string()),
        mode: fc.oneof(fc.constant("enforced"), fc.string()),
        computer: fc.oneof(fc.record({ chipCount: fc.integer({ min: -2, max: 16 }) }), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearlyValid), (raw) => {
        const outcome = tryCheckExport(raw);
        if (!outcome.ok) {
          expect(outcome.issues.length).toBeGreaterThan(0);
          return;
        }
        expect(outcome.result.code.length).toBeGreaterThan(0);
        expect(outcome.result.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    expect(() => checkExport({} as ExportCheckInput)).toThrow(ExportCheckInputError);
  });

  it("valid questions always answer with cited reasons", () => {
    fc.assert(
      fc.property(questionArb, (question) => {
        const result = checkExport(question as ExportCheckInput);
        expect(
          result.reasons.every((reason) => reason.citation.instrument.length > 0 && reason.citation.sources.length > 0),
        ).toBe(true);
        expect(result.caveats.some((caveat) => caveat.kind === "not_evaluated")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("unconfirmed facts", () => {
  it("every unconfirmed or disputed reason appears as a caveat", () => {
    fc.assert(
      fc.property(questionArb, (question) => {
        const result = checkExport(question as ExportCheckInput);
        for (const reason of result.reasons.filter(
          (entry) => entry.confidence === "unconfirmed" || entry.confidence === "disputed",
        )) {
          expect(result.caveats.some((caveat) => caveat.text.includes(reason.text))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the 2022 review policy shows as unconfirmed", () => {
    const result = checkExport({
      chip: { tpp: 6000, interconnectBidirGBps: 700, datacenter: true },
      destination: "CN",
      date: "2023-03-01",
    });
    expect(result.code).toBe("LR-D†");
    expect(
      result.caveats
        .filter((caveat) => caveat.kind === "unconfirmed_fact")
        .map((caveat) => caveat.text)
        .join("\n"),
    ).toContain("2022 rule, China/Macau");
  });
});
