import type { Fact } from "./fact.js";

type Relation = Extract<Fact, { kind: "relation" }>;

const isRelation = (fact: Fact): fact is Relation => fact.kind === "relation";

/**
 * Money one organisation has put into another, in one currency: the sum of its invests-in facts. Tranches of an
 * "up to" commitment count once each; the commitment itself (commits-to-invest-in) is a promise, never added.
 */
export function investedTotal(facts: readonly Fact[], subject: string, object: string, unit: string): number {
  return facts
    .filter(isRelation)
    .filter((fact) => fact.relation === "invests-in" && fact.subject === subject && fact.object === object)
    .filter((fact) => fact.unit === unit && fact.value !== undefined)
    .reduce((sum, fact) => sum + fact.value!, 0);
}

export interface CommitmentProgress {
  readonly commitment: Relation;
  readonly tranches: readonly Relation[];
  /** Sum of the tranches paid so far, in the commitment's unit. */
  readonly paid: number;
}

/** Every commitment with the tranches that name it, for the check that tranches never exceed what was committed. */
export function commitmentProgress(facts: readonly Fact[]): CommitmentProgress[] {
  const relations = facts.filter(isRelation);
  return relations
    .filter((fact) => fact.relation === "commits-to-invest-in")
    .map((commitment) => {
      const tranches = relations.filter((fact) => fact.tranche_of === commitment.id);
      const paid = tranches
        .filter((tranche) => tranche.unit === commitment.unit)
        .reduce((sum, tranche) => sum + (tranche.value ?? 0), 0);
      return { commitment, tranches, paid };
    });
}
