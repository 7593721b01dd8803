/**
 * Money in US dollars, at a dated reference rate from data/exchange-rates.yaml (read by the edge, never fetched):
 * the latest rate on or before the article's date, or the latest rate of all when the date is unknown.
 */
import type { Amount } from "./amounts.js";
import type { ExchangeRate } from "./knowledge.js";

export interface UsdValue {
  readonly usd: number;
  /** The rate used, or null for amounts already in dollars. */
  readonly rate: ExchangeRate | null;
}

export function rateFor(currency: string, rates: readonly ExchangeRate[], asOf: string | null): ExchangeRate | null {
  const candidates = rates.filter((rate) => rate.currency === currency).sort((a, b) => a.date.localeCompare(b.date));
  if (candidates.length === 0) return null;
  if (asOf === null) return candidates[candidates.length - 1]!;
  const onOrBefore = candidates.filter((rate) => rate.date <= asOf);
  // Before every rate we hold: the earliest one, as the price pages do.
  return onOrBefore.length > 0 ? onOrBefore[onOrBefore.length - 1]! : candidates[0]!;
}

/** The amount in dollars, or null when it is no money or no rate is held for its currency. */
export function toUsd(
  amount: Pick<Amount, "value" | "scale" | "currency" | "unit">,
  rates: readonly ExchangeRate[],
  asOf: string | null,
): UsdValue | null {
  if (amount.unit !== "money" || amount.currency === null) return null;
  const total = amount.value * amount.scale;
  if (amount.currency === "USD") return { usd: total, rate: null };
  const rate = rateFor(amount.currency, rates, asOf);
  return rate ? { usd: total / rate.perUsd, rate } : null;
}
