/**
 * Relations between players grouped into four kinds, each with its own colour and dash so a network's
 * edges say what they are (who funds, supplies, hosts or regulates whom) in colour and in print.
 */
export type RelationKind = "money" | "supply" | "compute" | "policy";

const KIND_OF: Readonly<Record<string, RelationKind>> = {
  "invests-in": "money",
  funds: "money",
  "holds-stake-in": "money",
  "holds-warrant-in": "money",
  owns: "money",
  "state-backed-by": "money",
  "supplies-chips-to": "supply",
  "manufactures-for": "supply",
  "supplies-lithography-to": "supply",
  "cloud-provider-of": "compute",
  "hosts-models-of": "compute",
  "member-of": "policy",
  "adds-to-entity-list": "policy",
  "restricts-exports-of": "policy",
};

export const RELATION_KINDS: readonly RelationKind[] = ["money", "supply", "compute", "policy"];

/** Colours far from the bloc colours' hues where possible, and a dash per kind for print and colour blindness. */
export const RELATION_STYLE: Readonly<Record<RelationKind, { readonly colour: string; readonly dash: string }>> = {
  money: { colour: "#1a1a1a", dash: "none" },
  supply: { colour: "#8a5a00", dash: "7 3" },
  compute: { colour: "#6a3d9a", dash: "2 3" },
  policy: { colour: "#a8326e", dash: "9 3 2 3" },
};

export function relationKind(relation: string): RelationKind {
  return KIND_OF[relation] ?? "policy";
}
