import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostedCompute, hostedComputeParams } from "./hosted-compute.js";
import { IndicatorParamError } from "./params.js";
import { BLOCS, cluster, pick } from "./test-fixtures.js";

const clusters = [
  // A US-owned cluster in the Netherlands and a Chinese-owned one beside it.
  cluster({
    name: "nl-us",
    countries: ["NL"],
    owners: ["google"],
    ownerCountries: ["US"],
    firstOperational: "2023-01-01",
    h100Equivalents: 600,
  }),
  cluster({
    name: "nl-cn",
    countries: ["NL"],
    owners: ["alibaba"],
    ownerCountries: ["CN"],
    firstOperational: "2023-06-01",
    h100Equivalents: 200,
  }),
  // Two owners, one Emirati (other) and one unknown: split evenly.
  cluster({
    name: "nl-mixed",
    countries: ["NL"],
    owners: ["g42", "mystery"],
    ownerCountries: ["AE", null],
    firstOperational: "2024-01-01",
    h100Equivalents: 200,
  }),
  // Stands in two countries: half in each.
  cluster({
    name: "de-fr",
    countries: ["DE", "FR"],
    owners: ["mistral"],
    ownerCountries: ["FR"],
    firstOperational: "2024-02-01",
    h100Equivalents: 1000,
  }),
  // No owner named at all.
  cluster({ name: "us-anon", countries: ["US"], firstOperational: "2022-01-01", h100Equivalents: 50 }),
  // Left out: planned, decommissioned before the day, unlikely, possible duplicate, no country.
  cluster({
    name: "planned",
    status: "Planned",
    countries: ["NL"],
    owners: ["x"],
    ownerCountries: ["US"],
    firstOperational: "2024-01-01",
    h100Equivalents: 9999,
  }),
  cluster({
    name: "gone",
    status: "Decommissioned",
    countries: ["NL"],
    owners: ["x"],
    ownerCountries: ["US"],
    firstOperational: "2020-01-01",
    decommissioned: "2023-12-01",
    h100Equivalents: 9999,
  }),
  cluster({
    name: "unlikely",
    countries: ["NL"],
    owners: ["x"],
    ownerCountries: ["US"],
    firstOperational: "2022-01-01",
    h100Equivalents: 9999,
    certainty: "Unlikely",
  }),
  cluster({
    name: "dup",
    countries: ["NL"],
    owners: ["x"],
    ownerCountries: ["US"],
    firstOperational: "2022-01-01",
    h100Equivalents: 9999,
    possibleDuplicate: true,
  }),
  cluster({
    name: "nowhere",
    countries: [],
    owners: ["x"],
    ownerCountries: ["US"],
    firstOperational: "2022-01-01",
    h100Equivalents: 9999,
  }),
];

const run = (params: Record<string, unknown> = {}, input = clusters) =>
  hostedCompute({ clusters: input, blocs: BLOCS }, hostedComputeParams.parse(params));

