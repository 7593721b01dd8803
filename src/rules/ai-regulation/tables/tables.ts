/** The rule tables as the engine reads them: parsed from data/rules/ai-regulation/ once, at the edge. */
import type { RegulatoryRegime } from "../../../domain/vocabulary.js";
import type { Jurisdiction } from "../profile.js";
import type { RuleCatalogue, Text } from "../rule.js";

/** One row of the three-regime comparison (spec §5). */
export interface MatrixRow {
  readonly id: string;
  readonly dimension: Text;
  readonly cells: Readonly<Record<RegulatoryRegime, Text>>;
}

export interface RegulationTables {
  /** Every jurisdiction's catalogue, in the order answers list them. */
  readonly catalogues: Readonly<Record<Jurisdiction, RuleCatalogue>>;
  readonly matrix: readonly MatrixRow[];
  readonly approaches: Readonly<Record<RegulatoryRegime, Text>>;
}
