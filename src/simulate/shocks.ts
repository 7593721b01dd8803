import type { Rng } from "./rng.js";
import { normal } from "./ziggurat.js";

/** Layout of one quarter's random draws; the step reads them and never touches the generator itself. */
export const SHOCK_CAPEX = 0; // 4 standard normals, one per bloc
export const SHOCK_ALGORITHMS = 4; // standard normal, common to all blocs (frontier progress)
export const SHOCK_SUPPLY = 5; // standard normal
export const SHOCK_TAIWAN_EVENT = 6; // uniform: does a disruption start?
export const SHOCK_TAIWAN_SEVERITY = 7; // uniform: where in the supply-factor range
export const SHOCK_TAIWAN_DURATION = 8; // uniform: where in the duration range
export const SHOCK_THEFT = 9; // uniform: does a weight theft happen?
export const SHOCK_COUNT = 10;

/** Fills `out` with one quarter's shocks (normals by the ziggurat, ziggurat.ts). */
export function drawQuarterShocks(rng: Rng, out: Float64Array): void {
  for (let i = 0; i < 6; i++) out[i] = normal(rng);
  for (let i = 6; i < SHOCK_COUNT; i++) out[i] = rng.next();
}

/** Shocks with every normal at zero and no events: the central path. */
export function quietShocks(): Float64Array {
  const out = new Float64Array(SHOCK_COUNT);
  for (let i = 6; i < SHOCK_COUNT; i++) out[i] = 1;
  return out;
}
