/**
 * A model parameter as data: its central value, how it is drawn in the Monte Carlo, its 90% interval,
 * unit, and where the number comes from. Confidence tags follow the specification: P primary source,
 * S secondary source, R recalled and not re-checked, J modelling judgement (no source gives the number).
 */
import type { ParameterConfidence } from "../../domain/vocabulary.js";

export type Distribution =
  /** Median `value`; the 90% interval sets the log-scale spread on each side (two-piece when skewed). */
  | { readonly kind: "lognormal" }
  /** Median `value`; the 90% interval sets the spread on each side (two-piece when skewed). */
  | { readonly kind: "normal" }
  | { readonly kind: "uniform"; readonly low: number; readonly high: number }
  /** Mode `value` on [low, high]. */
  | { readonly kind: "triangular"; readonly low: number; readonly high: number }
  /** Not drawn: structural constants such as GDP levels. */
  | { readonly kind: "fixed" };

export interface ParameterSpec {
  readonly id: string;
  readonly description: string;
  readonly value: number;
  readonly distribution: Distribution;
  /** 5th and 95th percentile of the prior. Equal to [value, value] for fixed parameters. */
  readonly interval90: readonly [number, number];
  readonly unit: string;
  readonly source: string;
  readonly confidence: ParameterConfidence;
}
