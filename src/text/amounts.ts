/**
 * Amounts: a number with its currency, scale and qualifier, read from Dutch and English forms ("ruim 380 miljard
 * yuan", "$3,5 miljard", "tot $8 miljard", "stijgt tot $61,5 miljard", "$500bn", "1.5 trillion", "ruim 10%").
 * A bare number (a year, a count) is no amount: it needs a currency, a scale word or a percent sign.
 */
import type { Lang } from "./language.js";
import type { Sentence } from "./segments.js";
import type { TokenList } from "./tokens.js";

export type Currency = "USD" | "EUR" | "CNY" | "GBP" | "JPY";
export type Qualifier = "exact" | "about" | "more-than" | "less-than" | "at-least" | "almost" | "up-to" | "to";

export interface Amount {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The number as written, read with the paragraph's separators: 3.5 for "$3,5 miljard". */
  readonly value: number;
  /** 1, 1e3, 1e6, 1e9 or 1e12: "miljard" and "billion" are 1e9, Dutch "biljoen" and "trillion" 1e12. */
  readonly scale: number;
  readonly currency: Currency | null;
  readonly unit: "money" | "percent" | "number";
  readonly qualifier: Qualifier;
  readonly lang: Lang;
}

const SCALES: Readonly<Record<string, number>> = {
  duizend: 1e3,
  thousand: 1e3,
  k: 1e3,
  miljoen: 1e6,
  miljoenen: 1e6,
  mln: 1e6,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  miljard: 1e9,
  miljarden: 1e9,
  mld: 1e9,
  mrd: 1e9,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  biljoen: 1e12,
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
};
/** Scale letters only count glued to the number or after a currency sign ("$5b", "€3m"), never as separate words. */
const GLUED_ONLY = new Set(["k", "m", "b", "t"]);

const CURRENCY_WORDS: Readonly<Record<string, Currency>> = {
  dollar: "USD",
  dollars: "USD",
  usd: "USD",
  euro: "EUR",
  euros: "EUR",
  eur: "EUR",
  yuan: "CNY",
  renminbi: "CNY",
  rmb: "CNY",
  cny: "CNY",
  pond: "GBP",
  pound: "GBP",
  pounds: "GBP",
  gbp: "GBP",
  yen: "JPY",
  jpy: "JPY",
};
const CURRENCY_SIGNS: Readonly<Record<string, Currency>> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "CNY" };

/** Words (lower case) before an amount, longest first, with the qualifier they give. */
const QUALIFIERS: readonly (readonly [readonly string[], Qualifier])[] = [
  [["meer", "dan"], "more-than"],
  [["more", "than"], "more-than"],
  [["minder", "dan"], "less-than"],
  [["less", "than"], "less-than"],
  [["ten", "minste"], "at-least"],
  [["at", "least"], "at-least"],
  [["up", "to"], "up-to"],
  [["zo", "'", "n"], "about"],
  [["zo", "’", "n"], "about"],
  [["ruim"], "more-than"],
  [["pass"], "more-than"],
  [["exceed"], "more-than"],
  [["above"], "more-than"],
  [["boven"], "more-than"],
  [["over"], "more-than"],
  [["minstens"], "at-least"],
  [["bijna"], "almost"],
  [["nearly"], "almost"],
  [["almost"], "almost"],
  [["circa"], "about"],
  [["ca"], "about"],
  [["ongeveer"], "about"],
  [["about"], "about"],
  [["around"], "about"],
  [["roughly"], "about"],
  [["approximately"], "about"],
  [["some"], "about"],
  [["≈"], "about"],
  [["~"], "about"],
  [["zowat"], "about"],
  [["maximaal"], "up-to"],
  [["tot"], "up-to"],
  [["to"], "to"],
];

/** Verbs of change before "tot"/"to": the amount is where something went ("stijgt tot $61,5 miljard"), not a cap. */
const CHANGE_VERB =
  /^(stijg|steeg|stegen|gestegen|groei|groeide|gegroeid|opdreef|opgedreven|dreef|drijft|verhoog|verhoogd|verhoogde|klom|geklommen|daal|daalde|gedaald|zakte|gezakt|ris|rose|risen|grew|grow|grown|increas|climb|jump|fell|fall|drop|rais|boost|push|lift|sank|surg|soar)/;

