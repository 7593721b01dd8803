import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.js";

describe(tokenize, () => {
  it.each([
    ["OpenAI's R1", ["OpenAI", "'", "s", "R1"]],
    ["$3,5 miljard", ["$", "3,5", "miljard"]],
    ["1.000.000 en 61,5%", ["1.000.000", "en", "61,5", "%"]],
    ["Open\u200bAI", ["OpenAI"]],
    ["Zuidoost-Azië", ["Zuidoost", "-", "Azië"]],
  ])("%j", (text, forms) => {
    expect(tokenize(text).map((token) => token.form)).toEqual(forms);
  });

  it("folds look-alike letters: a Cyrillic О in ОpenAI reads as O", () => {
    expect(tokenize("\u041epenAI")[0]!.form).toBe("OpenAI");
  });

  it("keeps every span inside the text, in order and without overlap, on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        let previous = 0;
        for (const token of tokenize(text)) {
          expect(token.start).toBeGreaterThanOrEqual(previous);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.end).toBeLessThanOrEqual(text.length);
          previous = token.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
