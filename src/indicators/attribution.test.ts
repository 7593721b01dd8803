import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { belongsTo, countryWeights, groupWeight } from "./attribution.js";

const EU = new Set(["FR", "DE", "NL"]);
const US = new Set(["US"]);

describe("countryWeights", () => {
  it.each([
    ["one country", ["US"], "any", [{ country: "US", weight: 1 }]],
    [
      "repeats collapse under any",
      ["US", "US", "FR"],
      "any",
      [
        { country: "US", weight: 1 },
        { country: "FR", weight: 1 },
      ],
    ],
    [
      "repeats add up under fractional",
      ["US", "US", "FR"],
      "fractional",
      [
        { country: "US", weight: 2 / 3 },
        { country: "FR", weight: 1 / 3 },
      ],
    ],
    ["no country known", [], "fractional", []],
  ] as const)("%s", (_name, countries, rule, expected) => {
    const weights = countryWeights(countries, rule);
    expect(weights.map((w) => w.country)).toEqual(expected.map((w) => w.country));
    weights.forEach((w, i) => expect(w.weight).toBeCloseTo(expected[i]!.weight, 12));
  });

  const countries = fc.array(fc.constantFrom("US", "CN", "FR", "DE", "GB", "JP"), { minLength: 1, maxLength: 8 });

  it("gives one record fractional weights that sum to 1", () => {
    fc.assert(
      fc.property(countries, (list) => {
        expect(countryWeights(list, "fractional").reduce((s, w) => s + w.weight, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it("gives weight 1 to each distinct country under any", () => {
    fc.assert(
      fc.property(countries, (list) => {
        const weights = countryWeights(list, "any");
        expect(weights.length).toBe(new Set(list).size);
        expect(weights.every((w) => w.weight === 1)).toBe(true);
      }),
    );
  });

  it("splits a record over a partition of blocs so the blocs' fractional weights sum to 1", () => {
    const partition = [US, EU, new Set(["CN"]), new Set(["GB", "JP"])];
    fc.assert(
      fc.property(countries, (list) => {
        expect(partition.reduce((s, bloc) => s + groupWeight(list, bloc, "fractional"), 0)).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe("groupWeight and belongsTo", () => {
  it.each([
    // countries, group, rule, weight, belongs
    [["US", "FR"], EU, "any", 1, true],
    [["US", "FR"], EU, "fractional", 0.5, true], // a tie of halves counts for both
    [["US", "FR"], US, "fractional", 0.5, true],
    [["US", "FR", "DE"], EU, "fractional", 2 / 3, true],
    [["US", "FR", "DE"], US, "fractional", 1 / 3, false],
    [["US", "US", "FR"], EU, "fractional", 1 / 3, false],
    [["US", "US", "FR"], EU, "any", 1, true],
    [["CN"], EU, "any", 0, false],
    [[], EU, "any", 0, false],
  ] as const)("%j in %j under %s", (countries, group, rule, weight, belongs) => {
    expect(groupWeight(countries, group, rule)).toBeCloseTo(weight, 12);
    expect(belongsTo(countries, group, rule)).toBe(belongs);
  });
});
