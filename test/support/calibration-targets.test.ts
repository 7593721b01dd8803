import { describe, expect, it } from "vitest";
import { calibrationTargets, readCsv } from "./calibration-targets.js";
import { describeWithSnapshot } from "./snapshot.js";

describe(readCsv, () => {
  it.each([
    { text: "a,b\n1,2\n", expected: [{ a: "1", b: "2" }] },
    { text: 'a,b\r\n"x, y","line\nbreak"\r\n', expected: [{ a: "x, y", b: "line\nbreak" }] },
    {
      text: 'a,b\n"say ""hi""",\n\n3,4',
      expected: [
        { a: 'say "hi"', b: "" },
        { a: "3", b: "4" },
      ],
    },
  ])("reads $text", ({ text, expected }) => expect(readCsv(text)).toEqual(expected));
});

describeWithSnapshot("calibrationTargets", () => {
  it("computes the US frontier from the Epoch CSV and cites it", () => {
    const us2020 = calibrationTargets().find(
      (t) => t.bloc === "us" && t.year === 2020 && t.quantity === "frontierTraining",
    )!;
    expect(us2020.value).toBeGreaterThan(1e23); // GPT-3 (3.1e23 FLOP) was published in 2020
    expect(us2020.source).toMatch(/Epoch AI notable models/);
  });
});
