import type { StoreContent } from "../db/write-store.js";
import { resolveBlocs } from "../domain/bloc.js";
import { parsePartialDate } from "../domain/partial-date.js";
import { readCsv, type CsvRow } from "./csv-rows.js";
import type { CuratedData } from "./curated/load-curated.js";
import { curatedRows } from "./curated/curated-rows.js";
import { priceRows } from "./curated/price-rows.js";
import {
  datasetUrl,
  EPOCH_LICENCE,
  type DatasetDefinition,
  type LoadContext,
  type RowOutput,
} from "./loaders/dataset.js";
import { ALL_COUNTRY_CODES, countryNames } from "./normalize/country.js";
import { FieldError } from "./normalize/field-error.js";
import { mostFrequent, OrganizationResolver } from "./normalize/organization.js";
import type { EpochFile } from "./read-epoch.js";
import { CHIP_FACTS_META_KEY } from "../db/queries/chip-export.js";
import { CHIP_FACT_FIELDS, type CuratedChip } from "../domain/chip-facts.js";
import { mergeChipFacts } from "./curated/merge-chip-facts.js";
import { sha256 } from "./read-epoch.js";

export interface DatasetSummary {
  readonly id: string;
  readonly file: string;
  readonly status: "loaded" | "missing";
  readonly rowsRead: number;
  readonly rowsStored: number;
  readonly rowsQuarantined: number;
  /** Rows that repeat an earlier row's record (listed in quarantine as merged): read = stored + quarantined + merged. */
  readonly rowsMerged: number;
  readonly milliseconds: number;
}

export interface BuildInput {
  readonly datasets: readonly DatasetDefinition[];
  /** The dataset files that are present, by file path. */
  readonly epochFiles: ReadonlyMap<string, EpochFile>;
  readonly curated: CuratedData;
  readonly codeVersion: string;
  readonly builtAt: string;
  /** Monotonic milliseconds, for per-dataset timings. */
  readonly clock: () => number;
}

export interface BuildOutput {
  readonly content: StoreContent;
  readonly summary: readonly DatasetSummary[];
  readonly inputHash: string;
  readonly snapshotId: string;
}

function emptyContent(): { [Table in keyof StoreContent]: StoreContent[Table][number][] } {
  return {
    meta: [],
    datasets: [],
    sources: [],
    countries: [],
    blocs: [],
    bloc_members: [],
    organizations: [],
    models: [],
    model_developers: [],
    chips: [],
    clusters: [],
    cluster_countries: [],
    cluster_owners: [],
    data_centers: [],
    data_center_organizations: [],
    data_center_timeline: [],
    companies: [],
    company_reports: [],
    company_metrics: [],
    facts: [],
    fact_entities: [],
    quarantine: [],
    capability_scores: [],
    original_rows: [],
    exchange_rates: [],
    prices: [],
  };
}

// Columns in which Epoch records when a row was last edited, reported or published.
const STAMP_COLUMNS = ["Last modified", "Report date", "Publication date"];

/** The latest edit or report date in a file: the best date of a snapshot that came without a download record. */
function latestStamp(rows: readonly CsvRow[]): string | null {
  let latest: string | null = null;
  for (const row of rows) {
    for (const column of STAMP_COLUMNS) {
      const date = parsePartialDate(row.values[column] ?? "");
      if (date && (latest === null || date.iso > latest)) latest = date.iso;
    }
  }
  return latest;
}

/** The first line of the row's span (it may hold quoted newlines) that is not valid UTF-8, or null. */
function invalidUtf8LineOf(row: CsvRow, invalidLines: readonly number[]): number | null {
  if (invalidLines.length === 0) return null;
  const span = Object.values(row.values).reduce((lines, value) => lines + value.split("\n").length - 1, 0);
  return invalidLines.find((line) => line >= row.line && line <= row.line + span) ?? null;
}

/** The hash that decides whether a store is stale: code version, curated files and Epoch files. */
export function inputHashOf(
  codeVersion: string,
  curated: CuratedData,
  epochFiles: ReadonlyMap<string, EpochFile>,
): string {
  const parts = [
    `code ${codeVersion}`,
    ...curated.files.map((file) => `curated ${file.path} ${file.sha256}`),
    ...[...epochFiles.values()].map((file) => `epoch ${file.file} ${file.sha256}`).sort(),
  ];
  return sha256(parts.join("\n"));
}

/**
 * Turns the curated files and the Epoch files into the rows of a store. Pure apart from the clock:
 * every malformed Epoch row is quarantined with dataset, line, field and reason, so for each dataset
 * rows read = rows stored + rows quarantined.
 */
