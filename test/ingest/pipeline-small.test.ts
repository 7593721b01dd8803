import { beforeAll, describe, expect, it } from "vitest";
import { loadCurated } from "../../src/ingest/curated/load-curated.js";
import { readEpochFiles } from "../../src/ingest/build.js";
import { EPOCH_DATASETS } from "../../src/ingest/loaders/epoch-datasets.js";
import { buildStoreContent, type BuildOutput } from "../../src/ingest/pipeline.js";
import { DATA_DIR, SMALL_EPOCH_DIR } from "../support/paths.js";

/** The hand-made Epoch files in test/fixtures/epoch-small hold one edge case per row; the expectations below are by hand. */
describe("buildStoreContent on hand-made Epoch files", () => {
  let output: BuildOutput;
  beforeAll(() => {
    let tick = 0;
    output = buildStoreContent({
      datasets: EPOCH_DATASETS,
      epochFiles: readEpochFiles(SMALL_EPOCH_DIR),
      curated: loadCurated(DATA_DIR),
      codeVersion: "test",
      builtAt: "2026-11-27T00:00:00.000Z",
      clock: () => tick++,
    });
  });
  const summaryOf = (id: string) => output.summary.find((entry) => entry.id === id)!;
  const model = (name: string) => output.content.models.find((row) => row.name === name);
  const developersOf = (name: string) =>
    output.content.model_developers
      .filter((row) => row.model_id === model(name)!.id)
      .map((row) => [row.organization_id, row.country]);
  const quarantined = (dataset: string) => output.content.quarantine.filter((row) => row.dataset === dataset);

  it.each([
    ["notable_ai_models", "loaded", 11, 6, 5],
    ["large_scale_ai_models", "loaded", 2, 2, 0],
    ["frontier_ai_models", "missing", 0, 0, 0],
    ["ml_hardware", "loaded", 3, 3, 0],
    ["gpu_clusters", "loaded", 4, 3, 1],
    ["data_centers", "loaded", 1, 1, 0],
    ["data_center_timelines", "loaded", 2, 2, 0],
    ["ai_companies_funding_rounds", "loaded", 2, 1, 1],
  ])("%s: %s, read %i = stored %i + quarantined %i", (id, status, read, stored, quarantinedCount) => {
    expect(summaryOf(id)).toMatchObject({
      status,
      rowsRead: read,
      rowsStored: stored,
      rowsQuarantined: quarantinedCount,
    });
    expect(quarantined(id)).toHaveLength(quarantinedCount);
  });

  it("reconciles every dataset: rows read = rows stored + rows quarantined", () => {
    for (const entry of output.summary) expect(entry.rowsRead, entry.id).toBe(entry.rowsStored + entry.rowsQuarantined);
  });

  it("quarantines each malformed row with its line, field and reason", () => {
    const reasons = quarantined("notable_ai_models").map((row) => [row.row_number, row.field, row.value]);
    expect(reasons).toEqual([
      [12, null, null], // wrong number of fields: the CSV parser's own rejection
      [6, "Parameters", "12B"], // Beta spans lines 3-4, so Delta starts on line 6
      [7, "Country (of organization)", "Atlantis"],
      [10, "Publication date", "2023-13-01"],
      [13, "Training compute (FLOP)", "-3e24"],
    ]);
    expect(quarantined("notable_ai_models")[1]!.reason).toContain("not a number");
    expect(quarantined("notable_ai_models")[2]!.reason).toContain("data/country-aliases.yaml");
    expect(JSON.parse(quarantined("notable_ai_models")[1]!.raw).Model).toBe("Delta");
    expect(quarantined("gpu_clusters")[0]).toMatchObject({ field: "Status", value: "Rumoured" });
  });

  it("keeps multi-line quoted fields whole and counts lines from where a row starts", () => {
    expect(model("Beta")!.task).toBe('Image classification\n(multi-line task note, with "quotes")');
    expect(model("Gamma")!.row_number).toBe(5);
  });

  it("normalises Epoch's country spellings, keeping repeats for multi-developer models", () => {
    expect(developersOf("Beta")).toEqual([
      ["google-deepmind", "US"],
      ["university-of-oxford", "GB"],
      ["google-deepmind", "US"],
    ]);
    expect(developersOf("Gamma")).toEqual([["lg-ai-research", "KR"]]);
    expect(developersOf("Iota")).toEqual([
      ["foxconn", "TW"],
      [null, "TW"],
    ]);
    expect(developersOf("Zeta")).toEqual([["big-consortium", null]]); // "Multinational" names no single country
  });

  it("keeps an organisation whose name contains a comma as one developer", () => {
    expect(developersOf("Eta")).toEqual([["apus", "CN"]]);
  });

  it("stores partial dates at their first day with their precision", () => {
    expect([model("Beta")!.publication_date, model("Beta")!.date_precision]).toEqual(["2021-07-01", "month"]);
    expect([model("Gamma")!.publication_date, model("Gamma")!.date_precision]).toEqual(["2024-01-01", "year"]);
  });

  it("reads exponent numbers and treats NaN, inf and empty as no value", () => {
    expect(model("Alpha-1")!.training_compute_flop).toBe(2.1e25);
    expect(model("Beta")!.training_compute_flop).toBe(4e23);
    expect(model("Zeta")!.training_compute_flop).toBeNull();
    expect(output.content.chips.find((chip) => chip.name === "Test Card Z")!.release_price_usd).toBeNull();
  });

  it("keeps provenance: source, line and the original row", () => {
    const alpha = model("Alpha-1")!;
    expect(alpha).toMatchObject({ source_id: "epoch-notable-ai-models", row_number: 2 });
    const original = output.content.original_rows.find(
      (row) => row.table_name === "models" && row.record_id === alpha.id,
    )!;
    expect(JSON.parse(original.raw)["Country (of organization)"]).toBe("United States of America");
    expect(output.content.original_rows.filter((row) => row.table_name === "models")).toHaveLength(
      output.content.models.length,
    );
    const notable = output.content.datasets.find((row) => row.id === "notable_ai_models")!;
    expect(notable.sha256).toMatch(/^[0-9a-f]{64}$/);
    // No download record: the snapshot is dated by its latest dated row (a valid one; Theta's 2023-13-01 is not a date).
    expect(notable.snapshot_date).toBe("2025-03-10");
    expect(output.content.datasets.find((row) => row.id === "gpu_clusters")!.snapshot_date).toBeNull();
  });

  it("resolves curated aliases and derives the headquarters of other organisations from Epoch's pairs", () => {
    const organizations = new Map(output.content.organizations.map((row) => [row.id, row]));
    expect(organizations.get("openai")).toMatchObject({ hq_country: "US", hq_basis: "curated" });
    expect(organizations.get("university-of-oxford")).toMatchObject({ hq_basis: "curated" });
    expect(organizations.get("foxconn")).toMatchObject({ hq_country: "TW", hq_basis: "epoch" });
    expect(organizations.get("big-consortium")).toMatchObject({ hq_country: null, hq_basis: "unknown" });
  });

  it("reads clusters with several countries, owners and a decommissioning date", () => {
    const clusters = new Map(output.content.clusters.map((row) => [row.name, row]));
    expect(
      output.content.cluster_countries
        .filter((row) => row.cluster_id === clusters.get("Cluster B")!.id)
        .map((row) => row.country),
    ).toEqual(["FR", "DE"]);
    expect(clusters.get("Cluster D")).toMatchObject({
      status: "Decommissioned",
      first_operational: "2010-11-01",
      decommissioned: "2019-08-02",
    });
    expect(JSON.parse(clusters.get("Cluster A")!.urls)).toEqual(["https://example.org/a"]);
  });

  it("splits data-centre parties from their confidence tags and converts billions to dollars", () => {
    expect(output.content.data_center_organizations).toEqual([
      {
        data_center_id: "xai-colossus-1-memphis-tennessee",
        organization_id: "xai",
        role: "owner",
        confidence: "confident",
      },
      {
        data_center_id: "xai-colossus-1-memphis-tennessee",
        organization_id: "xai",
        role: "user",
        confidence: "confident",
      },
    ]);
    const center = output.content.data_centers[0]!;
    expect(center.current_capital_cost_usd).toBe(7.5e9);
    expect(center.country).toBe("US");
    expect(center.latitude).toBeCloseTo(35.06, 2);
    expect(center.longitude).toBeCloseTo(-90.1558, 3);
  });

  it("turns company reports into metrics with units", () => {
    const metrics = output.content.company_metrics.map((row) => [row.metric, row.value, row.unit]);
    expect(metrics).toEqual(
      expect.arrayContaining([
        ["funding_equity", 40e9, "USD"],
        ["valuation_post_money", 300e9, "USD"],
        ["annualized_revenue", 1e9, "USD/year"],
        ["staff", 75, "people"],
        ["active_users", 100e6, "users (weekly)"],
        ["compute_spend", 7e9, "USD"],
      ]),
    );
    expect(output.content.company_reports.find((row) => row.kind === "funding_round")!.notes).toBe(
      'Notes kept "verbatim"',
    );
  });

  it("records the snapshot and input hash in meta, and a source per dataset", () => {
    expect(output.content.meta.map((row) => row.key).sort()).toEqual([
      "built_at",
      "code_version",
      "curated_chip_facts",
      "input_hash",
      "snapshot_id",
    ]);
    expect(output.content.sources.find((row) => row.id === "epoch-frontier-ai-models")!.notes).toContain(
      "wedloop data pull",
    );
  });
});
