import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ruleTables, type CountryGroupId, type GroupMembership } from "../../rules/export-control/index.js";
import { CONFIDENCE_ORDER, type FactConfidence, type Sourced } from "../../rules/export-control/types.js";
import { geopoliticsContract } from "../../contract/geopolitics.js";
import type { ApiContext } from "../context.js";
import { toSourcedCsv } from "../csv.js";
import { loadExportControlTables } from "../rule-tables.js";

/**
 * Geopolitics per country (issue 7): the US export-control country groups of EAR Supplement No. 1 to
 * Part 740 as the export-control engine holds them, on a given day, for the world map. The engine's data
 * is read, never changed; the day always comes from the request (the server reads no clock).
 */

/** The map's categories, strictest first: a country takes the first one any of its groups falls in. */
export const GROUP_CATEGORIES = ["E", "D:5", "D", "A:6", "A:5", "none"] as const;
export type GroupCategory = (typeof GROUP_CATEGORIES)[number];

const CATEGORY_OF_GROUP: Readonly<Record<CountryGroupId, GroupCategory>> = {
  "E:1": "E",
  "E:2": "E",
  "D:5": "D:5",
  "D:1": "D",
  "D:2": "D",
  "D:3": "D",
  "D:4": "D",
  "A:6": "A:6",
  "A:5": "A:5",
};

/** What each group is, as Supplement No. 1 to Part 740 names it. */
export const GROUP_MEANINGS: Readonly<Record<CountryGroupId, { en: string; nl: string }>> = {
  "A:5": {
    en: "A:5: closest allies; most licence exceptions available",
    nl: "A:5: naaste bondgenoten; de meeste vergunningsuitzonderingen beschikbaar",
  },
  "A:6": {
    en: "A:6: allies with somewhat narrower licence exceptions",
    nl: "A:6: bondgenoten met iets beperktere vergunningsuitzonderingen",
  },
  "D:1": { en: "D:1: national security concerns", nl: "D:1: zorgen over nationale veiligheid" },
  "D:2": { en: "D:2: nuclear proliferation concerns", nl: "D:2: zorgen over nucleaire proliferatie" },
  "D:3": {
    en: "D:3: chemical and biological weapons concerns",
    nl: "D:3: zorgen over chemische en biologische wapens",
  },
  "D:4": { en: "D:4: missile technology concerns", nl: "D:4: zorgen over rakettechnologie" },
  "D:5": { en: "D:5: countries under a US arms embargo", nl: "D:5: landen onder een Amerikaans wapenembargo" },
  "E:1": { en: "E:1: designated state sponsors of terrorism", nl: "E:1: aangewezen staten die terrorisme steunen" },
  "E:2": {
    en: "E:2: countries under a unilateral US embargo",
    nl: "E:2: landen onder een eenzijdig Amerikaans embargo",
  },
};

export interface CountryGroupsOnDay {
  readonly country: string;
  /** The country whose groups it takes (Hong Kong is read as China), or null. */
  readonly treatedAs: string | null;
  readonly groups: readonly {
    group: CountryGroupId;
    confidence: FactConfidence;
    instrument: string;
    sources: readonly string[];
  }[];
  readonly category: GroupCategory;
  /** The weakest confidence among the memberships that set the category. */
  readonly categoryConfidence: FactConfidence | null;
}

function holdsOn(membership: GroupMembership, day: string): boolean {
  return (
    (membership.from === undefined || membership.from <= day) &&
    (membership.until === undefined || day <= membership.until)
  );
}

