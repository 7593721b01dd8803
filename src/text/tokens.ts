/**
 * The tokeniser: words, numbers and single punctuation marks with their spans (UTF-16 offsets into the text,
 * end exclusive). One pass over the character codes, so it keeps up with tens of megabytes a second. Invisible
 * characters inside a word stay in its span but not in its folded form.
 */
import { foldWord, isInvisible } from "./fold.js";

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** The token's text folded for matching (look-alikes mapped, invisible characters dropped), case kept. */
  readonly form: string;
  /** The folded form in lower case, computed once (every stage compares lower-case words). */
  readonly lower: string;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Letters of any script: ASCII letters, and above Latin-1 punctuation everything but spaces and marks of punctuation. */
export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // general punctuation, symbols, arrows
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral letters (surrogate halves): kept inside words
  if (code >= 0xfe00 && code <= 0xfe0f) return false;
  if (code >= 0xff00 && code <= 0xff20) return false;
  return !isSpace(code);
}

export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Full-width digits and letters count as their ASCII twins. */
function isWordChar(code: number): boolean {
  return (
    isLetter(code) ||
    isDigit(code) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (isSpace(code) || isInvisible(code)) {
      index++;
      continue;
    }
    const start = index;
    if (isDigit(code)) {
      // A number: digits with single inner separators ("3,5", "1.000.000", "61,5").
      index++;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (isDigit(next)) index++;
        else if ((next === 44 || next === 46) && index + 1 < length && isDigit(text.charCodeAt(index + 1))) index += 2;
        else break;
      }
      const form = text.slice(start, index);
      tokens.push({ kind: "number", start, end: index, form, lower: form });
      continue;
    }
    if (isWordChar(code)) {
      index++;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (isWordChar(next) || isDigit(next)) index++;
        else if (isInvisible(next) && index + 1 < length && isWordChar(text.charCodeAt(index + 1))) index++;
        else break;
      }
      const form = foldWord(text.slice(start, index));
      tokens.push({ kind: "word", start, end: index, form, lower: form.toLowerCase() });
      continue;
    }
    // One mark of punctuation or symbol; a surrogate pair stays whole.
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < length ? 2 : 1;
    const form = text.slice(start, index);
    tokens.push({ kind: "punct", start, end: index, form, lower: form });
  }
  return tokens;
}
