import type { Kysely } from "kysely";
import type { Migration } from "../migrate.js";

/** Column shorthand: "text", "real" (double precision) or "int", with "!" for NOT NULL. */
type ColumnSpec = `${"text" | "real" | "int"}${"" | "!"}`;

const SQL_TYPES = { text: "text", real: "double precision", int: "integer" } as const;

export async function createTable(
  db: Kysely<unknown>,
  name: string,
  columns: Record<string, ColumnSpec>,
  primaryKey: readonly string[],
): Promise<void> {
  let builder = db.schema.createTable(name);
  for (const [column, spec] of Object.entries(columns)) {
    const type = SQL_TYPES[spec.replace("!", "") as keyof typeof SQL_TYPES];
    builder = builder.addColumn(column, type, (c) => (spec.endsWith("!") ? c.notNull() : c));
  }
  if (primaryKey.length > 0) builder = builder.addPrimaryKeyConstraint(`${name}_pk`, primaryKey as never);
  await builder.execute();
}

export const PROVENANCE = { source_id: "text!", row_number: "int!" } as const;

export const initial: Migration = {
  id: "0001-initial",
  async up(db) {
    await createTable(db, "meta", { key: "text!", value: "text!" }, ["key"]);
    await createTable(
      db,
      "datasets",
      {
        id: "text!",
        source_id: "text!",
        title: "text!",
        file: "text!",
        url: "text!",
        licence: "text!",
        status: "text!",
        snapshot_date: "text",
        sha256: "text",
        bytes: "int",
        rows_read: "int!",
        rows_stored: "int!",
        rows_quarantined: "int!",
        rows_merged: "int!",
        build_ms: "real!",
      },
      ["id"],
    );
    await createTable(
      db,
      "sources",
      {
        id: "text!",
        kind: "text!",
        title: "text!",
        publisher: "text!",
        url: "text!",
        published: "text",
        accessed: "text!",
        language: "text!",
        licence: "text",
        notes: "text",
        file: "text!",
      },
      ["id"],
    );
    await createTable(db, "countries", { code: "text!", name_en: "text!", name_nl: "text!" }, ["code"]);
    await createTable(
      db,
      "blocs",
      {
        id: "text!",
        name_en: "text!",
        name_nl: "text!",
        rest: "int!",
        derived: "int!",
        colour: "text",
        position: "int!",
      },
      ["id"],
    );
    await createTable(db, "bloc_members", { bloc_id: "text!", country: "text!" }, ["bloc_id", "country"]);
    await createTable(
      db,
      "organizations",
      {
        id: "text!",
        name: "text!",
        hq_country: "text",
        hq_basis: "text!",
        kind: "text",
        aliases: "text!",
        founded: "text",
        parent: "text",
        source_id: "text",
      },
      ["id"],
    );
    await createTable(
      db,
      "models",
      {
        id: "text!",
        dataset: "text!",
        name: "text!",
        publication_date: "text",
        date_precision: "text",
        domain: "text",
        task: "text",
        organization: "text",
        parameters: "real",
        training_compute_flop: "real",
        confidence: "text",
        accessibility: "text",
        notability: "text",
        training_hardware: "text",
        hardware_quantity: "real",
        training_cost_2023_usd: "real",
        link: "text",
        model_key: "text!",
        in_notable: "int!",
        in_large_scale: "int!",
        in_frontier: "int!",
        is_primary: "int!",
        ...PROVENANCE,
      },
      ["id"],
    );
    await createTable(
      db,
      "capability_scores",
      {
        id: "text!",
        model_version: "text!",
        model_name: "text!",
        display_name: "text",
        release_date: "text",
        eci: "real!",
        organization: "text",
        countries: "text!",
        accessibility: "text",
        confidence: "text",
        ...PROVENANCE,
      },
      ["id"],
    );
    await createTable(
      db,
      "model_developers",
      { model_id: "text!", position: "int!", organization_id: "text", country: "text" },
      ["model_id", "position"],
    );
    await createTable(
      db,
      "chips",
      {
        id: "text!",
        name: "text!",
        manufacturer: "text",
        manufacturer_id: "text",
        type: "text",
        release_date: "text",
        release_precision: "text",
        release_price_usd: "real",
        fp64_flops: "real",
        fp32_flops: "real",
        fp16_flops: "real",
        tf32_flops: "real",
        tensor_fp16_flops: "real",
        fp8_flops: "real",
        fp4_flops: "real",
        int16_ops: "real",
        int8_ops: "real",
        int4_ops: "real",
        memory_bytes: "real",
        memory_bandwidth_bytes_per_s: "real",
        intranode_bandwidth_bytes_per_s: "real",
        internode_bandwidth_bits_per_s: "real",
        die_size_mm2: "real",
        tdp_w: "real",
        process_nm: "real",
        foundry: "text",
        transistors_millions: "real",
        tpp_bit_ops: "real",
        link: "text",
        ...PROVENANCE,
      },
      ["id"],
    );
    await createTable(
      db,
      "clusters",
      {
        id: "text!",
        name: "text!",
        status: "text!",
        certainty: "text",
        single_cluster: "text",
        first_operational: "text",
        first_operational_precision: "text",
        decommissioned: "text",
        h100_equivalents: "real",
        ops_16bit: "real",
        ops_8bit: "real",
        max_ops: "real",
        power_mw: "real",
        hardware_cost_usd: "real",
        chip_type: "text",
        chip_quantity: "real",
        sector: "text",
        owner: "text",
        possible_duplicate: "int!",
        in_standard_analysis: "int!",
        note: "text",
        urls: "text!",
        ...PROVENANCE,
      },
      ["id"],
    );
    await createTable(db, "cluster_countries", { cluster_id: "text!", position: "int!", country: "text" }, [
      "cluster_id",
      "position",
    ]);
    await createTable(db, "cluster_owners", { cluster_id: "text!", position: "int!", organization_id: "text!" }, [
      "cluster_id",
      "position",
    ]);
    await createTable(
      db,
      "data_centers",
      {
        id: "text!",
        handle: "text!",
        name: "text!",
        project: "text",
        address: "text",
        country: "text",
        latitude: "real",
        longitude: "real",
        owner: "text",
        users: "text",
        current_h100_equivalents: "real",
        current_power_mw: "real",
        current_capital_cost_usd: "real",
        ...PROVENANCE,
      },
      ["id"],
    );
    await createTable(
      db,
      "data_center_organizations",
      { data_center_id: "text!", organization_id: "text!", role: "text!", confidence: "text" },
      ["data_center_id", "organization_id", "role"],
    );
    await createTable(
      db,
      "data_center_timeline",
      {
        id: "text!",
        data_center_id: "text!",
        date: "text!",
        construction_status: "text",
        power_mw: "real",
        h100_equivalents: "real",
        buildings_operational: "real",
        capital_cost_usd: "real",
        compute_cost_usd: "real",
        construction_cost_usd: "real",
        ops_8bit: "real",
        ...PROVENANCE,
      },
      ["id"],
    );
    await createTable(
      db,
      "companies",
      { id: "text!", name: "text!", company_type: "text", domains: "text", founded: "text", ...PROVENANCE },
      ["id"],
    );
    await createTable(
      db,
      "company_reports",
      {
        id: "text!",
        kind: "text!",
        company_id: "text!",
        label: "text!",
        date: "text",
        date_precision: "text",
        report_date: "text",
        status: "text",
        type: "text",
        confidence: "text",
        notes: "text",
        urls: "text!",
        ...PROVENANCE,
      },
      ["id"],
    );
    await createTable(db, "company_metrics", { report_id: "text!", metric: "text!", value: "real!", unit: "text!" }, [
      "report_id",
      "metric",
    ]);
    await createTable(
      db,
      "facts",
      {
        id: "text!",
        kind: "text!",
        subject: "text",
        predicate: "text",
        object: "text",
        value: "real",
        unit: "text",
        date: "text",
        date_end: "text",
        confidence: "text!",
        source_id: "text!",
        quote: "text!",
        detail: "text!",
        file: "text!",
        line: "int!",
      },
      ["id"],
    );
    await createTable(db, "fact_entities", { fact_id: "text!", entity_id: "text!", role: "text!" }, [
      "fact_id",
      "entity_id",
      "role",
    ]);
    await createTable(
      db,
      "quarantine",
      {
        id: "int!",
        dataset: "text!",
        file: "text!",
        row_number: "int!",
        field: "text",
        value: "text",
        reason: "text!",
        raw: "text!",
      },
      ["id"],
    );
    await createTable(db, "original_rows", { table_name: "text!", record_id: "text!", raw: "text!" }, [
      "table_name",
      "record_id",
    ]);
    const indexes: [string, string, string[]][] = [
      ["models_dataset_date", "models", ["dataset", "publication_date"]],
      ["models_date", "models", ["publication_date"]],
      ["models_primary_date", "models", ["is_primary", "publication_date"]],
      ["model_developers_country", "model_developers", ["country", "model_id"]],
      ["model_developers_org", "model_developers", ["organization_id", "model_id"]],
      ["cluster_countries_country", "cluster_countries", ["country", "cluster_id"]],
      ["cluster_owners_org", "cluster_owners", ["organization_id", "cluster_id"]],
      ["timeline_center", "data_center_timeline", ["data_center_id", "date"]],
      ["company_reports_company", "company_reports", ["company_id", "kind"]],
      ["fact_entities_entity", "fact_entities", ["entity_id", "fact_id"]],
      ["bloc_members_country", "bloc_members", ["country"]],
    ];
    for (const [name, table, columns] of indexes)
      await db.schema.createIndex(name).on(table).columns(columns).execute();
  },
};
