/**
 * The tokeniser: words, numbers and single punctuation marks with their spans (UTF-16 offsets into the text,
 * end exclusive). One pass over the character codes into typed arrays: no object per token, and each distinct
 * spelling is folded and lower-cased once, so a 20 MB text leaves a few arrays for the garbage collector instead of
 * millions of objects. Invisible characters inside a word stay in its span but not in its folded form.
 */
import { foldWord, isInvisible } from "./fold.js";
import { charClass, DIGIT, isDigit, isWordChar, SEPARATOR, WORD_CHAR } from "./char-classes.js";

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
 * open-addressing table and checked character by character against a copy of each spelling's characters, so a
 * token seen before costs no string at all.
 */
class Spellings {
  readonly forms: string[] = [];
  readonly lowers: string[] = [];
  /** Whether the form's first character differs from its lower case (a capital). */
  readonly capitals: boolean[] = [];
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(512);
  /** Each spelling's characters: from offsets[id], lengths[id] long, in `chars`. */
  private offsets = new Int32Array(512);
  private lengths = new Int32Array(512);
  private chars = new Uint16Array(4096);
  private used = 0;

  constructor(private readonly text: string) {}

  /** The id of the spelling text[start, end), whose characters are token[0, end - start) and hash to `hash`. */
  idOf(token: Uint16Array, start: number, end: number, kind: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id === -1) break;
      if (this.hashes[id] === hash && this.lengths[id] === length && this.holds(this.offsets[id]!, token, length))
        return id;
      slot = (slot + 1) & mask;
    }
    const id = this.add(token, start, end, kind, hash);
    this.slots[slot] = id;
    if (this.forms.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private holds(offset: number, token: Uint16Array, length: number): boolean {
    const chars = this.chars;
    for (let index = 0; index < length; index++) if (chars[offset + index] !== token[index]) return false;
    return true;
  }

  private add(token: Uint16Array, start: number, end: number, kind: number, hash: number): number {
    const id = this.forms.length;
    const raw = this.text.slice(start, end);
    const form = kind === WORD ? foldWord(raw) : raw;
    const first = form.charAt(0);
    this.forms.push(form);
    this.lowers.push(form.toLowerCase());
    this.capitals.push(first !== first.toLowerCase());
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes, (size) => new Int32Array(size));
      this.offsets = grown(this.offsets, (size) => new Int32Array(size));
      this.lengths = grown(this.lengths, (size) => new Int32Array(size));
    }
    const length = end - start;
    while (this.used + length > this.chars.length) this.chars = grown(this.chars, (size) => new Uint16Array(size));
    this.chars.set(token.subarray(0, length), this.used);
    this.hashes[id] = hash;
    this.offsets[id] = this.used;
    this.lengths[id] = length;
    this.used += length;
    return id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.forms.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    }
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

function grown<T extends Uint8Array | Uint16Array | Int32Array>(array: T, make: (size: number) => T): T {
  const bigger = make(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The growing columns of a token list. */
class TokenColumns {
  count = 0;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
  /** The characters of the token being read (read once from the text, so the spelling check reads no string). */
  token = new Uint16Array(256);
  readonly spellings: Spellings;

  constructor(text: string, capacity: number) {
    this.spellings = new Spellings(text);
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
  }

  /** Room for a token of `length` characters. */
  reserve(length: number): Uint16Array {
    while (length > this.token.length) this.token = grown(this.token, (size) => new Uint16Array(size));
    return this.token;
  }

  push(kind: number, start: number, end: number, hash: number): void {
    if (this.count === this.kinds.length) {
      this.kinds = grown(this.kinds, (size) => new Uint8Array(size));
      this.starts = grown(this.starts, (size) => new Int32Array(size));
      this.ends = grown(this.ends, (size) => new Int32Array(size));
      this.ids = grown(this.ids, (size) => new Int32Array(size));
    }
    const count = this.count++;
    this.kinds[count] = kind;
    this.starts[count] = start;
    this.ends[count] = end;
    this.ids[count] = this.spellings.idOf(this.token, start, end, kind, hash);
  }

  list(): TokenList {
    return new TokenList(this.count, this.kinds, this.starts, this.ends, this.ids, this.spellings);
  }
}

const HASH_SEED = 0x811c9dc5;

/** One step of the FNV-1a hash over character codes. */
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export function tokenize(text: string): TokenList {
  const length = text.length;
  // About one token per five characters in prose; the columns double when a text holds more.
  const columns = new TokenColumns(text, Math.max(16, Math.ceil(length / 4)));
  let token: Uint16Array = columns.token;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const kind = charClass(code);
    if (kind === SEPARATOR) {
      index++;
      continue;
    }
    const start = index;
    let hash = hashStep(HASH_SEED, code);
    token[0] = code;
    index++;
    if (kind === DIGIT) {
      // A number: digits with single inner separators ("3,5", "1.000.000", "61,5").
      while (index < length) {
        const next = text.charCodeAt(index);
        if (index - start + 2 > token.length) token = columns.reserve(index - start + 2);
        if (isDigit(next)) {
          hash = hashStep(hash, next);
          token[index - start] = next;
          index++;
        } else if ((next === 44 || next === 46) && index + 1 < length && isDigit(text.charCodeAt(index + 1))) {
          const digit = text.charCodeAt(index + 1);
          hash = hashStep(hashStep(hash, next), digit);
          token[index - start] = next;
          token[index - start + 1] = digit;
          index += 2;
        } else break;
      }
      columns.push(NUMBER, start, index, hash);
    } else if (kind === WORD_CHAR) {
      while (index < length) {
        const next = text.charCodeAt(index);
        if (isWordChar(next) || (isInvisible(next) && index + 1 < length && isWordChar(text.charCodeAt(index + 1)))) {
          if (index - start + 1 > token.length) token = columns.reserve(index - start + 1);
          hash = hashStep(hash, next);
          token[index - start] = next;
          index++;
        } else break;
      }
      columns.push(WORD, start, index, hash);
    } else {
      // One mark of punctuation or symbol; a surrogate pair stays whole.
      if (code >= 0xd800 && code <= 0xdbff && index < length) {
        const low = text.charCodeAt(index++);
        hash = hashStep(hash, low);
        token[1] = low;
      }
      columns.push(PUNCT, start, index, hash);
    }
  }
  return columns.list();
}
