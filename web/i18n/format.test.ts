import { describe, expect, it } from "vitest";
import { formatCell, formatDate, formatScientific } from "./format.js";

describe("formatCell", () => {
  it.each([
    [1234.5, null, "en", "1,234.5"],
    [1234.5, null, "nl", "1.234,5"],
    [1319525.2, "H100e", "en", "1,319,525.2"],
    [1319525.2, "H100e", "nl", "1.319.525,2"],
    [2.1e25, "FLOP", "en", "2.1 × 10²⁵"],
    [2.1e25, "FLOP", "nl", "2,1 × 10²⁵"],
    [1e26, "FLOP", "en", "10²⁶"],
    [0.7564, "share", "en", "75.6%"],
    [0.7564, "share", "nl", "75,6%"],
    [4.106, "x/year", "nl", "4,1×"],
    [2019, "year", "nl", "2019"],
    [null, "FLOP", "en", "–"],
    ["2024-02-26", null, "en", "26 Feb 2024"],
    ["us", null, "en", "us"],
  ] as const)("%s %s in %s -> %s", (value, unit, lang, expected) => {
    expect(formatCell(value, unit, lang)).toBe(expected);
  });
});

describe("formatScientific", () => {
  it("writes small magnitudes as plain numbers", () => {
    expect(formatScientific(12.5, "nl")).toBe("12,5");
    expect(formatScientific(0, "en")).toBe("0");
  });
});

describe("formatDate", () => {
  it("leaves partial dates as they are", () => {
    expect(formatDate("2024", "nl")).toBe("2024");
    expect(formatDate("2024-03-01", "nl")).toMatch(/^1 mrt\.? 2024$/);
  });
});
