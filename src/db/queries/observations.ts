import type { Kysely } from "kysely";
import type { Bloc } from "../../domain/bloc.js";
import type {
  CapabilityObservation,
  ChipObservation,
  ClusterObservation,
  ClusterStatus,
  CompanyMetricObservation,
  CompanyReportKind,
  DataCenterObservation,
  EpochConfidence,
  ModelObservation,
} from "../../domain/observations.js";
import type { DatePrecision } from "../../domain/partial-date.js";
import type { PriceObservation } from "../../domain/price.js";
import type { Database } from "../schema.js";
import { loadPriceObservations } from "./price-observations.js";

/** Everything the indicators read, as plain observations: loaded once per store, since a store never changes. */
export interface StoreObservations {
  readonly blocs: Bloc[];
  readonly models: ModelObservation[];
  readonly clusters: ClusterObservation[];
  readonly chips: ChipObservation[];
  readonly dataCenters: DataCenterObservation[];
  readonly companyMetrics: CompanyMetricObservation[];
  readonly prices: PriceObservation[];
  readonly capabilities: CapabilityObservation[];
}

function groupBy<Row, Key>(rows: readonly Row[], key: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

export async function loadObservations(db: Kysely<Database>): Promise<StoreObservations> {
  const scores = await db.selectFrom("capability_scores").selectAll().orderBy("id").execute();
  const capabilities: CapabilityObservation[] = scores.map((score) => ({
    id: score.id,
    modelVersion: score.model_version,
    model: score.model_name,
    name: score.display_name ?? score.model_version,
    date: score.release_date,
    eci: score.eci,
    countries: score.countries ? score.countries.split(";") : [],
    organization: score.organization,
    provenance: { sourceId: score.source_id, row: score.row_number },
  }));
  const priced = loadPriceObservations(db);
  // Awaited at the end: if a query below fails first, this one's failure must not go unhandled (which would
  // end the process, as it did when PostgreSQL's pool timed out under load).
  priced.catch(() => undefined);
  const [
    blocRows,
    members,
    models,
    developers,
    clusters,
    clusterCountries,
    clusterOwners,
    chips,
    organizations,
    centers,
    centerParties,
    timeline,
    reports,
    metrics,
  ] = await Promise.all([
    db.selectFrom("blocs").selectAll().orderBy("position").execute(),
    db.selectFrom("bloc_members").selectAll().execute(),
    db
      .selectFrom("models")
      .select([
        "id",
        "dataset",
        "name",
        "publication_date",
        "date_precision",
        "training_compute_flop",
        "parameters",
        "confidence",
        "accessibility",
        "domain",
        "source_id",
        "row_number",
      ])
      .execute(),
    db.selectFrom("model_developers").selectAll().orderBy("model_id").orderBy("position").execute(),
    db
      .selectFrom("clusters")
      .select([
        "id",
        "name",
        "status",
        "certainty",
        "first_operational",
        "decommissioned",
        "h100_equivalents",
        "ops_16bit",
        "power_mw",
        "hardware_cost_usd",
        "possible_duplicate",
        "in_standard_analysis",
        "source_id",
        "row_number",
      ])
      .execute(),
    db.selectFrom("cluster_countries").selectAll().orderBy("position").execute(),
    db.selectFrom("cluster_owners").selectAll().orderBy("position").execute(),
    db
      .selectFrom("chips")
      .select([
        "id",
        "name",
        "manufacturer",
        "manufacturer_id",
        "release_date",
        "tpp_bit_ops",
        "memory_bandwidth_bytes_per_s",
        "source_id",
        "row_number",
      ])
      .execute(),
    db.selectFrom("organizations").select(["id", "hq_country"]).execute(),
    db.selectFrom("data_centers").select(["id", "name", "country"]).execute(),
    db.selectFrom("data_center_organizations").selectAll().where("role", "=", "owner").execute(),
    db.selectFrom("data_center_timeline").selectAll().orderBy("date").execute(),
    db
      .selectFrom("company_reports")
      .select(["id", "kind", "company_id", "date", "confidence", "source_id", "row_number"])
      .execute(),
    db.selectFrom("company_metrics").selectAll().execute(),
  ]);
  const membersOf = groupBy(members, (member) => member.bloc_id);
  const developersOf = groupBy(developers, (developer) => developer.model_id);
  const countriesOf = groupBy(clusterCountries, (entry) => entry.cluster_id);
  const ownersOf = groupBy(clusterOwners, (entry) => entry.cluster_id);
  const hq = new Map(organizations.map((organization) => [organization.id, organization.hq_country]));
  const centerById = new Map(centers.map((center) => [center.id, center]));
  const centerOwners = groupBy(centerParties, (party) => party.data_center_id);
  const reportById = new Map(reports.map((report) => [report.id, report]));

  return {
    blocs: blocRows.map((bloc) => ({
      id: bloc.id,
      nameEn: bloc.name_en,
      nameNl: bloc.name_nl,
      rest: Boolean(bloc.rest),
      derived: Boolean(bloc.derived),
      colour: bloc.colour,
      members: (membersOf.get(bloc.id) ?? []).map((member) => member.country).sort(),
    })),
    models: models.map((model) => {
      const listed = developersOf.get(model.id) ?? [];
      return {
        id: model.id,
        dataset: model.dataset as ModelObservation["dataset"],
        name: model.name,
        date: model.publication_date,
        datePrecision: model.date_precision as DatePrecision | null,
        organizations: listed.flatMap((developer) => (developer.organization_id ? [developer.organization_id] : [])),
        // A developer Epoch lists without a single country ("Multinational") is left out of country attribution.
        developerCountries: listed.flatMap((developer) => (developer.country ? [developer.country] : [])),
        trainingComputeFlop: model.training_compute_flop,
        parameters: model.parameters,
        confidence: model.confidence as EpochConfidence | null,
        accessibility: model.accessibility,
        domains: (model.domain ?? "")
          .split(",")
          .map((domain) => domain.trim())
          .filter(Boolean),
        provenance: { sourceId: model.source_id, row: model.row_number },
      };
    }),
    clusters: clusters.map((cluster) => ({
      id: cluster.id,
      name: cluster.name,
      status: cluster.status as ClusterStatus,
      certainty: cluster.certainty,
      countries: (countriesOf.get(cluster.id) ?? []).flatMap((entry) => (entry.country ? [entry.country] : [])),
      owners: (ownersOf.get(cluster.id) ?? []).map((entry) => entry.organization_id),
      ownerCountries: (ownersOf.get(cluster.id) ?? []).map((entry) => hq.get(entry.organization_id) ?? null),
      firstOperational: cluster.first_operational,
      decommissioned: cluster.decommissioned,
      h100Equivalents: cluster.h100_equivalents,
      opsPerSecond16Bit: cluster.ops_16bit,
      powerMw: cluster.power_mw,
      hardwareCostUsd: cluster.hardware_cost_usd,
      possibleDuplicate: Boolean(cluster.possible_duplicate),
      inStandardAnalysis: Boolean(cluster.in_standard_analysis),
      provenance: { sourceId: cluster.source_id, row: cluster.row_number },
    })),
    chips: chips.map((chip) => ({
      id: chip.id,
      name: chip.name,
      manufacturer: chip.manufacturer,
      designerCountry: chip.manufacturer_id ? (hq.get(chip.manufacturer_id) ?? null) : null,
      releaseDate: chip.release_date,
      tppBitOps: chip.tpp_bit_ops,
      memoryBandwidthBytesPerSecond: chip.memory_bandwidth_bytes_per_s,
      provenance: { sourceId: chip.source_id, row: chip.row_number },
    })),
    dataCenters: timeline.map((entry) => ({
      id: entry.data_center_id,
      name: centerById.get(entry.data_center_id)?.name ?? entry.data_center_id,
      owners: (centerOwners.get(entry.data_center_id) ?? []).map((party) => party.organization_id),
      country: centerById.get(entry.data_center_id)?.country ?? null,
      date: entry.date,
      powerMw: entry.power_mw,
      h100Equivalents: entry.h100_equivalents,
      capitalCostUsd2025: entry.capital_cost_usd,
      provenance: { sourceId: entry.source_id, row: entry.row_number },
    })),
    companyMetrics: metrics.flatMap((metric) => {
      const report = reportById.get(metric.report_id);
      if (!report) return [];
      return [
        {
          reportId: report.id,
          kind: report.kind as CompanyReportKind,
          company: report.company_id,
          country: hq.get(report.company_id) ?? null,
          date: report.date,
          metric: metric.metric,
          value: metric.value,
          unit: metric.unit,
          confidence: report.confidence,
          provenance: { sourceId: report.source_id, row: report.row_number },
        },
      ];
    }),
    capabilities,
    ...(await priced),
  };
}
