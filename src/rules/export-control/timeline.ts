import { classifyIc, computerClassification, type Classification } from "./classify.js";
import { checkValidExport, type ExportCheckResult } from "./check-export.js";
import {
  ExportCheckInputError,
  parseChip,
  parseExportCheckInput,
  type ChipParameters,
  type ExportCheckInput,
} from "./input-schema.js";
import { chipMetrics, type ChipMetrics } from "./metrics.js";
import type { AnswerCode, IsoDay, LicenceAnswer, RuleVersionId } from "./types.js";
import { ruleTables } from "./tables/installed.js";

export interface VersionClassification {
  readonly ruleVersion: RuleVersionId;
  readonly title: string;
  /** The day the classification is taken: the version's compliance date, else its effective date. */
  readonly asOf: IsoDay;
  readonly classification: Classification;
}

/** One chip (or a computer of N chips) classified as of each rule version, for the per-version status table. */
export function classifyAcrossVersions(
  chip: ChipParameters,
  options: { readonly computer?: { readonly chipCount: number } } = {},
): { readonly metrics: ChipMetrics; readonly versions: readonly VersionClassification[] } {
  const valid = parseChip(chip);
  const metrics = chipMetrics(valid);
  const versions = ruleTables().ruleVersions.map((version) => {
    const asOf = version.compliance ?? version.effective;
    const ic = classifyIc(valid, metrics, asOf);
    const classification = options.computer ? computerClassification(ic, options.computer.chipCount) : ic;
    return { ruleVersion: version.id, title: version.title, asOf, classification };
  });
  return { metrics, versions };
}

export interface TimelineSegment {
  readonly from: IsoDay;
  /** Last day of the segment (inclusive). */
  readonly until: IsoDay;
  readonly code: AnswerCode;
  readonly answer: LicenceAnswer;
  readonly eccn: string | null;
  /** The full answer on the segment's first day. */
  readonly result: ExportCheckResult;
}

function addDays(day: IsoDay, days: number): IsoDay {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** Every day on which some rule datum can change an answer. */
function changeDays(): IsoDay[] {
  const days = [
    ...ruleTables().ruleVersions.flatMap((version) => [
      version.effective,
      ...(version.compliance ? [version.compliance] : []),
    ]),
    ...ruleTables().licenceLetters.flatMap((letter) => [
      letter.effective,
      ...(letter.licencesGranted ? [letter.licencesGranted.from] : []),
    ]),
    ...ruleTables().destinationScope.scopes.flatMap((scope) => [
      scope.from,
      ...(scope.until ? [addDays(scope.until, 1)] : []),
    ]),
    ...ruleTables().countryGroups.memberships.flatMap((entry) => [
      ...(entry.from ? [entry.from] : []),
      ...(entry.until ? [addDays(entry.until, 1)] : []),
    ]),
    ...ruleTables().licenceExceptions.map((entry) => entry.from),
  ];
  return [...new Set(days)].sort();
}

/**
 * The licence status of one export question over a period (e.g. a chip to CN from 2022 to today), as
 * segments of equal answer. `to` is passed in: the engine reads no clock.
 */
export function statusTimeline(
  question: Omit<ExportCheckInput, "date">,
  range: { readonly from: IsoDay; readonly to: IsoDay },
): TimelineSegment[] {
  const probe = parseExportCheckInput({ ...question, date: range.from });
  if (!probe.ok) throw new ExportCheckInputError(probe.issues);
  const end = parseExportCheckInput({ ...question, date: range.to });
  if (!end.ok)
    throw new ExportCheckInputError(
      end.issues.map((issue) => ({ ...issue, field: issue.field === "date" ? "range.to" : issue.field })),
    );
  if (range.to < range.from)
    throw new ExportCheckInputError([{ field: "range.to", message: "must not be before range.from" }]);

  const starts = [range.from, ...changeDays().filter((day) => day > range.from && day <= range.to)];
  const segments: TimelineSegment[] = [];
  for (const day of starts) {
    const result = checkValidExport({ ...probe.value, date: day });
    const last = segments[segments.length - 1];
    if (last && last.code === result.code && last.eccn === result.classification.eccn) continue;
    if (last) segments[segments.length - 1] = { ...last, until: addDays(day, -1) };
    segments.push({
      from: day,
      until: range.to,
      code: result.code,
      answer: result.answer,
      eccn: result.classification.eccn,
      result,
    });
  }
  return segments;
}
