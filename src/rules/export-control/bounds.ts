/**
 * Facts known only as a bound ("at most 664 GB/s", "a die under 600 mm²"): the engine carries them as closed
 * intervals and decides a threshold only when the whole interval lies on one side of it. A point value is the
 * interval [v, v], so every comparison on a point answers exactly as a plain number would.
 */

/** What a source says of a number when it does not give the number itself. */
export interface Bound {
  readonly atLeast?: number | undefined;
  readonly atMost?: number | undefined;
}

/** A fact as the engine reads it: the value, or a bound on it. */
export type Amount = number | Bound;

export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

export function intervalOf(amount: Amount): Interval {
  if (typeof amount === "number") return { lo: amount, hi: amount };
  return { lo: amount.atLeast ?? 0, hi: amount.atMost ?? Infinity };
}

export const isPoint = (interval: Interval): boolean => interval.lo === interval.hi;

/** True when every value of the interval is below `threshold`, false when none is, null when it straddles. */
export function below(interval: Interval, threshold: number): boolean | null {
  if (interval.hi < threshold) return true;
  if (interval.lo >= threshold) return false;
  return null;
}

/** True when every value reaches `threshold`, false when none does, null when it straddles. */
export function reaches(interval: Interval, threshold: number): boolean | null {
  const under = below(interval, threshold);
  return under === null ? null : !under;
}

export function sumIntervals(intervals: readonly Interval[]): Interval {
  return intervals.reduce((sum, interval) => ({ lo: sum.lo + interval.lo, hi: sum.hi + interval.hi }), {
    lo: 0,
    hi: 0,
  });
}

/** A non-negative numerator over a positive interval: the quotient's interval (over 0 it is unbounded above). */
export function divideInterval(numerator: number, denominator: Interval): Interval {
  return {
    lo: denominator.hi === Infinity ? 0 : numerator / denominator.hi,
    hi: denominator.lo === 0 ? Infinity : numerator / denominator.lo,
  };
}

/** The interval as a bound (the form the API and the plain answer show). */
export function boundOf(interval: Interval): Bound {
  return {
    ...(interval.lo > 0 ? { atLeast: interval.lo } : {}),
    ...(interval.hi < Infinity ? { atMost: interval.hi } : {}),
  };
}

const WORDS = {
  en: { atLeast: "at least", atMost: "at most", between: "between", and: "and" },
  nl: { atLeast: "ten minste", atMost: "ten hoogste", between: "tussen", and: "en" },
} as const;

/** "664", "at most 664", "ten minste 7,33", "between 500 and 664", numbers written by `format`. */
export function describeInterval(interval: Interval, language: "en" | "nl", format: (value: number) => string): string {
  const words = WORDS[language];
  if (isPoint(interval)) return format(interval.lo);
  const { atLeast, atMost } = boundOf(interval);
  if (atLeast !== undefined && atMost !== undefined)
    return `${words.between} ${format(atLeast)} ${words.and} ${format(atMost)}`;
  if (atMost !== undefined) return `${words.atMost} ${format(atMost)}`;
  return `${words.atLeast} ${format(atLeast ?? 0)}`;
}
