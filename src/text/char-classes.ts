/** Character classes of the tokeniser, by UTF-16 code: digits, letters of any script, spaces, word characters. */
import { isInvisible } from "./fold.js";

export function isDigit(code: number): boolean {
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
export function isWordChar(code: number): boolean {
  return (
    isLetter(code) ||
    isDigit(code) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

/** A character's class as the tokeniser's main loop sees it (spaces and invisible characters separate tokens). */
export const SEPARATOR = 0;
export const DIGIT = 1;
export const WORD_CHAR = 2;
export const MARK = 3;

function classOfWide(code: number): number {
  if (isSpace(code) || isInvisible(code)) return SEPARATOR;
  if (isDigit(code)) return DIGIT;
  return isWordChar(code) ? WORD_CHAR : MARK;
}

const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, code) => classOfWide(code));

/** The class of a character code: a table for ASCII, the functions above for the rest. */
export function charClass(code: number): number {
  return code < 128 ? ASCII_CLASSES[code]! : classOfWide(code);
}
