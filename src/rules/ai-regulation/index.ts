/**
 * Public entry points of the AI-regulation obligations engine (pure: no I/O, no clock). The rule tables are data
 * (data/rules/ai-regulation/): the caller reads them once, parses them with `parseRegulationTables` and passes them in.
 */
export { assess } from "./assess.js";
export {
  obligationsAnswer,
  upcomingDeadlines,
  unconfirmedMarks,
  type Deadline,
  type ObligationsAnswer,
  type UnconfirmedMark,
} from "./answer.js";
export {
  KNOWLEDGE_CUTOFF,
  type Assessment,
  type JurisdictionAssessment,
  type ObligationResult,
  type ObligationStatus,
  type Screen,
  type ScreenResult,
} from "./assessment.js";
export {
  diffAssessments,
  type AssessmentDiff,
  type JurisdictionDiff,
  type ObligationChange,
  type ScreenChange,
} from "./diff.js";
export {
  parseProfile,
  parseProfileOrThrow,
  validateProfile,
  ProfileError,
  type ParseProfileResult,
  type ProfileFormat,
  type ProfileIssue,
} from "./parse-profile.js";
export {
  profileSchema,
  isoDaySchema,
  JURISDICTIONS,
  type IsoDay,
  type Jurisdiction,
  type SystemProfile,
  type SystemProfileSpec,
} from "./profile.js";
export {
  classifyTrainingCompute,
  modelsAboveThresholds,
  COMPUTE_CONFIDENCES,
  COMPUTE_THRESHOLDS,
  type ComputeClassification,
  type ComputeConfidence,
  type ModelComputeEstimate,
} from "./compute-thresholds.js";
export {
  regulationCatalogue,
  regimeTimeline,
  unconfirmedRules,
  type RegulationCatalogue,
  type TimelineEntry,
} from "./catalogue.js";
export type { MatrixRow, RegulationTables } from "./tables/tables.js";
export {
  formatProblems,
  parseRegulationTables,
  type ParseTablesResult,
  type TableProblem,
} from "./tables/parse-tables.js";
export type { Instrument, Rule, Text, TierCode } from "./rule.js";
export type { RegulatoryRegime, RuleConfidence } from "../../domain/vocabulary.js";
export { REGULATORY_REGIMES } from "../../domain/vocabulary.js";
