import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { priceAgainstCapability, priceAgainstCapabilityParams } from "./price-against-capability.js";
import { priceOfCapability, priceOfCapabilityParams } from "./price-of-capability.js";
import { capability, price } from "./price-fixtures.js";
import { parseParams, type IndicatorInputs } from "./registry.js";
import { BLOCS } from "./test-fixtures.js";

const capabilities = [
  capability("gpt-4-0314", 126, "2023-03-14"),
  capability("o1-2024-12-17_high", 143, "2024-12-17"),
  capability("us-a", 127),
  capability("us-b", 130),
  capability("us-c", 131),
  capability("cn-a", 133),
  capability("cn-weak", 120),
];
const prices = [
  price({ id: "us-a", effective: "2023-01-01", inputUsdPerMtok: 100, outputUsdPerMtok: 100, eciModels: ["us-a"] }),
  price({ id: "us-b", effective: "2024-01-01", inputUsdPerMtok: 10, outputUsdPerMtok: 10, eciModels: ["us-b"] }),
  price({ id: "us-c", effective: "2025-01-01", inputUsdPerMtok: 1, outputUsdPerMtok: 1, eciModels: ["us-c"] }),
  price({
    id: "cn-weak",
    effective: "2023-06-01",
    inputUsdPerMtok: 0.01,
    outputUsdPerMtok: 0.01,
    eciModels: ["cn-weak"],
    developerCountry: "CN",
  }),
  price({
    id: "cn-a",
    effective: "2024-12-01",
    inputUsdPerMtok: 0.2,
    outputUsdPerMtok: 0.6,
    eciModels: ["cn-a"],
    developerCountry: "CN",
  }),
];
const inputs: IndicatorInputs = {
  blocs: BLOCS,
  models: [],
  clusters: [],
  chips: [],
  dataCenters: [],
  companyMetrics: [],
  prices,
  capabilities,
};
const run = (raw: Record<string, unknown>) =>
  priceOfCapability(inputs, parseParams(priceOfCapabilityParams, { levels: "gpt-4", ...raw }));
const row = (rows: readonly Record<string, unknown>[], match: Record<string, unknown>) =>
  rows.find((candidate) => Object.entries(match).every(([key, value]) => candidate[key] === value));

describe("price-of-capability", () => {
  it("gives the cheapest price at the level per bloc and day, and none where no model reaches it", () => {
    const { tables } = run({});
    const main = tables[0]!.rows;
    expect(row(main, { date: "2023-06-30", group: "us" })).toMatchObject({
      cheapestUsdPerMtok: 100,
      model: "us-a",
      priceSince: "2023-01-01",
      levelEci: 126,
    });
    expect(row(main, { date: "2024-06-30", group: "us" })?.cheapestUsdPerMtok).toBe(10);
    // The cheap Chinese model is below the level: China has no offer at GPT-4 level until cn-a.
    expect(row(main, { date: "2024-06-30", group: "china" })).toMatchObject({ cheapestUsdPerMtok: null, model: null });
    expect(row(main, { date: "2024-12-31", group: "china" })?.cheapestUsdPerMtok).toBe(0.3);
  });

  it("fits the fall per year on the days the cheapest offer changed", () => {
    const fall = row(run({}).tables[1]!.rows, { group: "us" })!;
    expect(fall).toMatchObject({ n: 3, fitFrom: "2023-01-01", fitTo: "2025-01-01", firstUsdPerMtok: 100 });
    expect(fall.fallPerYear as number).toBeCloseTo(10, 1);
    expect(fall.halvingMonths as number).toBeCloseTo((12 * Math.log10(2)) / 1, 0);
    expect(row(run({}).tables[1]!.rows, { group: "china" })).toMatchObject({ n: 1, fallPerYear: null });
  });

  it("compares the cheapest US and Chinese offers", () => {
    const gap = row(run({}).tables[2]!.rows, { date: "2024-12-31" })!;
    expect(gap).toMatchObject({ usUsdPerMtok: 10, chinaUsdPerMtok: 0.3, cheaper: "china" });
    expect(gap.usOverChina).toBeCloseTo(33.33, 2);
    expect(row(run({}).tables[2]!.rows, { date: "2023-12-31" })).toMatchObject({ usOverChina: null, cheaper: null });
  });

  it("uses the blend rule it is given", () => {
    const inputOnly = row(run({ blend: "1:0" }).tables[0]!.rows, { date: "2024-12-31", group: "china" });
    expect(inputOnly?.cheapestUsdPerMtok).toBe(0.2);
    expect(run({ blend: "1:0" }).method.formula.en).toContain("(1 × input price + 0 × output price) / 1");
  });

  it("leaves third-party hosts out on request", () => {
    const hosted = price({
      id: "host",
      effective: "2024-02-01",
      inputUsdPerMtok: 0.5,
      outputUsdPerMtok: 0.5,
      eciModels: ["us-b"],
      thirdPartyHost: true,
    });
    const withHost = { ...inputs, prices: [...prices, hosted] };
    const on = (hosts: string) =>
      row(
        priceOfCapability(withHost, parseParams(priceOfCapabilityParams, { levels: "gpt-4", hosts })).tables[0]!.rows,
        {
          date: "2024-06-30",
          group: "us",
        },
      )?.cheapestUsdPerMtok;
    expect(on("include")).toBe(0.5);
    expect(on("exclude")).toBe(10);
  });

  it("rejects a blend or level it cannot read, naming the parameter", () => {
    expect(() => run({ blend: "three to one" })).toThrow(/blend/);
    expect(() => run({ levels: "gpt-9" })).toThrow(/levels/);
  });

  it("changes what it shows with the bloc control, never a bloc's own figures", () => {
    const everything = run({ blocs: "us,china,eu" }).tables[0]!.rows;
    fc.assert(
      fc.property(fc.subarray(["us", "china", "eu"], { minLength: 1 }), (chosen) => {
        const rows = run({ blocs: chosen.join(",") }).tables[0]!.rows;
        for (const shown of rows)
          expect(shown).toEqual(row(everything, { date: shown.date, group: shown.group, level: shown.level }));
      }),
      { numRuns: 20 },
    );
  });
});

describe("price-against-capability", () => {
  it("lists the priced models in effect on the day with their ECI, by bloc", () => {
    const result = priceAgainstCapability(
      inputs,
      parseParams(priceAgainstCapabilityParams, { at: "2024-12-15", blocs: "us,china" }),
    );
    expect(result.rows.map((r) => [r.model, r.group, r.eci, r.blendedUsdPerMtok])).toEqual([
      ["cn-a", "china", 133, 0.3],
      ["us-b", "us", 130, 10],
      ["us-a", "us", 127, 100],
      ["cn-weak", "china", 120, 0.01],
    ]);
    expect(result.method.n).toBe(4);
  });
});
