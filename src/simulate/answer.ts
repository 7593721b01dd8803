/**
 * The answer to a scenario as the API (`POST /api/v1/simulations`) and `wedloop simulate --json` give it: the
 * result with the unit of every output quantity and every parameter as the run used it. Pure, so both
 * composition roots call it and neither imports the other.
 */
import { PARAMETERS } from "./params/index.js";
import type { ParameterConfidence } from "../domain/vocabulary.js";
import type { SimulationResult } from "./monte-carlo.js";
import type { OutputQuantity } from "./scenario.js";

export const OUTPUT_UNITS: Readonly<Record<OutputQuantity, string>> = {
  computeStock: "H100e",
  frontierTraining: "FLOP",
  effectiveCompute: "2015-equivalent FLOP",
  lagMonths: "months",
  worldShare: "share",
  frontierLagMonths: "months",
};

/** A parameter as one answer used it: drawn from its prior, or held at the scenario's value. */
export interface ParameterUse {
  readonly id: string;
  readonly value: number;
  readonly held: boolean;
  readonly unit: string;
  readonly source: string;
  readonly confidence: ParameterConfidence;
}

export interface SimulationAnswer extends SimulationResult {
  readonly units: Readonly<Record<OutputQuantity, string>>;
  readonly parameters: readonly ParameterUse[];
}

/** The answer to a scenario, shared by the API and `wedloop simulate --json`. */
export function simulationAnswer(result: SimulationResult): SimulationAnswer {
  const held = result.scenario.parameters;
  return {
    ...result,
    units: OUTPUT_UNITS,
    parameters: PARAMETERS.map((spec) => ({
      id: spec.id,
      value: held[spec.id] ?? spec.value,
      held: spec.id in held,
      unit: spec.unit,
      source: spec.source,
      confidence: spec.confidence,
    })),
  };
}
