/** Weighted counts of dated records per group and year, zero-filled over a window: the core of the per-year indicators. */
import type { AttributionRule } from "../domain/observations.js";
import { groupWeight } from "./attribution.js";
import type { Group } from "./groups.js";

export interface CountedRecord {
  readonly year: number;
  readonly countries: readonly string[];
}

/** count[groupIndex][year - from] = sum of the records' weights for the group under the rule. */
export function countPerGroupAndYear(
  records: readonly CountedRecord[],
  groups: readonly Group[],
  rule: AttributionRule,
  window: { readonly from: number; readonly to: number },
): number[][] {
  const counts = groups.map(() => new Array<number>(window.to - window.from + 1).fill(0));
  for (const record of records) {
    if (record.year < window.from || record.year > window.to) continue;
    groups.forEach((group, index) => {
      counts[index]![record.year - window.from]! += groupWeight(record.countries, group.members, rule);
    });
  }
  return counts;
}

export function yearsOf(window: { readonly from: number; readonly to: number }): number[] {
  return Array.from({ length: window.to - window.from + 1 }, (_, i) => window.from + i);
}
