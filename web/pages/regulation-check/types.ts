/** The shapes of the regulation endpoints' answers these pages read: the server's contract, as types only. */
export type {
  Assessment,
  BodyIssue,
  Deadline,
  JurisdictionAssessment,
  MatrixRow,
  ObligationResult,
  ObligationStatus,
  ObligationsAnswer,
  RegulatoryRegime,
  RegulationsResponse,
  Screen,
  ScreenResult,
  TimelineEntry,
  UnconfirmedMark,
} from "../../../src/contract/regulation.js";
