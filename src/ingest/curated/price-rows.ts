import type { StoreContent } from "../../db/write-store.js";
import type { ExchangeRate } from "../../domain/price.js";
import type { CuratedData } from "./load-curated.js";

type Row<Table extends keyof StoreContent> = StoreContent[Table][number];

/**
 * The rate that converts a price: the latest rate for its currency on or before the day it took effect, or
 * the earliest rate when the price predates them all. Null for US dollars.
 */
export function rateFor(
  rates: readonly Pick<ExchangeRate, "id" | "currency" | "date" | "per_usd">[],
  currency: string,
  day: string,
): Pick<ExchangeRate, "id" | "per_usd"> | null {
  if (currency === "USD") return null;
  const ofCurrency = rates.filter((rate) => rate.currency === currency).sort((a, b) => a.date.localeCompare(b.date));
  const before = ofCurrency.filter((rate) => rate.date <= day);
  const rate = before.at(-1) ?? ofCurrency[0];
  if (!rate) throw new Error(`no reference rate for ${currency}`); // validatePrices rules this out
  return rate;
}

/** Prices and reference rates as store rows, each price also in US dollars. */
export function priceRows(curated: CuratedData): {
  prices: Row<"prices">[];
  exchangeRates: Row<"exchange_rates">[];
} {
  const exchangeRates = curated.exchangeRates.map((rate) => ({
    id: rate.id,
    currency: rate.currency,
    date: rate.date,
    per_usd: rate.per_usd,
    source_id: rate.source,
    quote: rate.quote,
    confidence: rate.confidence,
    file: rate.file,
    line: rate.line,
  }));
  const prices = curated.prices.map((price) => {
    const rate = rateFor(curated.exchangeRates, price.currency, price.effective);
    const toUsd = (amount: number) => (rate === null ? amount : amount / rate.per_usd);
    return {
      id: price.id,
      provider: price.provider,
      developer: price.developer ?? price.provider,
      model: price.model,
      tier: price.tier,
      open_weights: price.open_weights ? 1 : 0,
      third_party_host: price.third_party_host ? 1 : 0,
      eci_models: JSON.stringify(price.eci_models),
      currency: price.currency,
      input_per_mtok: price.input_per_mtok,
      output_per_mtok: price.output_per_mtok,
      input_usd_per_mtok: toUsd(price.input_per_mtok),
      output_usd_per_mtok: toUsd(price.output_per_mtok),
      rate_id: rate?.id ?? null,
      effective: price.effective,
      withdrawn: price.withdrawn ?? null,
      change: price.change,
      source_id: price.source,
      source_kind: price.source_kind,
      quote: price.quote,
      confidence: price.confidence,
      note: price.note ?? null,
      file: price.file,
      line: price.line,
    };
  });
  return { prices, exchangeRates };
}