export function buildStoreContent(input: BuildInput): BuildOutput {
  const content = emptyContent();
  const organizations = new OrganizationResolver(input.curated.organizations);
  const context: LoadContext = {
    countries: input.curated.countryAliases,
    organizations,
    dataCenterCountries: input.curated.dataCenterCountries,
  };
  const summary: DatasetSummary[] = [];
  const snapshotDates = new Map<string, string | null>();

  for (const dataset of input.datasets) {
    const started = input.clock();
    const file = input.epochFiles.get(dataset.file);
    if (!file) {
      summary.push({
        id: dataset.id,
        file: dataset.file,
        status: "missing",
        rowsRead: 0,
        rowsStored: 0,
        rowsQuarantined: 0,
        rowsMerged: 0,
        milliseconds: 0,
      });
      continue;
    }
    const quarantineBefore = content.quarantine.length;
    const quarantine = (line: number, field: string | null, value: string | null, reason: string, raw: string) =>
      content.quarantine.push({
        id: content.quarantine.length + 1,
        dataset: dataset.id,
        file: dataset.file,
        row_number: line,
        field,
        value,
        reason,
        raw,
      });
    const table = readCsv(file.text);
    snapshotDates.set(dataset.id, file.downloadedOn ?? latestStamp(table.rows));
    for (const rejected of table.rejected) quarantine(rejected.line, null, null, rejected.reason, rejected.raw);
    const idsSeen = new Map<string, number>();
    const keysSeen = new Map<string, number>();
    let stored = 0;
    let merged = 0;
    for (const row of table.rows) {
      const badBytes = invalidUtf8LineOf(row, file.invalidUtf8Lines);
      if (badBytes !== null) {
        quarantine(row.line, null, null, `line ${badBytes} is not valid UTF-8`, JSON.stringify(row.values));
        continue;
      }
      let output: RowOutput;
      try {
        output = dataset.mapRow(row, context, dataset.sourceId);
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        quarantine(row.line, error.field, error.value, error.message, JSON.stringify(row.values));
        continue;
      }
      const primary = (output[dataset.table] ?? []) as { id: string }[];
      const duplicateOf = primary.map((record) => idsSeen.get(record.id)).find((line) => line !== undefined);
      if (duplicateOf !== undefined) {
        quarantine(
          row.line,
          null,
          primary[0]!.id,
          `duplicate record: same id as line ${duplicateOf}`,
          JSON.stringify(row.values),
        );
        continue;
      }
      const duplicate = dataset.duplicateKey?.(output) ?? null;
      const sameAs = duplicate ? keysSeen.get(duplicate.key) : undefined;
      if (duplicate && sameAs !== undefined) {
        // Counted once: listed beside the quarantine, with the line it repeats, and never stored twice.
        quarantine(
          row.line,
          null,
          primary[0]?.id ?? null,
          `merged as duplicate of line ${sameAs}: ${duplicate.reason}`,
          JSON.stringify(row.values),
        );
        merged += 1;
        continue;
      }
      if (duplicate) keysSeen.set(duplicate.key, row.line);
      for (const record of primary) {
        idsSeen.set(record.id, row.line);
        content.original_rows.push({
          table_name: dataset.table,
          record_id: record.id,
          raw: JSON.stringify(row.values),
        });
      }
      for (const [name, rows] of Object.entries(output))
        (content[name as keyof StoreContent] as unknown[]).push(...rows);
      stored += 1;
    }
    const rowsQuarantined = content.quarantine.length - quarantineBefore - merged;
    summary.push({
      id: dataset.id,
      file: dataset.file,
      status: "loaded",
      rowsRead: table.rows.length + table.rejected.length,
      rowsStored: stored,
      rowsQuarantined,
      rowsMerged: merged,
      milliseconds: input.clock() - started,
    });
  }

  linkModelFiles(content.models);

  const curated = curatedRows(input.curated);
  content.sources.push(...curated.sources);
  content.facts.push(...curated.facts);
  content.fact_entities.push(...curated.factEntities);
  const priced = priceRows(input.curated);
  content.exchange_rates.push(...priced.exchangeRates);
  content.prices.push(...priced.prices);

  for (const dataset of input.datasets) {
    const file = input.epochFiles.get(dataset.file);
    content.sources.push({
      id: dataset.sourceId,
      kind: "primary",
      title: `${dataset.title} (Epoch AI)`,
      publisher: "Epoch AI",
      url: datasetUrl(dataset),
      published: null,
      accessed: snapshotDates.get(dataset.id) ?? input.builtAt.slice(0, 10),
      language: "en",
      licence: EPOCH_LICENCE,
      notes: file ? `snapshot sha256 ${file.sha256}` : "not loaded: run `wedloop data pull`",
      file: dataset.file,
    });
    const stats = summary.find((entry) => entry.id === dataset.id)!;
    content.datasets.push({
      id: dataset.id,
      source_id: dataset.sourceId,
      title: dataset.title,
      file: dataset.file,
      url: datasetUrl(dataset),
      licence: EPOCH_LICENCE,
      status: stats.status,
      snapshot_date: snapshotDates.get(dataset.id) ?? null,
      sha256: file?.sha256 ?? null,
      bytes: file?.bytes ?? null,
      rows_read: stats.rowsRead,
      rows_stored: stats.rowsStored,
      rows_quarantined: stats.rowsQuarantined,
      rows_merged: stats.rowsMerged,
      build_ms: stats.milliseconds,
    });
  }

  content.organizations.push(...organizationRows(input.curated, organizations));
  content.countries.push(
    ...ALL_COUNTRY_CODES.map((code) => ({ code, name_en: countryNames(code).en, name_nl: countryNames(code).nl })),
  );
  resolveBlocs(input.curated.blocs, ALL_COUNTRY_CODES).forEach((bloc, position) => {
    content.blocs.push({
      id: bloc.id,
      name_en: bloc.nameEn,
      name_nl: bloc.nameNl,
      rest: bloc.rest ? 1 : 0,
      derived: bloc.derived ? 1 : 0,
      colour: bloc.colour,
      position,
    });
    content.bloc_members.push(...bloc.members.map((country) => ({ bloc_id: bloc.id, country })));
  });

  const inputHash = inputHashOf(input.codeVersion, input.curated, input.epochFiles);
  const snapshotId = sha256(
    [...input.epochFiles.values()]
      .map((file) => `${file.file} ${file.sha256}`)
      .sort()
      .join("\n"),
  ).slice(0, 12);
  content.meta.push(
    { key: "built_at", value: input.builtAt },
    { key: "code_version", value: input.codeVersion },
    { key: "input_hash", value: inputHash },
    { key: "snapshot_id", value: snapshotId },
    { key: CHIP_FACTS_META_KEY, value: JSON.stringify(curatedChipFacts(input.curated)) },
  );
  return { content, summary, inputHash, snapshotId };
}

