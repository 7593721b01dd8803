/**
 * Country -> bloc weights under the two attribution rules.
 * "any": a record counts fully for every country (and bloc) among its developers.
 * "fractional": a record is split evenly over its developer entries, so its weights sum to 1.
 * Maxima, firsts and fits cannot take a fraction of a record: under "fractional" a record counts for a
 * group only when the group holds at least half of its weight (ties between two halves count for both).
 */
import type { AttributionRule, CountryWeight } from "../domain/observations.js";
import type { Localized } from "./series.js";

export const MAJORITY_SHARE = 0.5;
const EPSILON = 1e-9;

/** Weights per distinct country, in order of first appearance; empty when no country is known. */
export function countryWeights(countries: readonly string[], rule: AttributionRule): CountryWeight[] {
  const weights = new Map<string, number>();
  for (const country of countries) {
    const share = rule === "any" ? 1 : 1 / countries.length;
    weights.set(country, rule === "any" ? share : (weights.get(country) ?? 0) + share);
  }
  return [...weights].map(([country, weight]) => ({ country, weight }));
}

/** The weight a group of countries receives for one record: an additive count under either rule. */
export function groupWeight(countries: readonly string[], members: ReadonlySet<string>, rule: AttributionRule): number {
  let total = 0;
  for (const { country, weight } of countryWeights(countries, rule)) {
    if (!members.has(country)) continue;
    if (rule === "any") return 1;
    total += weight;
  }
  return total;
}

/** Whether a whole record belongs to a group, for maxima, firsts and fits (see the module note). */
export function belongsTo(countries: readonly string[], members: ReadonlySet<string>, rule: AttributionRule): boolean {
  const weight = groupWeight(countries, members, rule);
  return rule === "any" ? weight > 0 : weight >= MAJORITY_SHARE - EPSILON;
}

/** Method text for the rule, shared by every indicator that attributes records to countries. */
export function attributionText(rule: AttributionRule, record: Localized, parties: Localized): Localized {
  return rule === "any"
    ? {
        en: `Any developer: a ${record.en} counts fully for every country among ${parties.en}, and for every bloc containing one of them; bloc totals can therefore add up to more than the world total.`,
        nl: `Elke ontwikkelaar: een ${record.nl} telt volledig mee voor elk land onder ${parties.nl}, en voor elk blok dat een van die landen bevat; bloktotalen kunnen daardoor samen meer zijn dan het wereldtotaal.`,
      }
    : {
        en: `Fractional: a ${record.en} with n entries in ${parties.en} gives 1/n to each entry's country, so its shares sum to 1. For maxima, first crossings and fits a ${record.en} counts for a group only if the group holds at least half of it.`,
        nl: `Fractioneel: een ${record.nl} met n vermeldingen in ${parties.nl} geeft 1/n aan het land van elke vermelding, zodat de delen optellen tot 1. Voor maxima, eerste overschrijdingen en trendlijnen telt een ${record.nl} alleen mee voor een groep die er minstens de helft van heeft.`,
      };
}
