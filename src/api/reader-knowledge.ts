/**
 * The article reader's knowledge, read once from the store: every named record with its spellings (curated
 * organisations first, then countries, blocs, chips and models), the curated claims and figures, and the
 * reference exchange rates. The edge of the pure reader in src/text/.
 */
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { ClaimVerdict } from "../domain/fact.js";
import type {
  EntityKind,
  ExchangeRate,
  KnownClaim,
  KnownEvent,
  KnownFigure,
  NamedRecord,
  ReaderKnowledge,
} from "../text/knowledge.js";

const KIND_OF_ORGANIZATION: Readonly<Record<string, EntityKind>> = {
  government: "government",
  programme: "programme",
  instrument: "instrument",
  product: "product",
  model: "model",
  chip: "chip",
  person: "person",
  place: "place",
  concept: "concept",
};

/** "DeepSeek-R1" of DeepSeek -> "R1"; "Qwen2.5-72B" of Alibaba -> none (no prefix to strip). */
export function familyName(model: string, organisation: string): string | null {
  if (!model.toLowerCase().startsWith(organisation.toLowerCase())) return null;
  const rest = model.slice(organisation.length).replace(/^[\s\-_:]+/, "");
  return rest.length >= 2 && rest.length <= 12 && /\d/.test(rest) && /^\p{L}/u.test(rest) ? rest : null;
}

/** "NVIDIA H100 SXM5 80GB" -> "H100": the chip's model code, distinctive enough to name it alone. */
export function chipCode(name: string, manufacturer: string | null): string | null {
  const rest =
    manufacturer && name.toLowerCase().startsWith(manufacturer.toLowerCase())
      ? name.slice(manufacturer.length).trim()
      : name;
  const code = rest.split(/\s+/).find((word) => /^\p{L}{1,3}\d+\p{L}?$/u.test(word));
  return code && code.length >= 3 ? code : null;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

export async function loadReaderKnowledge(db: Kysely<Database>): Promise<ReaderKnowledge> {
  const [organizations, countries, blocs, models, developers, chips, facts, rates] = await Promise.all([
    db.selectFrom("organizations").selectAll().execute(),
    db.selectFrom("countries").selectAll().execute(),
    db.selectFrom("blocs").selectAll().execute(),
    db.selectFrom("models").select(["id", "name", "publication_date"]).where("is_primary", "=", 1).execute(),
    db.selectFrom("model_developers").select(["model_id", "organization_id"]).where("position", "=", 0).execute(),
    db.selectFrom("chips").select(["id", "name", "manufacturer", "manufacturer_id"]).execute(),
    db.selectFrom("facts").selectAll().execute(),
    db.selectFrom("exchange_rates").selectAll().execute(),
  ]);
  const organisationName = new Map(organizations.map((row) => [row.id, row.name]));
  const curated = organizations.filter((row) => row.hq_basis === "curated").sort((a, b) => a.id.localeCompare(b.id));
  const others = organizations.filter((row) => row.hq_basis !== "curated").sort((a, b) => a.id.localeCompare(b.id));
  const organisationRecords = [...curated, ...others].map((row): NamedRecord => ({
    resource: "organizations",
    id: row.id,
    name: row.name,
    kind: KIND_OF_ORGANIZATION[row.kind ?? ""] ?? "organisation",
    forms: stringArray(JSON.parse(row.aliases)),
    parent: row.parent,
    founded: row.founded,
  }));
  const countryRecords = countries.map((row): NamedRecord => ({
    resource: "countries",
    id: row.code,
    name: row.name_en,
    kind: "country",
    forms: [row.name_en, row.name_nl],
  }));
  const strip = (name: string) => name.replace(/\s*\(.*\)\s*$/, "");
  const blocRecords = blocs.map((row): NamedRecord => ({
    resource: "blocs",
    id: row.id,
    name: row.name_en,
    kind: "bloc",
    forms: [strip(row.name_en), strip(row.name_nl)],
  }));
  const developerOf = new Map(developers.map((row) => [row.model_id, row.organization_id]));
  const chipRecords = [...chips]
    .sort((a, b) => a.name.length - b.name.length || a.id.localeCompare(b.id))
    .map((row): NamedRecord => {
      const code = chipCode(row.name, row.manufacturer);
      return {
        resource: "chips",
        id: row.id,
        name: row.name,
        kind: "chip",
        forms: code ? [code] : [],
        parent: row.manufacturer_id,
      };
    });
  // The earliest model of a name stands for it ("GPT-4" is the March 2023 release, not a later dated version).
  const modelRecords = [...models]
    .sort(
      (a, b) => (a.publication_date ?? "9999").localeCompare(b.publication_date ?? "9999") || a.id.localeCompare(b.id),
    )
    .map((row): NamedRecord => {
      const developer = developerOf.get(row.id) ?? null;
      const family = developer ? familyName(row.name, organisationName.get(developer) ?? "") : null;
      return {
        resource: "models",
        id: row.id,
        name: row.name,
        kind: "model",
        forms: [],
        familyForms: family ? [family] : [],
        parent: developer,
        released: row.publication_date,
      };
    });
  const claims = facts
    .filter((row) => row.kind === "claim")
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map((row): KnownClaim => {
      const detail = JSON.parse(row.detail) as Record<string, unknown>;
      return {
        id: row.id,
        quote: row.quote,
        claimEn: String(detail.claim_en ?? ""),
        verdict: String(detail.verdict) as ClaimVerdict,
        reason: typeof detail.reason === "string" ? detail.reason : null,
        subjects: stringArray(detail.subjects),
        sourceId: row.source_id,
        betterSource: typeof detail.better_source === "string" ? detail.better_source : null,
        records: Array.isArray(detail.records) ? (detail.records as KnownClaim["records"][number][]) : [],
      };
    });
  const figures = facts
    .filter(
      (row) =>
        (row.kind === "metric" || row.kind === "relation") &&
        row.value !== null &&
        row.subject !== null &&
        row.unit !== null,
    )
    .map((row): KnownFigure => {
      const detail = JSON.parse(row.detail) as Record<string, unknown>;
      return {
        id: row.id,
        kind: row.kind as KnownFigure["kind"],
        subject: row.subject!,
        predicate: row.predicate ?? "",
        object: row.object,
        value: row.value!,
        unit: row.unit!,
        date: row.date,
        sourceId: row.source_id,
        quote: row.quote,
        trancheOf: typeof detail.tranche_of === "string" ? detail.tranche_of : null,
      };
    });
  const events = facts
    .filter((row) => row.kind === "event" && row.date !== null)
    .map((row): KnownEvent => {
      const detail = JSON.parse(row.detail) as Record<string, unknown>;
      return {
        id: row.id,
        date: row.date!,
        kind: row.predicate ?? "",
        titleEn: String(detail.title_en ?? ""),
        actors: [...stringArray(detail.actors), ...stringArray(detail.countries)],
      };
    });
  const exchangeRates = rates.map((row): ExchangeRate => ({
    id: row.id,
    currency: row.currency,
    date: row.date,
    perUsd: row.per_usd,
    sourceId: row.source_id,
  }));
  return {
    records: [...organisationRecords, ...countryRecords, ...blocRecords, ...chipRecords, ...modelRecords],
    claims,
    figures,
    events,
    rates: exchangeRates,
  };
}
