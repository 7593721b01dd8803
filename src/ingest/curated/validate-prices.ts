import type { CuratedData } from "./load-curated.js";
import { checkUnique, fail } from "./validate-curated.js";

/**
 * Cross-checks of the price files: unique ids, known sources and organisations, a reference rate for every
 * currency other than the dollar, and no two prices for one provider and model on the same day.
 */
export function validatePrices(curated: CuratedData): void {
  const sources = new Set(curated.sources.map((source) => source.id));
  const organizations = new Set(curated.organizations.map((organization) => organization.id));
  checkUnique(curated.prices, "price");
  checkUnique(curated.exchangeRates, "exchange rate");

  for (const rate of curated.exchangeRates) {
    if (!sources.has(rate.source)) fail(rate, "source", `unknown source id ${rate.source}: add it to data/sources/`);
  }
  const ratedCurrencies = new Set(curated.exchangeRates.map((rate) => rate.currency));
  const seen = new Map<string, (typeof curated.prices)[number]>();
  for (const price of curated.prices) {
    if (!sources.has(price.source)) fail(price, "source", `unknown source id ${price.source}: add it to data/sources/`);
    if (!organizations.has(price.provider))
      fail(price, "provider", `unknown organisation ${price.provider}: add it to data/organizations/`);
    if (price.developer !== undefined && !organizations.has(price.developer))
      fail(price, "developer", `unknown organisation ${price.developer}: add it to data/organizations/`);
    if (price.currency !== "USD" && !ratedCurrencies.has(price.currency))
      fail(price, "currency", `no reference rate for ${price.currency}: add one to data/exchange-rates.yaml`);
    if (price.withdrawn !== undefined && price.withdrawn < price.effective)
      fail(price, "withdrawn", `withdrawn ${price.withdrawn} is before effective ${price.effective}`);
    if (price.third_party_host && (price.developer === undefined || price.developer === price.provider))
      fail(
        price,
        "developer",
        "a third-party host needs the model's developer, another organisation than the provider",
      );
    const key = `${price.provider} ${price.model} ${price.effective}`;
    const first = seen.get(key);
    if (first)
      fail(
        price,
        "effective",
        `a second price for ${price.model} on ${price.effective} (first at ${first.file}:${first.line})`,
      );
    seen.set(key, price);
  }
}
