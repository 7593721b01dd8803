import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { powerOfTenText } from "./power-of-ten.js";

const fromSuperscript = (text: string) =>
  Number(
    [...text]
      .map((char) => ("⁰¹²³⁴⁵⁶⁷⁸⁹".includes(char) ? "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(char) : char === "⁻" ? "-" : char))
      .join(""),
  );

describe(powerOfTenText, () => {
  it("writes the legal thresholds and other values as the dashboard does", () => {
    expect(powerOfTenText(1e25, "en")).toBe("10²⁵");
    expect(powerOfTenText(1e26, "nl")).toBe("10²⁶");
    expect(powerOfTenText(2.1e25, "en")).toBe("2.1 × 10²⁵");
    expect(powerOfTenText(2.1e25, "nl")).toBe("2,1 × 10²⁵");
    expect(powerOfTenText(3e-3, "en")).toBe("3 × 10⁻³");
  });

  it("reads back to the value within its two significant digits", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-30, max: 1e40, noNaN: true }), (value) => {
        const [mantissa, power] = powerOfTenText(value, "en").split(" × ");
        const read =
          power === undefined
            ? 10 ** fromSuperscript(mantissa!.slice(2))
            : Number(mantissa) * 10 ** fromSuperscript(power.slice(2));
        expect(Math.abs(read - value) / value).toBeLessThan(0.06);
      }),
    );
  });
});
