import type { Levers } from "./levers.js";

/** A scenario as the engine runs it (normalised: every field present). Parse YAML with parseScenario. */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  /** Last simulated year (inclusive); runs start in 2015Q1. */
  readonly endYear: number;
  readonly runs: number;
  readonly seed: number;
  readonly levers: Levers;
  /** Parameters held at a fixed value instead of drawn from their prior, by parameter id. */
  readonly parameters: Readonly<Record<string, number>>;
}

export const OUTPUT_QUANTITIES = [
  "computeStock",
  "frontierTraining",
  "effectiveCompute",
  "lagMonths",
  "worldShare",
  "frontierLagMonths",
] as const;
export type OutputQuantity = (typeof OUTPUT_QUANTITIES)[number];

export const PERCENTILES = [5, 25, 50, 75, 95] as const;
