/** Lookups in the installed rule tables that the engine makes in many places. */
import type { PlainLanguage } from "../../../domain/plain-answer.js";
import type { LicenceExceptionId, RuleVersionId } from "../types.js";
import { ruleTables } from "./installed.js";
import type { LicenceException, ReviewPolicyEntry, ReviewSituation, RuleVersion } from "./schema.js";

// The parser checks that every id below is present once, so the lookups cannot miss.
export function ruleVersion(id: RuleVersionId): RuleVersion {
  return ruleTables().ruleVersions.find((version) => version.id === id)!;
}

export function reviewPolicy(situation: ReviewSituation): ReviewPolicyEntry {
  return ruleTables().reviewPolicies.find((entry) => entry.situation === situation)!;
}

export function licenceException(id: LicenceExceptionId): LicenceException {
  return ruleTables().licenceExceptions.find((entry) => entry.id === id)!;
}

/** The country's name as it stands inside a sentence: with its article where the language uses one. */
export function countryInSentence(code: string, name: string, language: PlainLanguage): string {
  const { article, codes } = ruleTables().countryArticles[language];
  return codes.has(code) ? `${article} ${name}` : name;
}
