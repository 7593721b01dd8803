/**
 * What the reader knows, handed in by the edge (api, cli) from the store: named records with their spellings,
 * curated facts and claims, and reference exchange rates. The pure functions never read the store themselves.
 */
import type { ClaimVerdict } from "../domain/fact.js";

export type RecordResource = "organizations" | "countries" | "blocs" | "models" | "chips";

export type EntityKind =
  | "organisation"
  | "government"
  | "model"
  | "chip"
  | "product"
  | "programme"
  | "instrument"
  | "concept"
  | "person"
  | "country"
  | "place"
  | "bloc";

export interface RecordRef {
  readonly resource: RecordResource;
  readonly id: string;
}

export interface NamedRecord extends RecordRef {
  readonly name: string;
  readonly kind: EntityKind;
  /** Spellings that name this record wherever they stand. */
  readonly forms: readonly string[];
  /** Short names that name it only near its parent organisation ("R1" near "DeepSeek"). */
  readonly familyForms?: readonly string[];
  /** The organisation it belongs to (a product's maker, a model's developer), by organisation id. */
  readonly parent?: string | null;
  /** Founding date of an organisation (YYYY or YYYY-MM(-DD)), when curated. */
  readonly founded?: string | null;
  /** Release date of a model, when known. */
  readonly released?: string | null;
}

/** A curated claim (data/facts/claims/): its quote decides whether an article repeats it. */
export interface KnownClaim {
  readonly id: string;
  readonly quote: string;
  readonly claimEn: string;
  readonly verdict: ClaimVerdict;
  readonly reason: string | null;
  readonly subjects: readonly string[];
  readonly sourceId: string;
  readonly betterSource: string | null;
  readonly records: readonly { resource: string; id: string; shows: string }[];
}

/** A curated metric or relation fact with a number (a valuation, an investment, a stake). */
export interface KnownFigure {
  readonly id: string;
  readonly kind: "metric" | "relation";
  readonly subject: string;
  /** The metric name or relation name. */
  readonly predicate: string;
  readonly object: string | null;
  readonly value: number;
  /** ISO 4217 currency, "percent", or another unit. */
  readonly unit: string;
  readonly date: string | null;
  readonly sourceId: string;
  readonly quote: string;
  /** The commitment this payment is a tranche of, if any. */
  readonly trancheOf: string | null;
}

/** A curated event (a rule, a programme, an investment) with its actors and its English title. */
export interface KnownEvent {
  readonly id: string;
  readonly date: string;
  readonly kind: string;
  readonly titleEn: string;
  /** Organisation ids and ISO country codes of those who acted. */
  readonly actors: readonly string[];
}

export interface ExchangeRate {
  readonly id: string;
  readonly currency: string;
  readonly date: string;
  /** Units of the currency per US dollar. */
  readonly perUsd: number;
  readonly sourceId: string;
}

export interface ReaderKnowledge {
  readonly records: readonly NamedRecord[];
  readonly claims: readonly KnownClaim[];
  readonly figures: readonly KnownFigure[];
  readonly events: readonly KnownEvent[];
  readonly rates: readonly ExchangeRate[];
}
