import type { Migration } from "../migrate.js";
import { createTable } from "./0001-initial.js";

/** API list prices (curated) and the reference rates that convert them. */
export const prices: Migration = {
  id: "0002-prices",
  async up(db) {
    await createTable(
      db,
      "prices",
      {
        id: "text!",
        provider: "text!",
        developer: "text!",
        model: "text!",
        tier: "text!",
        open_weights: "int!",
        third_party_host: "int!",
        eci_models: "text!", // JSON array of Epoch "Model version" ids
        currency: "text!",
        input_per_mtok: "real!",
        output_per_mtok: "real!",
        input_usd_per_mtok: "real!",
        output_usd_per_mtok: "real!",
        rate_id: "text",
        effective: "text!",
        withdrawn: "text",
        change: "text!",
        source_id: "text!",
        source_kind: "text!",
        quote: "text!",
        confidence: "text!",
        note: "text",
        file: "text!",
        line: "int!",
      },
      ["id"],
    );
    await createTable(
      db,
      "exchange_rates",
      {
        id: "text!",
        currency: "text!",
        date: "text!",
        per_usd: "real!",
        source_id: "text!",
        quote: "text!",
        confidence: "text!",
        file: "text!",
        line: "int!",
      },
      ["id"],
    );
  },
};
