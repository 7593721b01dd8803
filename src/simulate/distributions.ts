import type { Rng } from "./rng.js";
import { normal } from "./ziggurat.js";

export { normal };

/** z-score of the 95th percentile of the standard normal: a 90% interval is median ± 1.645 sigma. */
export const Z95 = 1.6448536269514722;

/**
 * Two-piece lognormal with the given median and 90% interval [p5, p95], for a standard-normal score z: the
 * log-spread below the median fits p5 and the spread above fits p95, so skewed published intervals are kept
 * exactly (a symmetric interval in log space gives the ordinary lognormal).
 */
export function lognormalFromInterval(median: number, p5: number, p95: number, z: number): number {
  const sigma = z < 0 ? Math.log(median / p5) / Z95 : Math.log(p95 / median) / Z95;
  return median * Math.exp(sigma * z);
}

/** Two-piece normal with the given median and 90% interval, for a standard-normal score z. */
export function normalFromInterval(median: number, p5: number, p95: number, z: number): number {
  const sigma = z < 0 ? (median - p5) / Z95 : (p95 - median) / Z95;
  return median + sigma * z;
}

/** Inverse CDF of the triangular distribution on [low, high] with the given mode. */
export function triangularQuantile(low: number, mode: number, high: number, u: number): number {
  const split = (mode - low) / (high - low);
  return u < split
    ? low + Math.sqrt(u * (high - low) * (mode - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 erf, absolute error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Lower-triangular Cholesky factor of a symmetric positive-definite matrix (row-major, n x n). */
export function cholesky(matrix: readonly number[], n: number): Float64Array {
  const lower = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= lower[i * n + k]! * lower[j * n + k]!;
      if (i === j) {
        if (sum <= 0) throw new Error(`cholesky: matrix is not positive definite (pivot ${i} is ${sum})`);
        lower[i * n + i] = Math.sqrt(sum);
      } else {
        lower[i * n + j] = sum / lower[j * n + j]!;
      }
    }
  }
  return lower;
}

/**
 * A draw of correlated standard normals z = L·e into `out`, where e are independent draws and L is a
 * lower-triangular factor (row-major, n x n). Only L's non-zero entries are kept (few parameters correlate),
 * summed in the same order as the full product, so the draws are the same.
 */
export function correlatedNormals(lower: Float64Array, n: number): (rng: Rng, out: Float64Array) => void {
  const columns: number[] = [];
  const weights: number[] = [];
  const rowEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k <= i; k++)
      if (lower[i * n + k] !== 0) {
        columns.push(k);
        weights.push(lower[i * n + k]!);
      }
    rowEnd[i] = columns.length;
  }
  const column = Int32Array.from(columns);
  const weight = Float64Array.from(weights);
  const independent = new Float64Array(n);
  return (rng, out) => {
    for (let i = 0; i < n; i++) independent[i] = normal(rng);
    let j = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (; j < rowEnd[i]!; j++) sum += weight[j]! * independent[column[j]!]!;
      out[i] = sum;
    }
  };
}
