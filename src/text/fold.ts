/**
 * Folding for name matching: lower case, look-alike letters from other scripts mapped to Latin ("ОpenAI" with a
 * Cyrillic О reads as OpenAI) and invisible characters (zero-width, bidi controls) dropped. Matching runs on the
 * folded form; spans always point into the original text.
 */

/** Zero-width characters, bidi marks, embeddings, overrides and isolates: invisible, yet they split a name. */
export function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

/** Cyrillic and Greek capitals and small letters that look like Latin ones. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  І: "I",
  Ј: "J",
  Ѕ: "S",
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  һ: "h",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  ο: "o",
  ν: "v",
  ι: "i",
};

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // Full-width Latin letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９) to their ASCII forms.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return LOOK_ALIKES[char] ?? char;
}

/** The letters of a word as matching sees them, case kept: look-alikes mapped, invisible characters dropped. */
export function foldWord(word: string): string {
  let plain = true;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x80) {
      plain = false;
      break;
    }
  }
  if (plain) return word;
  let out = "";
  for (const char of word) if (!isInvisible(char.charCodeAt(0))) out += foldChar(char);
  return out;
}
