import type { Kysely } from "kysely";
import type { PriceObservation, PriceSourceKind } from "../../domain/price.js";
import type { Database } from "../schema.js";

/** Prices with the developer's headquarters (which decides the bloc), as the indicators read them. */
export async function loadPriceObservations(db: Kysely<Database>): Promise<{ prices: PriceObservation[] }> {
  const [prices, organizations] = await Promise.all([
    db.selectFrom("prices").selectAll().orderBy("effective").orderBy("id").execute(),
    db.selectFrom("organizations").select(["id", "name", "hq_country"]).execute(),
  ]);
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  return {
    prices: prices.map((price) => ({
      id: price.id,
      provider: price.provider,
      providerName: byId.get(price.provider)?.name ?? price.provider,
      developer: price.developer,
      developerCountry: byId.get(price.developer)?.hq_country ?? null,
      model: price.model,
      tier: price.tier === "budget" ? "budget" : "flagship",
      openWeights: price.open_weights === 1,
      thirdPartyHost: price.third_party_host === 1,
      eciModels: JSON.parse(price.eci_models) as string[],
      currency: price.currency as PriceObservation["currency"],
      inputPerMtok: price.input_per_mtok,
      outputPerMtok: price.output_per_mtok,
      inputUsdPerMtok: price.input_usd_per_mtok,
      outputUsdPerMtok: price.output_usd_per_mtok,
      rateId: price.rate_id,
      effective: price.effective,
      withdrawn: price.withdrawn,
      change: price.change,
      sourceId: price.source_id,
      sourceKind: price.source_kind as PriceSourceKind,
      confidence: price.confidence,
      file: price.file,
      line: price.line,
    })),
  };
}
