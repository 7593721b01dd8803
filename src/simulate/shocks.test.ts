import { describe, expect, it } from "vitest";
import { sfc32 } from "./rng.js";
import { drawQuarterShocks, SHOCK_ALGORITHMS, SHOCK_CAPEX, SHOCK_COUNT, SHOCK_SUPPLY, SHOCK_THEFT } from "./shocks.js";

describe(drawQuarterShocks, () => {
  const rng = sfc32(9);
  const out = new Float64Array(SHOCK_COUNT);
  const n = 20000;
  const sums = new Float64Array(SHOCK_COUNT);
  const squares = new Float64Array(SHOCK_COUNT);
  let crossCapex = 0;
  for (let i = 0; i < n; i++) {
    drawQuarterShocks(rng, out);
    out.forEach((x, k) => {
      sums[k] = sums[k]! + x;
      squares[k] = squares[k]! + x * x;
    });
    crossCapex += out[SHOCK_CAPEX]! * out[SHOCK_CAPEX + 1]!;
  }

  it.each([SHOCK_CAPEX, SHOCK_CAPEX + 3, SHOCK_ALGORITHMS, SHOCK_SUPPLY])("slot %i is a standard normal", (k) => {
    expect(sums[k]! / n).toBeCloseTo(0, 1);
    expect(squares[k]! / n).toBeCloseTo(1, 1);
  });

  it("draws the two normals of a pair independently", () => {
    expect(crossCapex / n).toBeCloseTo(0, 1);
  });

  it("draws event slots uniformly on [0, 1)", () => {
    expect(sums[SHOCK_THEFT]! / n).toBeCloseTo(0.5, 1);
  });
});
