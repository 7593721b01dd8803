import type { CheckContext } from "./context.js";
import { exception, indeterminate, licenceUnderPolicy, noLicence, type Decision } from "./decision.js";
import { hbmFindings, scopeFindings, type ScopeFindings } from "./scope.js";
import { rv10Applies, rv10Decision } from "./rv10.js";
import type { Reason } from "./types.js";
import { ruleTables } from "./tables/installed.js";
import { licenceException, reviewPolicy, ruleVersion } from "./tables/lookup.js";

function exceptionReason(id: "NAC" | "ACA" | "HBM"): Reason {
  const entry = licenceException(id);
  return {
    text: `License Exception ${id} (${entry.section}): ${entry.text}`,
    nl: `vergunningsuitzondering ${id} (${entry.section}): ${entry.nl}`,
    citation: entry.citation,
    confidence: entry.confidence,
    ruleVersion: entry.ruleVersion,
  };
}

/** NAC or ACA for a 3A090.b or non-datacenter 3A090.a item in scope (§3.4). */
function nacOrAca(context: CheckContext, scope: ScopeFindings, reasons: readonly Reason[]): Decision {
  const notify = scope.destinationD5OrMacau || scope.headquartersInScope;
  const acaFrom = ruleTables().licenceExceptions.find((entry) => entry.id === "ACA")!.from;
  if (context.date < acaFrom) {
    return exception("NAC", notify, [...reasons, exceptionReason("NAC")], scope.caveats);
  }
  return notify
    ? exception("NAC", true, [...reasons, exceptionReason("NAC")], scope.caveats)
    : exception("ACA", false, [...reasons, exceptionReason("ACA")], scope.caveats);
}

/** Datacenter 3A090.a (or 2023-rule 4A090.a) in scope: an individual licence, with the review policy of §3.6. */
function datacenterLicence(context: CheckContext, scope: ScopeFindings, reasons: readonly Reason[]): Decision {
  const noException: Reason = {
    ...exceptionReason("NAC"),
    text: "no licence exception: NAC/ACA exclude items designed for data centres that meet 3A090.a",
    nl: "geen vergunningsuitzondering: NAC/ACA sluiten goederen uit die voor datacenters ontworpen zijn en aan 3A090.a voldoen",
  };
  const all = [...reasons, noException];
  if (scope.destinationD5OrMacau) {
    if (rv10Applies(context)) return rv10Decision(context, all, scope.caveats);
    return licenceUnderPolicy("rule", reviewPolicy("rule2023-d5-macau"), all, scope.caveats);
  }
  if (scope.headquartersInScope)
    return licenceUnderPolicy("headquarters_rule", reviewPolicy("headquarters-d5-macau"), all, scope.caveats);
  return licenceUnderPolicy("rule", reviewPolicy("rule2023-d1-d4"), all, scope.caveats);
}

/**
 * What the advanced-computing rules (not the letters) say on the date: 2022 rule, 2023 rule with NAC/ACA,
 * the headquarters rule, RV10 and HBM. The AI Diffusion overlay and the letters are applied afterwards.
 */
export function ruleDecision(context: CheckContext): Decision {
  const { classification } = context;
  const classificationReasons = classification.reasons;
  if (classification.regime === "none" || classification.regime === "letters_only") {
    return noLicence(classificationReasons, classification.caveats);
  }
  if (classification.tier === "c") {
    const scope = hbmFindings(context);
    const reasons = [...classificationReasons, ...scope.reasons];
    if (!scope.destinationInScope && !scope.headquartersInScope) return noLicence(reasons, scope.caveats);
    if (classification.exceptionEligible)
      return exception("HBM", null, [...reasons, exceptionReason("HBM")], scope.caveats);
    return licenceUnderPolicy(
      scope.headquartersInScope && !scope.destinationInScope ? "headquarters_rule" : "rule",
      reviewPolicy("hbm-d5-macau"),
      reasons,
      scope.caveats,
    );
  }
  if (classification.status === "not_controlled") return noLicence(classificationReasons, classification.caveats);

  const scope = scopeFindings(context, classification.regime);
  const reasons = [...classificationReasons, ...scope.reasons];
  const caveats = [...classification.caveats, ...scope.caveats];
  if (!scope.destinationInScope && !scope.headquartersInScope) {
    const decided: Reason = {
      text: "neither the destination nor the end user is in scope, whatever the classification",
      nl: "noch de bestemming noch de eindgebruiker valt onder de regel, wat de classificatie ook is",
      citation: ruleVersion(classification.ruleVersion ?? "RV2").citation,
      confidence: "quoted",
    };
    return noLicence(classification.status === "indeterminate" ? [...scope.reasons, decided] : reasons, caveats);
  }
  if (classification.status === "indeterminate") return indeterminate(classification.decidingInputs, reasons, caveats);
  if (classification.tier === "2022")
    return licenceUnderPolicy("rule", reviewPolicy("rule2022-china-macau"), reasons, caveats);
  if (classification.exceptionEligible === null)
    return indeterminate(
      classification.decidingInputs.length > 0 ? classification.decidingInputs : ["chip.datacenter"],
      reasons,
      caveats,
    );
  const withCaveats = { ...scope, caveats };
  return classification.exceptionEligible
    ? nacOrAca(context, withCaveats, reasons)
    : datacenterLicence(context, withCaveats, reasons);
}
