import { describe, expect, it } from "vitest";
import { countVerdicts, verdictsFromQuery } from "./verdicts.js";

describe("verdictsFromQuery", () => {
  it.each([
    [null, []],
    ["", []],
    ["inaccurate", ["inaccurate"]],
    ["inaccurate,imprecise", ["inaccurate", "imprecise"]],
    ["wrong,opinion", ["opinion"]],
    ["mostly-accurate,inaccurate", ["mostly-accurate", "inaccurate"]],
  ])("%j -> %j", (text, expected) => {
    expect(verdictsFromQuery(text)).toEqual(expected);
  });
});

describe("countVerdicts", () => {
  it("counts every verdict, zero where there is none", () => {
    expect(countVerdicts(["accurate", "opinion", "accurate", "mostly-accurate"])).toEqual({
      accurate: 2,
      "mostly-accurate": 1,
      imprecise: 0,
      inaccurate: 0,
      unverifiable: 0,
      opinion: 1,
    });
  });
});
