import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  blendedPrice,
  cheapestAtLevel,
  eciIndex,
  levelOn,
  levelSpec,
  parseBlend,
  pricesInEffect,
  yearAfter,
  yearBefore,
} from "./capability-price.js";
import { capability, price } from "./price-fixtures.js";

const THREE_TO_ONE = { input: 3, output: 1 };

describe(parseBlend, () => {
  it.each([
    ["3:1", { input: 3, output: 1 }],
    [" 1 : 1 ", { input: 1, output: 1 }],
    ["1:0", { input: 1, output: 0 }],
    ["0.5:2", { input: 0.5, output: 2 }],
    ["0:0", null],
    ["3-1", null],
    ["-1:2", null],
    ["", null],
  ])("%j -> %j", (text, expected) => expect(parseBlend(text)).toEqual(expected));

  it("reads back any pair of weights it writes", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (input, output) => {
        fc.pre(input + output > 0);
        expect(parseBlend(`${input}:${output}`)).toEqual({ input, output });
      }),
    );
  });
});

describe(blendedPrice, () => {
  it("weighs three input tokens per output token under 3:1", () => {
    expect(blendedPrice(30, 60, THREE_TO_ONE)).toBe(37.5);
    expect(blendedPrice(0.15, 0.6, THREE_TO_ONE)).toBeCloseTo(0.2625, 10);
  });

  it("lies between the input and the output price, whatever the blend", () => {
    const money = fc.double({ min: 0, max: 1000, noNaN: true });
    fc.assert(
      fc.property(money, money, fc.nat(100), fc.nat(100), (input, output, a, b) => {
        fc.pre(a + b > 0);
        const blended = blendedPrice(input, output, { input: a, output: b });
        expect(blended).toBeGreaterThanOrEqual(Math.min(input, output) - 1e-9);
        expect(blended).toBeLessThanOrEqual(Math.max(input, output) + 1e-9);
      }),
    );
  });
});

describe(pricesInEffect, () => {
  const launch = price({
    id: "a-launch",
    model: "m",
    provider: "a",
    effective: "2024-01-10",
    inputUsdPerMtok: 10,
    outputUsdPerMtok: 30,
    eciModels: [],
  });
  const cut = price({
    id: "a-cut",
    model: "m",
    provider: "a",
    effective: "2024-06-01",
    inputUsdPerMtok: 5,
    outputUsdPerMtok: 15,
    eciModels: [],
  });
  const gone = price({
    id: "b",
    model: "n",
    provider: "b",
    effective: "2024-02-01",
    withdrawn: "2024-03-01",
    inputUsdPerMtok: 1,
    outputUsdPerMtok: 1,
    eciModels: [],
  });

  it.each([
    ["2024-01-09", []],
    ["2024-01-10", ["a-launch"]],
    ["2024-02-15", ["a-launch", "b"]],
    ["2024-03-01", ["a-launch"]],
    ["2024-06-01", ["a-cut"]],
  ])("on %s: %j", (day, ids) => {
    expect(
      pricesInEffect([cut, gone, launch], day)
        .map((p) => p.id)
        .sort(),
    ).toEqual(ids);
  });
});

