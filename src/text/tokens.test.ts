import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDigit, isSpace, isWordChar } from "./char-classes.js";
import { foldWord, isInvisible } from "./fold.js";
import { tokenize, type Token, type TokenList } from "./tokens.js";

const all = (tokens: TokenList): Token[] => Array.from({ length: tokens.length }, (_, index) => tokens.at(index)!);

/**
 * The tokeniser as it was before tokens became typed arrays (one object per token, each word folded where it
 * stands): the typed-array tokeniser must give the same tokens on any text.
 */
function referenceTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const add = (kind: Token["kind"], start: number, end: number) => {
    const form = kind === "word" ? foldWord(text.slice(start, end)) : text.slice(start, end);
    tokens.push({ kind, start, end, form, lower: form.toLowerCase() });
  };
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const start = index;
    if (isSpace(code) || isInvisible(code)) index++;
    else if (isDigit(code)) {
      index++;
      while (index < text.length) {
        if (isDigit(text.charCodeAt(index))) index++;
        else if (/^[,.]\d/.test(text.slice(index, index + 2))) index += 2;
        else break;
      }
      add("number", start, index);
    } else if (isWordChar(code)) {
      index++;
      while (index < text.length) {
        const next = text.charCodeAt(index);
        if (isWordChar(next) || isDigit(next)) index++;
        else if (isInvisible(next) && index + 1 < text.length && isWordChar(text.charCodeAt(index + 1))) index++;
        else break;
      }
      add("word", start, index);
    } else {
      index += /[\ud800-\udbff]/.test(text[index]!) && index + 1 < text.length ? 2 : 1;
      add("punct", start, index);
    }
  }
  return tokens;
}

/** Text made of the characters the tokeniser treats specially, so random strings hit every branch. */
const trickyText = fc.string({
  unit: fc.constantFrom(
    ..."aZé0 9.,'’$€%-\n\u00a0\u00ad\u200b\u202e\ufeff\u041e\u03bf\uff21\uff10\ud83d\ude00\ud800ΣİK".split(""),
    "Open",
    "AI",
    "3,5",
  ),
  maxLength: 200,
});

describe(tokenize, () => {
  it.each([
    ["OpenAI's R1", ["OpenAI", "'", "s", "R1"]],
    ["$3,5 miljard", ["$", "3,5", "miljard"]],
    ["1.000.000 en 61,5%", ["1.000.000", "en", "61,5", "%"]],
    ["Open\u200bAI", ["OpenAI"]],
    ["Zuidoost-Azië", ["Zuidoost", "-", "Azië"]],
  ])("%j", (text, forms) => {
    expect(all(tokenize(text)).map((token) => token.form)).toEqual(forms);
  });

  it("folds look-alike letters: a Cyrillic О in ОpenAI reads as O", () => {
    expect(tokenize("\u041epenAI").form(0)).toBe("OpenAI");
  });

  it("gives one spelling number to equal tokens and keeps their forms apart from look-alike raw text", () => {
    const tokens = tokenize("OpenAI en OpenAI en \u041epenAI");
    expect(tokens.spelling(0)).toBe(tokens.spelling(2));
    expect(tokens.spelling(4)).not.toBe(tokens.spelling(0));
    expect(tokens.form(4)).toBe(tokens.form(0));
    expect(tokens.spellingCount).toBe(3);
  });

  it("grows past its first guess of the token count", () => {
    const tokens = tokenize("a,".repeat(5000));
    expect(tokens.length).toBe(10_000);
    expect(tokens.at(9999)).toEqual({ kind: "punct", start: 9999, end: 10_000, form: ",", lower: "," });
    expect(tokens.at(10_000)).toBeUndefined();
  });

  it("reads words and numbers longer than its first buffer, and knows them again", () => {
    const word = "Ab".repeat(700);
    const number = "1,2".repeat(300);
    const tokens = tokenize(`${word} ${number} ${word}`);
    expect(all(tokens).map((token) => [token.kind, token.form])).toEqual([
      ["word", word],
      ["number", number],
      ["word", word],
    ]);
    expect(tokens.spelling(2)).toBe(tokens.spelling(0));
  });

  it("gives the same tokens as the object tokeniser on any text", () => {
    fc.assert(
      fc.property(fc.oneof(trickyText, fc.string({ unit: "binary", maxLength: 300 })), (text) => {
        expect(all(tokenize(text))).toEqual(referenceTokens(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps every span inside the text, in order and without overlap, on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        let previous = 0;
        for (const token of all(tokenize(text))) {
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
