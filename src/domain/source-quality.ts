import type { Fact } from "./fact.js";
import { SOURCE_KINDS, type SourceKind } from "./source.js";

/**
 * Facts that state a binding rule's legal effect (adopted, published, in force, applies, revoked, a party
 * listed): these must cite the rule or the authority that made it (a primary source), not only the news about
 * it. Steps on the way to a rule (an event with a `stage`: proposal, vote, draft, guidance) are political facts.
 */
const LEGAL_EVENT_KINDS: ReadonlySet<string> = new Set(["regulation", "export-control"]);
const LEGAL_RELATIONS: ReadonlySet<string> = new Set(["adds-to-entity-list", "restricts-exports-of"]);

export function isLegalFact(fact: Fact): boolean {
  if (fact.kind === "event") return LEGAL_EVENT_KINDS.has(fact.event_kind) && fact.stage === undefined;
  if (fact.kind === "relation") return LEGAL_RELATIONS.has(fact.relation);
  return false;
}

/** Records of Wedloop's own datasets (Epoch AI's models, chips, and indicators computed from them). */
const DATASET_RECORDS: ReadonlySet<string> = new Set(["models", "chips", "indicators"]);

/** The kind of evidence a claim's records give: the dataset itself is a primary source. */
function recordEvidence(fact: Fact): SourceKind | null {
  if (fact.kind !== "claim") return null;
  return (fact.records ?? []).some((record) => DATASET_RECORDS.has(record.resource)) ? "primary" : null;
}

/**
 * The sources that support a fact. A claim's own source is the text being checked, so its evidence is the
 * better source; every other fact is supported by its source and any further sources it lists.
 */
export function evidenceSourceIds(fact: Fact): string[] {
  const also = (fact.also ?? []).map((support) => support.source);
  if (fact.kind === "claim") return [...(fact.better_source === undefined ? [] : [fact.better_source]), ...also];
  return [fact.source, ...also];
}

/** The closest kind among the sources, or null when the fact has no evidence (an opinion, an unverifiable claim). */
export function bestSourceKind(
  sourceIds: readonly string[],
  kindOf: (sourceId: string) => SourceKind | undefined,
): SourceKind | null {
  const kinds = new Set(sourceIds.map(kindOf));
  return SOURCE_KINDS.find((kind) => kinds.has(kind)) ?? null;
}

export interface SourceKindShares {
  /** Facts per best source kind; `none` counts facts without evidence, left out of the shares. */
  readonly counts: Readonly<Record<SourceKind | "none", number>>;
  /** Facts with evidence. */
  readonly judged: number;
  /** Share of judged facts per best source kind, 0..1. */
  readonly shares: Readonly<Record<SourceKind, number>>;
}

export function sourceKindShares(
  facts: readonly Fact[],
  kindOf: (sourceId: string) => SourceKind | undefined,
): SourceKindShares {
  const counts = { primary: 0, secondary: 0, tertiary: 0, none: 0 };
  for (const fact of facts) {
    const kinds = [bestSourceKind(evidenceSourceIds(fact), kindOf), recordEvidence(fact)];
    counts[SOURCE_KINDS.find((kind) => kinds.includes(kind)) ?? "none"] += 1;
  }
  const judged = facts.length - counts.none;
  const share = (n: number) => (judged === 0 ? 0 : n / judged);
  return {
    counts,
    judged,
    shares: { primary: share(counts.primary), secondary: share(counts.secondary), tertiary: share(counts.tertiary) },
  };
}

/** "primary 12.0% (34) · secondary ... · tertiary ... of 280 facts with a source; 5 without": the build's line. */
export function formatSourceKindShares(result: SourceKindShares): string {
  const parts = SOURCE_KINDS.map(
    (kind) => `${kind} ${(result.shares[kind] * 100).toFixed(1)}% (${result.counts[kind]})`,
  );
  return `best source per fact: ${parts.join(", ")} of ${result.judged} facts with evidence; ${result.counts.none} without`;
}