/** Reads "3,5", "1.000.000", "1,5", "61.5" with the paragraph's conventions; null when it is no plain number. */
export function readNumber(written: string, lang: Lang, scaled: boolean): number | null {
  const commas = written.split(",").length - 1;
  const dots = written.split(".").length - 1;
  let normal: string;
  if (commas > 0 && dots > 0) {
    // Both: the last one is the decimal mark.
    const decimal = written.lastIndexOf(",") > written.lastIndexOf(".") ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    normal = written.split(thousands).join("").replace(decimal, ".");
  } else if (commas + dots === 0) normal = written;
  else {
    const mark = commas > 0 ? "," : ".";
    const count = commas + dots;
    const after = written.length - written.lastIndexOf(mark) - 1;
    const decimalMark = lang === "nl" ? "," : ".";
    // Several marks, or three digits after a single one, make it a thousands separator ("1.000", "3,500")
    // unless a scale word follows and it is the language's decimal mark ("1,500 miljard").
    const thousands = count > 1 || (after === 3 && !(scaled && mark === decimalMark));
    normal = thousands ? written.split(mark).join("") : written.replace(mark, ".");
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

function lowerAt(tokens: TokenList, index: number): string {
  return index >= 0 && index < tokens.length ? tokens.lower(index) : "";
}

function qualifierBefore(tokens: TokenList, index: number, floor: number): { qualifier: Qualifier } {
  for (const [words, qualifier] of QUALIFIERS) {
    const from = index - words.length;
    if (from < floor) continue;
    if (words.every((word, offset) => lowerAt(tokens, from + offset) === word)) {
      if (qualifier === "up-to" && words.length === 1 && words[0] === "tot") {
        const verb = lowerAt(tokens, from - 1);
        return { qualifier: CHANGE_VERB.test(verb) || CHANGE_VERB.test(lowerAt(tokens, from - 2)) ? "to" : "up-to" };
      }
      if (qualifier === "to") {
        // English "to" is an amount's qualifier only after a verb of change ("rose to $5bn").
        const verb = lowerAt(tokens, from - 1);
        if (!CHANGE_VERB.test(verb) && !CHANGE_VERB.test(lowerAt(tokens, from - 2))) return { qualifier: "exact" };
      }
      return { qualifier };
    }
  }
  return { qualifier: "exact" };
}

/** The amounts of one sentence's tokens. */
function amountsIn(text: string, tokens: TokenList, sentence: Sentence): Amount[] {
  const amounts: Amount[] = [];
  for (let index = sentence.from; index < sentence.to; index++) {
    if (tokens.kind(index) !== "number") continue;
    const numberStart = tokens.start(index);
    const numberEnd = tokens.end(index);
    let first = index;
    let last = index;
    let currency: Currency | null = null;
    let scale = 1;
    let unit: Amount["unit"] = "number";
    // Before: a currency sign or code ("$", "US$", "€", "USD ").
    if (index >= 1 && index - 1 >= sentence.from) {
      const beforeForm = tokens.form(index - 1);
      const sign = CURRENCY_SIGNS[beforeForm];
      const word = CURRENCY_WORDS[tokens.lower(index - 1)];
      const touching = numberStart - tokens.end(index - 1) <= 1;
      if (sign && touching) {
        currency = sign;
        first = index - 1;
        if (sign === "USD" && lowerAt(tokens, index - 2) === "us" && tokens.end(index - 2) === tokens.start(index - 1))
          first = index - 2;
      } else if (word && beforeForm === beforeForm.toUpperCase() && touching) {
        currency = word;
        first = index - 1;
      }
    }
    // After: a scale (glued or as a word), then a currency word, or a percent sign/word.
    let next = index + 1;
    if (next < tokens.length && next < sentence.to) {
      const word = tokens.lower(next);
      const glued = tokens.start(next) === numberEnd;
      if (SCALES[word] && (glued || !GLUED_ONLY.has(word)) && !(word === "m" && !glued)) {
        scale = SCALES[word]!;
        last = next;
        next++;
      }
    }
    if (next < tokens.length && next < sentence.to) {
      const word = tokens.lower(next);
      if (word === "%" || word === "procent" || word === "percent") {
        unit = "percent";
        last = next;
      } else if (word === "per" && lowerAt(tokens, next + 1) === "cent") {
        unit = "percent";
        last = next + 1;
      } else if (CURRENCY_WORDS[word] && currency === null) {
        currency = CURRENCY_WORDS[word]!;
        last = next;
      }
    }
    if (currency !== null) unit = "money";
    if (unit === "number" && scale === 1) continue; // a bare number: a year, a count
    const value = readNumber(tokens.form(index), sentence.lang, scale !== 1);
    if (value === null) continue;
    const { qualifier } = qualifierBefore(tokens, first, sentence.from);
    const start = tokens.start(first);
    const end = tokens.end(last);
    amounts.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      scale,
      currency,
      unit,
      qualifier,
      lang: sentence.lang,
    });
    index = last;
  }
  return amounts;
}

export function readAmounts(text: string, tokens: TokenList, sentences: readonly Sentence[]): Amount[] {
  return sentences.flatMap((sentence) => amountsIn(text, tokens, sentence));
}
