import { caveatFrom } from "./metrics.js";
import { CONFIDENCE_ORDER, type Caveat, type IsoDay, type Reason, type Sourced } from "./types.js";
import { ruleTables } from "./tables/installed.js";
import { ruleVersion } from "./tables/lookup.js";
import type { CountryGroupId } from "./tables/schema.js";
import type { GroupMembership } from "./tables/tables.js";

/** Hong Kong is read as China; every other code stands for itself. */
export function effectiveCountry(country: string): { code: string; reasons: Reason[] } {
  const alias = ruleTables().countryGroups.treatedAs.find((entry) => entry.country === country);
  if (!alias) return { code: country, reasons: [] };
  return {
    code: alias.treatedAs,
    reasons: [
      {
        text: `${country} is treated as ${alias.treatedAs} under the EAR`,
        nl: `${country} geldt onder de EAR als ${alias.treatedAs}`,
        citation: alias.citation,
        confidence: alias.confidence,
      },
    ],
  };
}

export function membershipsAt(country: string, date: IsoDay): GroupMembership[] {
  return ruleTables().countryGroups.memberships.filter(
    (entry) =>
      entry.country === country &&
      (entry.from === undefined || date >= entry.from) &&
      (entry.until === undefined || date <= entry.until),
  );
}

function strongest(entries: readonly GroupMembership[]): GroupMembership | undefined {
  return [...entries].sort(
    (a, b) => CONFIDENCE_ORDER.indexOf(b.confidence) - CONFIDENCE_ORDER.indexOf(a.confidence),
  )[0];
}

export interface ScopeTest {
  readonly countries: readonly string[];
  readonly groups: readonly CountryGroupId[];
  readonly excludeGroups?: readonly CountryGroupId[];
}

export interface ScopeResult {
  readonly inScope: boolean;
  readonly reasons: readonly Reason[];
  readonly caveats: readonly Caveat[];
}

/**
 * Whether `country` (already resolved with effectiveCountry) falls in a scope on `date`, with the membership
 * facts that decide it. `role` names the country in the reason text ("destination", "end user's headquarters").
 */
export type ScopeRole = "destination" | "end user's headquarters" | "ultimate parent's headquarters";

const ROLE_NL: Readonly<Record<ScopeRole, string>> = {
  destination: "bestemming",
  "end user's headquarters": "hoofdkantoor van de eindgebruiker",
  "ultimate parent's headquarters": "hoofdkantoor van het moederbedrijf",
};

export function testScope(scope: ScopeTest & Sourced, country: string, date: IsoDay, role: ScopeRole): ScopeResult {
  const memberships = membershipsAt(country, date);
  const caveats: Caveat[] = [];
  const excludedBy = strongest(memberships.filter((entry) => scope.excludeGroups?.includes(entry.group)));
  const listed = scope.countries.includes(country);
  const viaGroup = strongest(memberships.filter((entry) => scope.groups.includes(entry.group)));

  if (!listed && viaGroup && excludedBy) {
    return {
      inScope: false,
      reasons: [
        membershipReason(viaGroup, role),
        {
          ...membershipReason(excludedBy, role),
          text: `${role} ${country} is also in ${excludedBy.group}, which the rule excludes`,
          nl: `${ROLE_NL[role]} ${country} is ook in ${excludedBy.group}, dat de regel uitsluit`,
        },
      ],
      caveats: membershipCaveats([viaGroup, excludedBy], date),
    };
  }
  if (listed) {
    return {
      inScope: true,
      reasons: [
        {
          text: `${role} ${country} is listed by ${scope.citation.instrument}`,
          // The instrument's title is English; the citation under the line names it.
          nl: `${ROLE_NL[role]} ${country} wordt met name genoemd in de bron`,
          citation: scope.citation,
          confidence: scope.confidence,
        },
      ],
      caveats,
    };
  }
  if (viaGroup) {
    caveats.push(...membershipCaveats([viaGroup], date));
    if (scope.excludeGroups && viaGroup.group !== "D:5")
      caveats.push(caveatFrom(ruleTables().countryGroups.aGroupsAsOf));
    return { inScope: true, reasons: [membershipReason(viaGroup, role)], caveats };
  }
  const named = [...scope.countries, ...scope.groups].join(", ");
  const because = excludedBy ? ` (it is in ${excludedBy.group})` : "";
  return {
    inScope: false,
    reasons: [
      {
        text: `${role} ${country} is not in ${named || "the scope"}${because}`,
        nl: `${ROLE_NL[role]} ${country} valt niet onder ${named || "de reikwijdte"}${excludedBy ? ` (het is in ${excludedBy.group})` : ""}`,
        citation: scope.citation,
        confidence: scope.confidence,
      },
    ],
    caveats: excludedBy ? membershipCaveats([excludedBy], date) : [],
  };
}

function membershipReason(entry: GroupMembership, role: ScopeRole): Reason {
  return {
    text: `${role} ${entry.country} is in Country Group ${entry.group}`,
    nl: `${ROLE_NL[role]} ${entry.country} is in landengroep ${entry.group}`,
    citation: entry.citation,
    confidence: entry.confidence,
  };
}

function membershipCaveats(entries: readonly GroupMembership[], date: IsoDay): Caveat[] {
  const caveats: Caveat[] = [];
  for (const entry of entries) {
    if (entry.confidence === "unconfirmed") {
      caveats.push({
        text: `${entry.country} in ${entry.group} is unconfirmed`,
        nl: `${entry.country} in ${entry.group} is onbevestigd`,
        kind: "unconfirmed_fact",
        citation: entry.citation,
      });
    }
    if (entry.group === "D:5" && date < ruleVersion("RV11").effective)
      caveats.push(caveatFrom(ruleTables().countryGroups.d5HistoryAssumption));
  }
  return caveats;
}
