import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { controlEffects, HISTORICAL_CONTROLS, historicalStrictness, MAX_STRICTNESS } from "./export-controls.js";

describe(controlEffects, () => {
  it.each([
    { strictness: 0, licensedShare: 1, accessLagYears: 0 },
    { strictness: 1, licensedShare: 0.5, accessLagYears: 1 },
    { strictness: 2.5, licensedShare: 0.125, accessLagYears: 2.5 },
    { strictness: 4, licensedShare: 0, accessLagYears: 3 },
    { strictness: 9, licensedShare: 0, accessLagYears: 3 },
  ])(
    "at $strictness allows $licensedShare of demand with chips $accessLagYears years behind",
    ({ strictness, licensedShare, accessLagYears }) => {
      const effects = controlEffects(strictness);
      expect(effects.licensedShare).toBeCloseTo(licensedShare, 12);
      expect(effects.accessLagYears).toBeCloseTo(accessLagYears, 12);
    },
  );

  it("tightens every effect as strictness rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: MAX_STRICTNESS, noNaN: true }),
        fc.double({ min: 0, max: MAX_STRICTNESS, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [controlEffects(a), controlEffects(b)] : [controlEffects(b), controlEffects(a)];
          expect(high.licensedShare).toBeLessThanOrEqual(low.licensedShare);
          expect(high.smugglingMultiplier).toBeLessThanOrEqual(low.smugglingMultiplier);
          expect(high.domesticGrowthMultiplier).toBeLessThanOrEqual(low.domesticGrowthMultiplier);
          expect(high.remoteAccessMultiplier).toBeLessThanOrEqual(low.remoteAccessMultiplier);
          expect(high.accessLagYears).toBeGreaterThanOrEqual(low.accessLagYears);
        },
      ),
    );
  });
});

describe(historicalStrictness, () => {
  it.each([
    { year: 2021.5, expected: 0 },
    { year: 2022.75, expected: 1 },
    { year: 2024, expected: 2 },
    { year: 2025, expected: 2.5 },
    { year: 2025.5, expected: 3 },
  ])("is $expected in $year", ({ year, expected }) => expect(historicalStrictness(year)).toBe(expected));

  it("lists the control dates in order", () => {
    const dates = HISTORICAL_CONTROLS.map((c) => c.from);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });
});
