/** Public entry point of the US export-control engine for AI chips (issue 4). Pure: no I/O, no clock. */
export { checkExport, checkValidExport, tryCheckExport, type ExportCheckResult } from "./check-export.js";
export {
  classifyAcrossVersions,
  statusTimeline,
  type TimelineSegment,
  type VersionClassification,
} from "./timeline.js";
export { chipFromEpochHardware, type EpochHardwareSpecs } from "./epoch-hardware.js";
export { chipMetrics, type ChipMetrics } from "./metrics.js";
export type { Classification, Eccn, Regime } from "./classify.js";
export {
  ExportCheckInputError,
  exportCheckInputSchema,
  chipSchema,
  parseExportCheckInput,
  PRECISIONS,
  type ChipParameters,
  type ExportCheckInput,
  type InputIssue,
  type Precision,
} from "./input-schema.js";
export { RULE_VERSIONS, type RuleVersion } from "./data/rule-versions.js";
export { THRESHOLDS_2022, THRESHOLDS_2023, HBM_THRESHOLDS, RV10_THRESHOLDS } from "./data/thresholds.js";
export { GROUP_MEMBERSHIPS, type CountryGroupId } from "./data/country-groups.js";
export { LICENCE_LETTERS } from "./data/licence-letters.js";
export { LICENCE_EXCEPTIONS } from "./data/licence-exceptions.js";
export { SOURCES } from "./data/sources.js";
export type {
  AnswerCode,
  Caveat,
  Citation,
  FactConfidence,
  LicenceAnswer,
  Mode,
  Reason,
  ReviewPolicy,
  RuleVersionId,
} from "./types.js";
export {
  answerGrid,
  GRID_DATES,
  GRID_DESTINATIONS,
  type GridChip,
  type GridReport,
  type IndeterminateCell,
} from "./grid.js";
export { withCuratedFacts } from "./curated-chip.js";
export {
  formatPlainDate,
  formatPlainNumber,
  missingFacts,
  plainAnswer,
  type PlainAnswer,
  type PlainContext,
  type PlainQuestion,
  type PlainReason,
} from "./plain-answer.js";
export { PLAIN_LANGUAGES, PLAIN_TEXTS, RULE_NAMES, type PlainFact, type PlainLanguage } from "./data/plain-texts.js";
export { inputNames } from "./input-names.js";
export {
  answerChip,
  chipFromStore,
  plainOf,
  type ChipAnswer,
  type ChipAnswerContext,
  type ChipOverrides,
  type ChipQuestion,
  type StoredChipRecord,
} from "./chip-answer.js";
