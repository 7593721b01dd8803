import { describe, expect, it } from "vitest";
import { binOf, countBins, countByCountry, hostedCategory, paler } from "./categories.js";

const OWNERS = ["us", "china", "eu", "other"];

describe("hostedCategory", () => {
  it.each([
    [
      { h100Equivalents: 100, share_us: 0.9, share_china: 0, share_eu: 0.1, share_other: 0, share_unknown: 0 },
      { owner: "us", strength: "majority" },
    ],
    [
      { h100Equivalents: 100, share_us: 0.2, share_china: 0, share_eu: 0.3, share_other: 0, share_unknown: 0.5 },
      { owner: "eu", strength: "plurality" },
    ],
    // Exactly half is not more than half.
    [
      { h100Equivalents: 100, share_us: 0.5, share_china: 0, share_eu: 0, share_other: 0, share_unknown: 0.5 },
      { owner: "us", strength: "plurality" },
    ],
    [
      { h100Equivalents: 100, share_us: 0, share_china: 0, share_eu: 0, share_other: 0, share_unknown: 1 },
      { owner: "unknown", strength: "unknown" },
    ],
    [{ h100Equivalents: 0, share_us: null }, null],
  ])("%j -> %j", (row, expected) => {
    expect(hostedCategory(row, OWNERS)).toEqual(expected);
  });
});

describe("countBins", () => {
  it.each([
    [0, []],
    [1, [{ from: 1, to: 1 }]],
    [
      5,
      [
        { from: 1, to: 1 },
        { from: 2, to: 3 },
        { from: 4, to: 7 },
      ],
    ],
    [
      100,
      [
        { from: 1, to: 1 },
        { from: 2, to: 3 },
        { from: 4, to: 7 },
        { from: 8, to: 15 },
        { from: 16, to: null },
      ],
    ],
  ])("up to %i -> %j", (max, bins) => {
    expect(countBins(max)).toEqual(bins);
  });

  it("puts every count from 1 to the maximum in exactly one bin", () => {
    const bins = countBins(40);
    for (let count = 1; count <= 40; count++) expect(binOf(count, bins)).toBeGreaterThanOrEqual(0);
    expect(binOf(0, bins)).toBe(-1);
    expect(binOf(16, bins)).toBe(4);
  });
});

describe("countByCountry", () => {
  it("counts an event once per country it names", () => {
    expect(countByCountry([{ countries: ["US", "CN", "US"] }, { countries: ["US"] }, { countries: [] }])).toEqual(
      new Map([
        ["US", 2],
        ["CN", 1],
      ]),
    );
  });
});

describe("paler", () => {
  it("mixes towards white", () => {
    expect(paler("#000000", 0.5)).toBe("#808080");
    expect(paler("#3b6fb6", 0)).toBe("#3b6fb6");
  });
});
