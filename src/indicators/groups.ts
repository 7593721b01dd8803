/**
 * The groups an indicator reports on: the requested blocs (resolved members) and single countries.
 * Unknown bloc ids are caught here, against the bloc definitions in use.
 */
import type { Bloc } from "../domain/bloc.js";
import { IndicatorParamError } from "./params.js";

export interface Group {
  readonly id: string;
  readonly kind: "bloc" | "country";
  readonly members: ReadonlySet<string>;
}

export interface GroupParams {
  readonly blocs: readonly string[];
  readonly countries: readonly string[];
}

export function resolveGroups(params: GroupParams, blocs: readonly Bloc[]): Group[] {
  const groups = [...new Set(params.blocs)].map((id) => blocGroup(id, blocs, "blocs"));
  for (const country of new Set(params.countries))
    groups.push({ id: country, kind: "country", members: new Set([country]) });
  if (groups.length === 0) throw new IndicatorParamError("blocs", "choose at least one bloc or country");
  return groups;
}

/** One bloc by id, for parameters naming a single bloc (the leader in frontier-lag). */
export function blocGroup(id: string, blocs: readonly Bloc[], parameter: string): Group {
  const bloc = blocs.find((candidate) => candidate.id === id);
  if (!bloc)
    throw new IndicatorParamError(parameter, `unknown bloc '${id}'; known blocs: ${blocs.map((b) => b.id).join(", ")}`);
  return { id, kind: "bloc", members: new Set(bloc.members) };
}

/** The leading columns of every per-group row. */
export function groupCells(group: Group): { group: string; groupKind: Group["kind"] } {
  return { group: group.id, groupKind: group.kind };
}
