import type { CheckContext } from "./context.js";
import { testScope, type ScopeResult, type ScopeTest } from "./destination.js";
import type { Caveat, IsoDay, Reason, Sourced } from "./types.js";
import { ruleTables } from "./tables/installed.js";

/** Destination scope and headquarters tests for one question under the regime of its classification. */
export interface ScopeFindings {
  readonly destinationInScope: boolean;
  /** Destination in D:5 or Macau: needs NAC notification and carries the stricter policy. */
  readonly destinationD5OrMacau: boolean;
  /** An end user's headquarters or ultimate parent in D:5 or Macau (headquarters rule in force). */
  readonly headquartersInScope: boolean;
  readonly reasons: readonly Reason[];
  readonly caveats: readonly Caveat[];
}

/** D:5 and Macau, the destinations and headquarters of the headquarters rule. */
function d5OrMacau(): ScopeTest & Sourced {
  const { countries, groups, citation, confidence } = ruleTables().destinationScope.headquartersRule;
  return { countries, groups, citation, confidence };
}

/** The 3A090/4A090 scope in force for the 2022 or 2023 definition (the 2023 scope also serves RV1b early application). */
export function destinationScopeFor(regime: "rule2022" | "rule2023", date: IsoDay) {
  if (regime === "rule2023") return ruleTables().destinationScope.scopes.find((scope) => scope.ruleVersion === "RV2")!;
  return ruleTables().destinationScope.scopes.find(
    (scope) => date >= scope.from && (scope.until === undefined || date <= scope.until) && scope.ruleVersion !== "RV2",
  );
}

export function headquartersFindings(context: CheckContext, scope: ScopeTest & Sourced = d5OrMacau()): ScopeResult {
  const results = context.headquarters.map(({ field, country }) =>
    testScope(
      scope,
      country,
      context.date,
      field === "endUserHq" ? "end user's headquarters" : "ultimate parent's headquarters",
    ),
  );
  const hits = results.filter((entry) => entry.inScope);
  return {
    inScope: hits.length > 0,
    reasons: hits.flatMap((entry) => entry.reasons),
    caveats: hits.flatMap((entry) => entry.caveats),
  };
}

/** Scope findings for 3A090/4A090 (.a/.b or 2022) items. */
export function scopeFindings(context: CheckContext, regime: "rule2022" | "rule2023"): ScopeFindings {
  const scope = destinationScopeFor(regime, context.date);
  const destination: ScopeResult = scope
    ? testScope(scope, context.destination, context.date, "destination")
    : { inScope: false, reasons: [], caveats: [] };
  const d5 = testScope(d5OrMacau(), context.destination, context.date, "destination");
  const hqInForce = regime === "rule2023" && context.date >= ruleTables().destinationScope.headquartersRule.from;
  const hq = hqInForce ? headquartersFindings(context) : { inScope: false, reasons: [], caveats: [] };
  const hqReasons = hq.inScope
    ? [
        ...hq.reasons,
        {
          text: "headquarters rule: a licence is needed wherever the entity is located",
          nl: "hoofdkantoorregel: een vergunning is nodig, waar de entiteit ook gevestigd is",
          citation: ruleTables().destinationScope.headquartersRule.citation,
          confidence: ruleTables().destinationScope.headquartersRule.confidence,
          ruleVersion: "RV2" as const,
        },
      ]
    : [];
  return {
    destinationInScope: destination.inScope,
    destinationD5OrMacau: d5.inScope,
    headquartersInScope: hq.inScope,
    reasons: [...destination.reasons, ...hqReasons],
    caveats: [...destination.caveats, ...(d5.inScope ? d5.caveats : []), ...hq.caveats],
  };
}

export function hbmFindings(context: CheckContext): ScopeFindings {
  const destination = testScope(
    ruleTables().destinationScope.hbmScope,
    context.destination,
    context.date,
    "destination",
  );
  const hq = headquartersFindings(context, ruleTables().destinationScope.hbmScope);
  return {
    destinationInScope: destination.inScope,
    destinationD5OrMacau: destination.inScope,
    headquartersInScope: hq.inScope,
    reasons: [...destination.reasons, ...hq.reasons],
    caveats: [...destination.caveats, ...hq.caveats],
  };
}