describe(cheapestAtLevel, () => {
  const eci = eciIndex([capability("strong", 130), capability("weak", 110), capability("stronger", 140)]);
  const prices = [
    price({ id: "strong", effective: "2024-01-01", inputUsdPerMtok: 10, outputUsdPerMtok: 30, eciModels: ["strong"] }),
    price({ id: "weak", effective: "2024-01-01", inputUsdPerMtok: 0.1, outputUsdPerMtok: 0.1, eciModels: ["weak"] }),
    price({
      id: "stronger",
      effective: "2024-05-01",
      inputUsdPerMtok: 2,
      outputUsdPerMtok: 6,
      eciModels: ["stronger", "unscored"],
    }),
    price({
      id: "chinese",
      effective: "2024-03-01",
      inputUsdPerMtok: 1,
      outputUsdPerMtok: 1,
      eciModels: ["strong"],
      developerCountry: "CN",
    }),
  ];
  const us = (p: { developerCountry: string | null }) => p.developerCountry === "US";

  it("takes the cheapest model that reaches the level, in the group asked for", () => {
    expect(cheapestAtLevel(prices, "2024-02-01", 125, eci, THREE_TO_ONE, us)?.price.id).toBe("strong");
    expect(cheapestAtLevel(prices, "2024-06-01", 125, eci, THREE_TO_ONE, us)?.price.id).toBe("stronger");
    expect(cheapestAtLevel(prices, "2024-06-01", 125, eci, THREE_TO_ONE, () => true)?.price.id).toBe("chinese");
    expect(cheapestAtLevel(prices, "2024-06-01", 150, eci, THREE_TO_ONE, us)).toBeNull();
    expect(cheapestAtLevel(prices, "2023-12-31", 100, eci, THREE_TO_ONE, us)).toBeNull();
  });

  it("never gets cheaper when the level rises, and is never above any qualifying price", () => {
    const arbitraryPrice = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      day: fc.integer({ min: 0, max: 700 }),
      input: fc.double({ min: 0.01, max: 100, noNaN: true }),
      output: fc.double({ min: 0.01, max: 100, noNaN: true }),
      score: fc.integer({ min: 90, max: 160 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryPrice, { maxLength: 12 }),
        fc.integer({ min: 90, max: 160 }),
        fc.integer({ min: 0, max: 30 }),
        (specs, low, rise) => {
          const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
          const scores = eciIndex(specs.map((spec, index) => capability(`v${index}`, spec.score)));
          const observed = specs.map((spec, index) =>
            price({
              id: `p${index}`,
              model: `m${index}`,
              effective: day(spec.day),
              inputUsdPerMtok: spec.input,
              outputUsdPerMtok: spec.output,
              eciModels: [`v${index}`],
            }),
          );
          const on = day(800);
          const atLow = cheapestAtLevel(observed, on, low, scores, THREE_TO_ONE, () => true);
          const atHigh = cheapestAtLevel(observed, on, low + rise, scores, THREE_TO_ONE, () => true);
          if (atHigh) expect(atLow!.blendedUsdPerMtok).toBeLessThanOrEqual(atHigh.blendedUsdPerMtok);
          for (const p of observed.filter((_candidate, index) => specs[index]!.score >= low))
            expect(atLow!.blendedUsdPerMtok).toBeLessThanOrEqual(
              blendedPrice(p.inputUsdPerMtok, p.outputUsdPerMtok, THREE_TO_ONE),
            );
        },
      ),
    );
  });
});

describe("capability levels", () => {
  const capabilities = [
    capability("gpt-4-0314", 126.1, "2023-03-14"),
    capability("o1-2024-12-17_high", 142.9, "2024-12-17"),
    capability("o1-2024-12-17_low", 141, "2024-12-17"),
    capability("later", 150, "2025-08-07"),
  ];
  const eci = eciIndex(capabilities);

  it("names levels by id, case-insensitively, or by an ECI score", () => {
    expect(levelSpec("GPT-4")?.id).toBe("gpt-4");
    expect(levelSpec("o1")?.id).toBe("o1");
    expect(levelSpec("135")).toMatchObject({ kind: "eci", eci: 135 });
    expect(levelSpec("gpt-5")).toBeNull();
  });

  it("puts a model level at the best of its versions, and the rolling level a year back", () => {
    expect(levelOn(levelSpec("o1")!, "2025-01-01", capabilities, eci)?.eci).toBe(142.9);
    expect(levelOn(levelSpec("year-ago-best")!, "2025-12-17", capabilities, eci)?.eci).toBe(142.9);
    expect(levelOn(levelSpec("year-ago-best")!, "2025-12-16", capabilities, eci)?.eci).toBe(126.1);
    expect(levelOn(levelSpec("year-ago-best")!, "2024-03-13", capabilities, eci)).toBeNull();
    expect(levelOn(levelSpec("o1")!, "2025-01-01", [], new Map())).toBeNull();
  });

  it.each([
    ["2025-06-30", "2024-06-30"],
    ["2024-02-29", "2023-02-28"],
    ["2025-01-01", "2024-01-01"],
  ])("a year before %s is %s", (day, expected) => expect(yearBefore(day)).toBe(expected));

  it("a year after a day is the first day whose year before reaches it", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        (date) => {
          const day = date.toISOString().slice(0, 10);
          const after = yearAfter(day);
          expect(yearBefore(after) >= day).toBe(true);
          const dayBefore = new Date(Date.parse(`${after}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
          expect(yearBefore(dayBefore) < day).toBe(true);
        },
      ),
    );
  });
});
