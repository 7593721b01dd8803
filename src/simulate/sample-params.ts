import {
  cholesky,
  correlatedNormals,
  lognormalFromInterval,
  normalCdf,
  normalFromInterval,
  triangularQuantile,
  Z95,
} from "./distributions.js";
import { CORRELATIONS, PARAMETER_COUNT, PARAMETERS, paramIndex } from "./params/index.js";
import type { ParameterSpec } from "./params/index.js";
import type { Rng } from "./rng.js";

/** A parameter vector: one value per entry of PARAMETERS, in the same order. */
export type ParameterVector = Float64Array;

/** Value of one parameter for a standard-normal score z (the Gaussian copula maps z through the marginal). */
export function parameterQuantile(spec: ParameterSpec, z: number): number {
  const [p5, p95] = spec.interval90;
  const d = spec.distribution;
  switch (d.kind) {
    case "fixed":
      return spec.value;
    case "lognormal":
      return lognormalFromInterval(spec.value, p5, p95, z);
    case "normal":
      return normalFromInterval(spec.value, p5, p95, z);
    case "uniform":
      return d.low + (d.high - d.low) * normalCdf(z);
    case "triangular":
      return triangularQuantile(d.low, spec.value, d.high, normalCdf(z));
  }
}

const LOGNORMAL = 0;
const NORMAL = 1;
const OTHER = 2;
const MARGINAL: Record<ParameterSpec["distribution"]["kind"], number> = {
  lognormal: LOGNORMAL,
  normal: NORMAL,
  uniform: OTHER,
  triangular: OTHER,
  fixed: OTHER,
};

/** Spread below the median per unit of z: log-scale for a lognormal, as lognormalFromInterval takes it. */
function spreadBelow({ distribution, value, interval90: [p5] }: ParameterSpec): number {
  return distribution.kind === "lognormal" ? Math.log(value / p5) / Z95 : (value - p5) / Z95;
}

function spreadAbove({ distribution, value, interval90: [, p95] }: ParameterSpec): number {
  return distribution.kind === "lognormal" ? Math.log(p95 / value) / Z95 : (p95 - value) / Z95;
}

/** The central parameter vector (every z = 0), with overrides applied. */
export function medianParameters(overrides: Readonly<Record<string, number>> = {}): ParameterVector {
  const out = new Float64Array(PARAMETER_COUNT);
  PARAMETERS.forEach((spec, i) => (out[i] = parameterQuantile(spec, 0)));
  for (const [id, value] of Object.entries(overrides)) out[paramIndex(id)] = value;
  return out;
}

/** Draws whole parameter vectors from the priors; overridden parameters are held at the given value. */
export interface ParameterSampler {
  draw(rng: Rng, out: ParameterVector): void;
}

export function createParameterSampler(overrides: Readonly<Record<string, number>> = {}): ParameterSampler {
  for (const id of Object.keys(overrides)) paramIndex(id);
  const drawn = PARAMETERS.map((spec, i) => ({ spec, i })).filter(
    ({ spec }) => spec.distribution.kind !== "fixed" && !(spec.id in overrides),
  );
  const n = drawn.length;
  const position = new Map(drawn.map(({ spec }, k) => [spec.id, k]));
  const matrix = new Array<number>(n * n).fill(0);
  for (let k = 0; k < n; k++) matrix[k * n + k] = 1;
  for (const [a, b, rho] of CORRELATIONS) {
    const ka = position.get(a);
    const kb = position.get(b);
    if (ka === undefined || kb === undefined) continue; // held fixed by an override: nothing to correlate
    matrix[ka * n + kb] = rho;
    matrix[kb * n + ka] = rho;
  }
  const correlated = correlatedNormals(cholesky(matrix, n), n);
  const base = medianParameters(overrides);
  const z = new Float64Array(n);
  // The spreads of the (two-piece) lognormal and normal marginals, computed once instead of per draw: the same
  // expressions as lognormalFromInterval and normalFromInterval, so the same values.
  const index = Int32Array.from(drawn, ({ i }) => i);
  const kind = Int8Array.from(drawn, ({ spec }) => MARGINAL[spec.distribution.kind]);
  const median = Float64Array.from(drawn, ({ spec }) => spec.value);
  const below = Float64Array.from(drawn, ({ spec }) => spreadBelow(spec));
  const above = Float64Array.from(drawn, ({ spec }) => spreadAbove(spec));
  return {
    draw(rng, out) {
      out.set(base);
      correlated(rng, z);
      for (let k = 0; k < n; k++) {
        const score = z[k]!;
        const sigma = score < 0 ? below[k]! : above[k]!;
        out[index[k]!] =
          kind[k] === LOGNORMAL
            ? median[k]! * Math.exp(sigma * score)
            : kind[k] === NORMAL
              ? median[k]! + sigma * score
              : parameterQuantile(drawn[k]!.spec, score);
      }
    },
  };
}