/** Every country's groups on a day, with the strictest category; pure. */
export function countryGroupsOn(
  day: string,
  memberships: readonly GroupMembership[] = ruleTables().countryGroups.memberships,
  treatedAs: readonly { country: string; treatedAs: string }[] = ruleTables().countryGroups.treatedAs,
): CountryGroupsOnDay[] {
  const byCountry = new Map<string, GroupMembership[]>();
  for (const membership of memberships.filter((candidate) => holdsOn(candidate, day))) {
    byCountry.set(membership.country, [...(byCountry.get(membership.country) ?? []), membership]);
  }
  const entry = (country: string, held: readonly GroupMembership[], treated: string | null): CountryGroupsOnDay => {
    // One entry per group: the strongest source wins when a group is listed twice (D:1 for CN, say).
    const strongest = new Map<CountryGroupId, GroupMembership>();
    for (const membership of held) {
      const known = strongest.get(membership.group);
      if (!known || CONFIDENCE_ORDER.indexOf(membership.confidence) > CONFIDENCE_ORDER.indexOf(known.confidence))
        strongest.set(membership.group, membership);
    }
    const groups = [...strongest.values()].sort((a, b) => a.group.localeCompare(b.group));
    const category =
      GROUP_CATEGORIES.find((candidate) =>
        groups.some((membership) => CATEGORY_OF_GROUP[membership.group] === candidate),
      ) ?? "none";
    const setting = groups.filter((membership) => CATEGORY_OF_GROUP[membership.group] === category);
    const categoryConfidence =
      setting.length === 0
        ? null
        : setting.reduce(
            (best, m) =>
              CONFIDENCE_ORDER.indexOf(m.confidence) > CONFIDENCE_ORDER.indexOf(best) ? m.confidence : best,
            setting[0]!.confidence,
          );
    return {
      country,
      treatedAs: treated,
      groups: groups.map((m) => ({
        group: m.group,
        confidence: m.confidence,
        instrument: m.citation.instrument,
        sources: m.citation.sources,
      })),
      category,
      categoryConfidence,
    };
  };
  const rows = [...byCountry.entries()].map(([country, held]) => entry(country, held, null));
  for (const { country, treatedAs: target } of treatedAs) {
    if (!byCountry.has(country)) rows.push(entry(country, byCountry.get(target) ?? [], target));
  }
  return rows.sort(
    (a, b) =>
      GROUP_CATEGORIES.indexOf(a.category) - GROUP_CATEGORIES.indexOf(b.category) || a.country.localeCompare(b.country),
  );
}

/** Days on which some membership starts or ends: where the map changes. */
export function membershipChanges(
  memberships: readonly GroupMembership[] = ruleTables().countryGroups.memberships,
): string[] {
  const days = new Set<string>();
  for (const membership of memberships) {
    if (membership.from) days.add(membership.from);
    if (membership.until) days.add(nextDay(membership.until));
  }
  return [...days].sort();
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function note(fact: Sourced & { text: string }) {
  return {
    text: fact.text,
    confidence: fact.confidence,
    instrument: fact.citation.instrument,
    sources: fact.citation.sources,
  };
}

export function registerGeopoliticsRoutes(app: FastifyInstance, context: ApiContext): void {
  loadExportControlTables();
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const sourcesCited = [...new Set(ruleTables().countryGroups.memberships.flatMap((m) => m.citation.sources))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );

  typed.get(
    "/api/v1/geopolitics/country-groups",
    {
      schema: {
        summary:
          "US export-control country groups (EAR Supp. No. 1 to Part 740) per country on a day, as the export-control engine holds them, with the strictest group and citations",
        tags: ["geopolitics"],
        ...geopoliticsContract.countryGroups,
      },
    },
    async (request) => ({
      data: {
        date: request.query.date,
        categories: GROUP_CATEGORIES,
        groups: Object.entries(GROUP_MEANINGS).map(([id, meaning]) => ({
          id,
          category: CATEGORY_OF_GROUP[id as CountryGroupId],
          meaning,
        })),
        countries: countryGroupsOn(request.query.date).map(({ treatedAs, categoryConfidence, ...row }) => ({
          ...row,
          treated_as: treatedAs,
          category_confidence: categoryConfidence,
        })),
        changes: membershipChanges(),
        notes: [note(ruleTables().countryGroups.d5HistoryAssumption), note(ruleTables().countryGroups.aGroupsAsOf)],
        sources: Object.fromEntries(
          sourcesCited.flatMap((id) => {
            const text = ruleTables().sources[id];
            return text === undefined ? [] : [[id, text]];
          }),
        ),
      },
    }),
  );

  typed.get(
    "/api/v1/geopolitics/country-groups.csv",
    {
      schema: {
        summary: "The same as CSV: one row per country and group on the day",
        tags: ["geopolitics"],
        ...geopoliticsContract.countryGroupsCsv,
      },
    },
    async (request, reply) => {
      const rows = countryGroupsOn(request.query.date).flatMap((entry) =>
        (entry.groups.length > 0 ? entry.groups : [null]).map((group) => ({
          date: request.query.date,
          country: entry.country,
          treated_as: entry.treatedAs,
          category: entry.category,
          group: group?.group ?? null,
          confidence: group?.confidence ?? null,
          instrument: group?.instrument ?? null,
          sources: group?.sources.join(";") ?? null,
        })),
      );
      reply.header("content-disposition", `attachment; filename="wedloop-country-groups-${request.query.date}.csv"`);
      reply.type("text/csv; charset=utf-8");
      return toSourcedCsv(
        rows,
        `Wedloop curated data; each row's sources are in sources (snapshot ${context.snapshotId}).`,
      );
    },
  );
}
