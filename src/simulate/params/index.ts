import { ALGORITHM_PARAMETERS } from "./algorithms.js";
import { CHINA_PARAMETERS } from "./china.js";
import { ANCHOR_PARAMETERS, DISCREPANCY_PARAMETERS } from "./discrepancy.js";
import { HARDWARE_PARAMETERS } from "./hardware.js";
import { INVESTMENT_PARAMETERS } from "./investment.js";
import type { ParameterSpec } from "./parameter.js";
import { TALENT_PARAMETERS } from "./talent.js";
import { TRAINING_PARAMETERS } from "./training.js";

export type { Distribution, ParameterSpec } from "./parameter.js";

/** Every model parameter, in the order of the Float64Array a run reads them from. */
export const PARAMETERS: readonly ParameterSpec[] = [
  ...HARDWARE_PARAMETERS,
  ...INVESTMENT_PARAMETERS,
  ...CHINA_PARAMETERS,
  ...TRAINING_PARAMETERS,
  ...ALGORITHM_PARAMETERS,
  ...TALENT_PARAMETERS,
  ...DISCREPANCY_PARAMETERS,
  ...ANCHOR_PARAMETERS,
];

export const PARAMETER_COUNT = PARAMETERS.length;

/** Position of each parameter id in a parameter vector. */
export const PARAM_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  PARAMETERS.map((spec, i) => [spec.id, i]),
);

export function paramIndex(id: string): number {
  const index = PARAM_INDEX[id];
  if (index === undefined) throw new Error(`unknown simulation parameter "${id}"`);
  return index;
}

/**
 * Rank correlations between parameter draws (Gaussian copula, as in the Davidson takeoff model's Monte Carlo).
 * Faster hardware progress comes with faster supply growth; algorithmic progress rises weakly with US spending.
 */
export const CORRELATIONS: readonly (readonly [string, string, number])[] = [
  ["pricePerformanceGrowth", "supplyGrowthNear", 0.5],
  ["algorithmicGrowth", "capexGrowth.us", 0.2],
  ["capexGrowth.us", "capexGrowth.china", 0.3],
  ["capexGrowth.us", "capexGrowth.eu", 0.3],
  ["capexGrowth.us", "capexGrowth.row", 0.3],
];

/** A parameter's value in a scenario: held by the scenario, else its central value. */
export function heldOrCentral(id: string, held: Readonly<Record<string, number>>): number {
  return held[id] ?? PARAMETERS[paramIndex(id)]!.value;
}
