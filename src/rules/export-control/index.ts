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
export { installExportControlTables, ruleTables } from "./tables/installed.js";
export { EXPORT_CONTROL_TABLE_FILES, parseExportControlTables, type TableFileName } from "./tables/parse.js";
export type { CountryGroupId, RuleVersion } from "./tables/schema.js";
export type { ExportControlTables, GroupMembership } from "./tables/tables.js";
export type {
  AnswerCode,
  Caveat,
  Citation,
  DetailLine,
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
export { PLAIN_LANGUAGES, type PlainFact, type PlainLanguage } from "./plain-facts.js";
export { inputNames } from "./input-names.js";
export { resultIn, type LocalizedResult } from "./details.js";
export { CONFIDENCE_NL } from "./types.js";
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
