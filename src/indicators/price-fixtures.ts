/** Hand-made prices and ECI scores for the price indicators' tests. */
import type { CapabilityObservation, PriceObservation } from "../domain/price.js";

export function price(
  fields: Partial<PriceObservation> &
    Pick<PriceObservation, "id" | "effective" | "inputUsdPerMtok" | "outputUsdPerMtok" | "eciModels">,
): PriceObservation {
  return {
    provider: fields.id,
    providerName: fields.id,
    developer: fields.id,
    developerCountry: "US",
    model: fields.id,
    tier: "flagship",
    openWeights: false,
    thirdPartyHost: false,
    currency: "USD",
    inputPerMtok: fields.inputUsdPerMtok,
    outputPerMtok: fields.outputUsdPerMtok,
    rateId: null,
    withdrawn: null,
    change: "launch",
    sourceId: "test-source",
    sourceKind: "announcement",
    confidence: "high",
    file: "data/prices/test.yaml",
    line: 1,
    ...fields,
  };
}

export function capability(
  modelVersion: string,
  eci: number,
  releaseDate: string | null = null,
): CapabilityObservation {
  return {
    id: modelVersion,
    modelVersion,
    model: modelVersion,
    name: modelVersion,
    date: releaseDate,
    eci,
    countries: [],
    organization: null,
    provenance: { sourceId: "epoch-capabilities-index", row: 2 },
  };
}
