import { z } from "zod";
import { countryCodeSchema } from "./fact.js";
import { slugSchema } from "./source.js";

/**
 * A bloc is a named set of countries. `members` lists countries; `includes` pulls in other blocs
 * (so `europe` can be `eu` + UK + CH + NO). Exactly one bloc may be the `rest` bloc: every country
 * that no other non-derived bloc claims.
 */
export const blocSpecSchema = z.strictObject({
  id: slugSchema,
  name_en: z.string().min(1),
  name_nl: z.string().min(1),
  members: z.array(countryCodeSchema).default([]),
  includes: z.array(slugSchema).default([]),
  rest: z.boolean().default(false),
  /** A derived bloc overlaps others (e.g. europe); it is not part of the partition the rest bloc completes. */
  derived: z.boolean().default(false),
  colour: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i)
    .optional(),
});
export type BlocSpec = z.infer<typeof blocSpecSchema>;
export const blocFileSchema = z.strictObject({ blocs: z.array(blocSpecSchema).min(1) });

export interface Bloc {
  readonly id: string;
  readonly nameEn: string;
  readonly nameNl: string;
  readonly rest: boolean;
  readonly derived: boolean;
  readonly colour: string | null;
  /** Resolved member countries; for the rest bloc, every known country no partition bloc claims. */
  readonly members: readonly string[];
}

/** Resolves includes and the rest bloc against the list of all known country codes. Throws on cycles or unknown ids. */
export function resolveBlocs(specs: readonly BlocSpec[], allCountries: readonly string[]): Bloc[] {
  const byId = new Map(specs.map((spec) => [spec.id, spec]));
  const resolved = new Map<string, Set<string>>();
  const expand = (id: string, trail: readonly string[]): Set<string> => {
    const done = resolved.get(id);
    if (done) return done;
    if (trail.includes(id)) throw new Error(`bloc ${id}: includes form a cycle (${[...trail, id].join(" -> ")})`);
    const spec = byId.get(id);
    if (!spec) throw new Error(`bloc ${trail.at(-1)}: includes unknown bloc ${id}`);
    const members = new Set(spec.members);
    for (const included of spec.includes) for (const code of expand(included, [...trail, id])) members.add(code);
    resolved.set(id, members);
    return members;
  };
  const rests = specs.filter((spec) => spec.rest);
  if (rests.length > 1)
    throw new Error(`blocs: only one bloc may be the rest bloc, found ${rests.map((r) => r.id).join(", ")}`);
  for (const spec of specs) if (!spec.rest) expand(spec.id, []);
  const claimed = new Set<string>();
  for (const spec of specs)
    if (!spec.rest && !spec.derived) for (const code of resolved.get(spec.id)!) claimed.add(code);
  for (const rest of rests) resolved.set(rest.id, new Set(allCountries.filter((code) => !claimed.has(code))));
  return specs.map((spec) => ({
    id: spec.id,
    nameEn: spec.name_en,
    nameNl: spec.name_nl,
    rest: spec.rest,
    derived: spec.derived,
    colour: spec.colour ?? null,
    members: [...resolved.get(spec.id)!].sort(),
  }));
}
