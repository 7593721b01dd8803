/**
 * The tokeniser: words, numbers and single punctuation marks with their spans (UTF-16 offsets into the text,
 * end exclusive). One pass over the character codes into typed arrays: no object per token, and each distinct
 * spelling is folded and lower-cased once, so a 20 MB text leaves a few arrays for the garbage collector instead of
 * millions of objects. Invisible characters inside a word stay in its span but not in its folded form.
 */
import { foldWord, isInvisible } from "./fold.js";
import { isDigit, isSpace, isWordChar } from "./char-classes.js";

export type TokenKind = "word" | "number" | "punct";

/** One token as a plain object: for the few callers that are not on the hot path. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** The token's text folded for matching (look-alikes mapped, invisible characters dropped), case kept. */
  readonly form: string;
  /** The folded form in lower case. */
  readonly lower: string;
}

const KINDS: readonly TokenKind[] = ["word", "number", "punct"];
const WORD = 0;
const NUMBER = 1;
const PUNCT = 2;

/**
 * The distinct spellings of one text, each folded and lower-cased once. Found by a hash of the characters in an
 * open-addressing table, so a token seen before costs no string at all.
 */
class Spellings {
  readonly raws: string[] = [];
  readonly forms: string[] = [];
  readonly lowers: string[] = [];
  /** Whether the form's first character differs from its lower case (a capital). */
  readonly capitals: boolean[] = [];
  private slots = new Int32Array(1024).fill(-1);
  private hashes: number[] = [];

  idOf(text: string, start: number, end: number, kind: number): number {
    let hash = 0x811c9dc5;
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id === -1) break;
      const raw = this.raws[id]!;
      if (this.hashes[id] === hash && raw.length === end - start && text.startsWith(raw, start)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.add(text.slice(start, end), kind, hash);
    this.slots[slot] = id;
    if (this.raws.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private add(raw: string, kind: number, hash: number): number {
    const form = kind === WORD ? foldWord(raw) : raw;
    const first = form.charAt(0);
    this.raws.push(raw);
    this.hashes.push(hash);
    this.forms.push(form);
    this.lowers.push(form.toLowerCase());
    this.capitals.push(first !== first.toLowerCase());
    return this.raws.length - 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    });
  }
}

/** A text's tokens, by position: kind, span and the folded form of the token at index i (0 <= i < length). */
export class TokenList {
  constructor(
    readonly length: number,
    private readonly kinds: Uint8Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly spellingIds: Int32Array,
    private readonly spellings: Spellings,
  ) {}

  kind(index: number): TokenKind {
    return KINDS[this.kinds[index]!]!;
  }
  start(index: number): number {
    return this.starts[index]!;
  }
  end(index: number): number {
    return this.ends[index]!;
  }
  form(index: number): string {
    return this.spellings.forms[this.spellingIds[index]!]!;
  }
  lower(index: number): string {
    return this.spellings.lowers[this.spellingIds[index]!]!;
  }
  /** Whether the folded form starts with a capital letter. */
  capital(index: number): boolean {
    return this.spellings.capitals[this.spellingIds[index]!]!;
  }
  /** The same number for every token of the same spelling (below `spellingCount`): a key for per-spelling caches. */
  spelling(index: number): number {
    return this.spellingIds[index]!;
  }
  get spellingCount(): number {
    return this.spellings.forms.length;
  }
  /** The token at an index as an object, or undefined outside the list. */
  at(index: number): Token | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return {
      kind: this.kind(index),
      start: this.start(index),
      end: this.end(index),
      form: this.form(index),
      lower: this.lower(index),
    };
  }
}

function grown<T extends Uint8Array | Int32Array>(array: T, make: (size: number) => T): T {
  const bigger = make(array.length * 2);
  bigger.set(array);
  return bigger;
}

export function tokenize(text: string): TokenList {
  const length = text.length;
  // About one token per five characters in prose; the arrays double when a text holds more.
  let capacity = Math.max(16, Math.ceil(length / 4));
  let kinds = new Uint8Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let ids = new Int32Array(capacity);
  const spellings = new Spellings();
  let count = 0;
  const push = (kind: number, start: number, end: number) => {
    if (count === capacity) {
      kinds = grown(kinds, (size) => new Uint8Array(size));
      starts = grown(starts, (size) => new Int32Array(size));
      ends = grown(ends, (size) => new Int32Array(size));
      ids = grown(ids, (size) => new Int32Array(size));
      capacity *= 2;
    }
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = end;
    ids[count] = spellings.idOf(text, start, end, kind);
    count++;
  };
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
      push(NUMBER, start, index);
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
      push(WORD, start, index);
      continue;
    }
    // One mark of punctuation or symbol; a surrogate pair stays whole.
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < length ? 2 : 1;
    push(PUNCT, start, index);
  }
  return new TokenList(count, kinds, starts, ends, ids, spellings);
}
