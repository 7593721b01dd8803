import { describe, expect, it } from "vitest";
import { logColour } from "./log-colour.js";

describe("logColour", () => {
  const scale = logColour(4, 1_319_525);
  it("spans the powers of ten around the data", () => {
    expect(scale.ticks()).toEqual([1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000]);
  });
  it("maps the ends to the ends of the palette and clamps outside", () => {
    expect(scale.of(1)).toBe("#ffffcc");
    expect(scale.of(1e7)).toBe("#0c2c84");
    expect(scale.of(1e9)).toBe("#0c2c84");
  });
  it("gets darker as the value grows", () => {
    const luminance = (hex: string) =>
      parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    const values = [10, 100, 1000, 1e4, 1e5, 1e6];
    for (let index = 1; index < values.length; index++)
      expect(luminance(scale.of(values[index]!))).toBeLessThan(luminance(scale.of(values[index - 1]!)));
  });
});