const MODEL_FILE_ORDER = ["notable", "large_scale", "frontier"];

/**
 * One model, one record: the rows of one model in Epoch's notable, large-scale and frontier files share a
 * key; each row learns in which files the model is, and the first by file order stands for it in lists.
 * Every row is kept with its own provenance (the indicators read each file as Epoch published it).
 */
function linkModelFiles(models: StoreContent["models"][number][]): void {
  const byKey = new Map<string, StoreContent["models"][number][]>();
  for (const model of models) byKey.set(model.model_key, [...(byKey.get(model.model_key) ?? []), model]);
  for (const rows of byKey.values()) {
    const files = new Set(rows.map((row) => row.dataset));
    const primary = [...rows].sort(
      (a, b) => MODEL_FILE_ORDER.indexOf(a.dataset) - MODEL_FILE_ORDER.indexOf(b.dataset),
    )[0]!;
    for (const row of rows) {
      row.in_notable = files.has("notable") ? 1 : 0;
      row.in_large_scale = files.has("large_scale") ? 1 : 0;
      row.in_frontier = files.has("frontier") ? 1 : 0;
      row.is_primary = row === primary ? 1 : 0;
    }
  }
}

/**
 * The curated chip facts the store keeps beside Epoch's rows (read back by the export-control queries). A name
 * that the hardware file read here lacks (a partial or older snapshot) simply matches no row; that every name is
 * one of the full snapshot's rows is checked by test/ingest/chip-names.test.ts.
 */
function curatedChipFacts(curated: CuratedData): CuratedChip[] {
  const publisherOf = new Map(curated.sources.map((source) => [source.id, source.publisher]));
  return mergeChipFacts(curated.chips).map((chip) => {
    const cited = CHIP_FACT_FIELDS.flatMap((field) => (chip[field] ? [chip[field].source] : []));
    const publishers = Object.fromEntries(
      cited.flatMap((id) => {
        const publisher = publisherOf.get(id);
        return publisher === undefined ? [] : [[id, publisher] as const];
      }),
    );
    return { ...chip, publishers };
  });
}

/** Curated organisations as written, plus every other organisation the datasets name, with its evidence. */
function organizationRows(
  curated: CuratedData,
  resolver: OrganizationResolver,
): StoreContent["organizations"][number][] {
  const rows: StoreContent["organizations"][number][] = curated.organizations.map((organization) => ({
    id: organization.id,
    name: organization.name,
    hq_country: organization.hq ?? null,
    hq_basis: "curated",
    kind: organization.kind,
    aliases: JSON.stringify(
      [...new Set([...organization.aliases, ...(resolver.spellings.get(organization.id)?.keys() ?? [])])].sort(),
    ),
    founded: organization.founded ?? null,
    parent: organization.parent ?? null,
    source_id: organization.source ?? null,
  }));
  const curatedIds = new Set(rows.map((row) => row.id));
  for (const [id, spellings] of [...resolver.spellings].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (curatedIds.has(id)) continue;
    const hq = mostFrequent(resolver.countryEvidence.get(id));
    rows.push({
      id,
      name: mostFrequent(spellings)!,
      hq_country: hq,
      hq_basis: hq === null ? "unknown" : "epoch",
      kind: null,
      aliases: JSON.stringify([...spellings.keys()].sort()),
      founded: null,
      parent: null,
      source_id: null,
    });
  }
  return rows;
}
