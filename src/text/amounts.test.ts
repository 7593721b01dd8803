import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readAmounts, readNumber } from "./amounts.js";
import { paragraphsOf, sentencesOf } from "./segments.js";
import { tokenize } from "./tokens.js";
import type { Lang } from "./language.js";

function amountsOf(text: string, lang: Lang) {
  const tokens = tokenize(text);
  return readAmounts(text, tokens, sentencesOf(tokens, paragraphsOf(text, tokens, lang)));
}

describe(readAmounts, () => {
  it.each([
    ["Alibaba steekt ruim 380 miljard yuan in de cloud.", "nl", 380, 1e9, "CNY", "more-than"],
    ["Het bedrijf kreeg $3,5 miljard.", "nl", 3.5, 1e9, "USD", "exact"],
    ["Dat is ongeveer €50 miljard.", "nl", 50, 1e9, "EUR", "about"],
    ["Amazon investeert tot $8 miljard in Anthropic.", "nl", 8, 1e9, "USD", "up-to"],
    ["De waardering stijgt tot $61,5 miljard.", "nl", 61.5, 1e9, "USD", "to"],
    ["Google heeft ruim 10% van de aandelen.", "nl", 10, 1, null, "more-than"],
    ["De markt is bijna 2 biljoen waard.", "nl", 2, 1e12, null, "almost"],
    ["They raised $500bn for data centres.", "en", 500, 1e9, "USD", "exact"],
    ["Spending may pass 1.5 trillion next year.", "en", 1.5, 1e12, null, "more-than"],
    ["Revenue rose to $3.4 billion.", "en", 3.4, 1e9, "USD", "to"],
    ["It holds 1,000 million euros.", "en", 1000, 1e6, "EUR", "exact"],
    ["Het fonds telt 1.000 miljoen euro.", "nl", 1000, 1e6, "EUR", "exact"],
  ] as const)("%s", (text, lang, value, scale, currency, qualifier) => {
    const [amount] = amountsOf(text, lang);
    expect(amount).toMatchObject({ value, scale, currency, qualifier });
  });

  it("reads no bare number as an amount: years and counts stay out", () => {
    expect(amountsOf("In 2024 published 57 labs 98 models.", "en")).toEqual([]);
  });

  it("reads separators by the paragraph's language", () => {
    expect(readNumber("3,5", "nl", true)).toBe(3.5);
    expect(readNumber("3,500", "en", false)).toBe(3500);
    expect(readNumber("1.5", "en", true)).toBe(1.5);
    expect(readNumber("1.234,5", "nl", false)).toBe(1234.5);
    expect(readNumber("1,234.5", "en", false)).toBe(1234.5);
  });

  it("never crashes, keeps spans inside the text and values finite, on any string", () => {
    const pieces = fc.constantFrom(
      "$",
      "€",
      "¥",
      "3,5",
      "1.000",
      "61.5",
      " miljard",
      " billion",
      "bn",
      " yuan",
      "%",
      " tot ",
      " ruim ",
      "bijna ",
      ". ",
      "\n\n",
      "\u202e",
      "\u200b",
    );
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(text, fc.constantFrom<Lang>("nl", "en"), (input, lang) => {
        for (const amount of amountsOf(input, lang)) {
          expect(amount.start).toBeGreaterThanOrEqual(0);
          expect(amount.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(amount.start, amount.end)).toBe(amount.text);
          expect(Number.isFinite(amount.value * amount.scale)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
