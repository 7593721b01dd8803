import { describe, expect, it } from "vitest";
import { fitRandomWalk, Z75 } from "./random-walk.js";

describe(fitRandomWalk, () => {
  it("needs three points", () => {
    expect(
      fitRandomWalk([
        { year: 2020, value: 1 },
        { year: 2021, value: 2 },
      ]),
    ).toBeNull();
  });

  it("extrapolates a straight line with zero spread", () => {
    const walk = fitRandomWalk([2018, 2019, 2020, 2021].map((year) => ({ year, value: 2 * (year - 2018) })))!;
    expect(walk(2023).median).toBeCloseTo(10, 12);
    expect(walk(2023).halfWidth90).toBeCloseTo(0, 12);
  });

  it("widens its bands with the square root of the horizon", () => {
    const walk = fitRandomWalk([
      { year: 2018, value: 0 },
      { year: 2019, value: 2 },
      { year: 2020, value: 2 },
      { year: 2021, value: 3 },
    ])!;
    // drift 1/yr; residuals +1, -1, 0 over 2 degrees of freedom: sigma 1.
    expect(walk(2022).median).toBeCloseTo(4, 12);
    expect(walk(2022).halfWidth50).toBeCloseTo(Z75, 12);
    expect(walk(2025).halfWidth50).toBeCloseTo(Z75 * 2, 12);
  });
});