describe("hostedCompute", () => {
  it("splits each host's H100e by the bloc of the owners' headquarters (default day: the latest start)", () => {
    const result = run();
    expect(pick(result.rows, ["date", "host", "owner", "clusters", "h100Equivalents", "shareOfHost"])).toEqual([
      { date: "2024-02-01", host: "DE", owner: "eu", clusters: 0.5, h100Equivalents: 500, shareOfHost: 1 },
      { date: "2024-02-01", host: "FR", owner: "eu", clusters: 0.5, h100Equivalents: 500, shareOfHost: 1 },
      { date: "2024-02-01", host: "NL", owner: "us", clusters: 1, h100Equivalents: 600, shareOfHost: 0.6 },
      { date: "2024-02-01", host: "NL", owner: "china", clusters: 1, h100Equivalents: 200, shareOfHost: 0.2 },
      { date: "2024-02-01", host: "NL", owner: "other", clusters: 0.5, h100Equivalents: 100, shareOfHost: 0.1 },
      { date: "2024-02-01", host: "NL", owner: "unknown", clusters: 0.5, h100Equivalents: 100, shareOfHost: 0.1 },
      { date: "2024-02-01", host: "US", owner: "unknown", clusters: 1, h100Equivalents: 50, shareOfHost: 1 },
    ]);
    expect(result.method.n).toBe(5);
    expect(result.method.window).toEqual({ from: 2024, to: 2024 });
  });

  it("names each host's leading owner group with its share, largest host first", () => {
    const hosts = run().tables.find((t) => t.key === "hosts")!.rows;
    expect(
      pick(hosts, [
        "host",
        "h100Equivalents",
        "leadingOwner",
        "leadingShare",
        "share_us",
        "share_china",
        "share_eu",
        "share_other",
        "share_unknown",
      ]),
    ).toEqual([
      {
        host: "NL",
        h100Equivalents: 1000,
        leadingOwner: "us",
        leadingShare: 0.6,
        share_us: 0.6,
        share_china: 0.2,
        share_eu: 0,
        share_other: 0.1,
        share_unknown: 0.1,
      },
      {
        host: "DE",
        h100Equivalents: 500,
        leadingOwner: "eu",
        leadingShare: 1,
        share_us: 0,
        share_china: 0,
        share_eu: 1,
        share_other: 0,
        share_unknown: 0,
      },
      {
        host: "FR",
        h100Equivalents: 500,
        leadingOwner: "eu",
        leadingShare: 1,
        share_us: 0,
        share_china: 0,
        share_eu: 1,
        share_other: 0,
        share_unknown: 0,
      },
      {
        host: "US",
        h100Equivalents: 50,
        leadingOwner: "unknown",
        leadingShare: 1,
        share_us: 0,
        share_china: 0,
        share_eu: 0,
        share_other: 0,
        share_unknown: 1,
      },
    ]);
  });

  it.each([
    [
      "2023-12-01",
      [
        { host: "NL", owner: "us", h100Equivalents: 600 },
        { host: "NL", owner: "china", h100Equivalents: 200 },
        { host: "US", owner: "unknown", h100Equivalents: 50 },
      ],
    ],
    ["2021-12-31", [{ host: "NL", owner: "us", h100Equivalents: 9999 }]],
    ["2019-12-31", []],
  ])("on %s counts only the clusters operational then", (date, expected) => {
    expect(pick(run({ date }).rows, ["host", "owner", "h100Equivalents"])).toEqual(expected);
  });

  it("sorts owners into the requested blocs in order: the first bloc that holds the country wins", () => {
    const rows = run({ ownerBlocs: "europe,eu", date: "2024-02-01" }).rows.filter((r) => r.host === "DE");
    expect(pick(rows, ["owner", "shareOfHost"])).toEqual([{ owner: "europe", shareOfHost: 1 }]);
  });

  it("keeps possible duplicates and unlikely clusters when asked", () => {
    const nl = (params: Record<string, unknown>) =>
      run({ date: "2024-02-01", ...params }).rows.find((r) => r.host === "NL" && r.owner === "us")!.h100Equivalents;
    expect(nl({})).toBe(600);
    expect(nl({ includeUnlikely: "true" })).toBe(600 + 9999);
    expect(nl({ includeUnlikely: "true", includePossibleDuplicates: "true" })).toBe(600 + 2 * 9999);
  });

  it("says how many owners have no known headquarters", () => {
    const caveats = run()
      .method.caveats.map((c) => c.en)
      .join(" ");
    expect(caveats).toContain(
      "1 of the 5 clusters counted name no owner, and 1 of 5 owner entries have no headquarters country",
    );
  });

  it("rejects an unknown bloc and a malformed day, naming the parameter", () => {
    expect(() => run({ ownerBlocs: "us,atlantis" })).toThrow(IndicatorParamError);
    expect(() => run({ ownerBlocs: "us,atlantis" })).toThrow(/ownerBlocs/);
    expect(hostedComputeParams.safeParse({ date: "2024-2-1" }).success).toBe(false);
  });

  it("is empty, not an error, without clusters", () => {
    const result = run({}, []);
    expect(result.rows).toEqual([]);
    expect(result.method.window).toBeNull();
  });

  it("per host, the owner shares add up to 1 and the H100e to the host's total", () => {
    const owners = ["US", "CN", "FR", "AE", null] as const;
    const arbitraryCluster = fc.record({
      countries: fc.uniqueArray(fc.constantFrom("NL", "DE", "US", "CN"), { minLength: 1, maxLength: 3 }),
      ownerCountries: fc.array(fc.constantFrom(...owners), { maxLength: 3 }),
      h100Equivalents: fc.integer({ min: 1, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryCluster, { minLength: 1, maxLength: 8 }), (specs) => {
        const input = specs.map((spec, index) =>
          cluster({
            name: `c${index}`,
            countries: spec.countries,
            owners: spec.ownerCountries.map((_, i) => `o${i}`),
            ownerCountries: spec.ownerCountries,
            firstOperational: "2024-01-01",
            h100Equivalents: spec.h100Equivalents,
          }),
        );
        const result = run({}, input);
        const total = input.reduce((sum, c) => sum + c.h100Equivalents!, 0);
        // Each row's H100e is rounded to one decimal: the sum may differ by up to 0.05 a row.
        expect(
          Math.abs(result.rows.reduce((sum, r) => sum + (r.h100Equivalents as number), 0) - total),
        ).toBeLessThanOrEqual(result.rows.length * 0.05 + 1e-9);
        for (const host of new Set(result.rows.map((r) => r.host))) {
          const shares = result.rows
            .filter((r) => r.host === host)
            .reduce((sum, r) => sum + (r.shareOfHost as number), 0);
          expect(shares).toBeCloseTo(1, 3);
        }
      }),
    );
  });
});
