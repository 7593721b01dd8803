/**
 * Ordinary least squares of y on x with a two-sided confidence interval for the slope from Student's t
 * (n - 2 degrees of freedom); and its use on log10 of a quantity that grows exponentially over time.
 */
import { studentTQuantile } from "./student-t.js";

export interface LinearFit {
  readonly n: number;
  readonly slope: number;
  readonly intercept: number;
  readonly slopeStandardError: number;
  readonly slopeLow: number;
  readonly slopeHigh: number;
  readonly rSquared: number;
  readonly confidence: number;
}

/** OLS fit; null when the slope is not identified (fewer than 3 points, or every x equal). */
export function linearFit(xs: readonly number[], ys: readonly number[], confidence = 0.9): LinearFit | null {
  if (xs.length !== ys.length) throw new RangeError(`linearFit: ${xs.length} x values but ${ys.length} y values`);
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`linearFit: confidence must lie between 0 and 1, got ${confidence}`);
  const n = xs.length;
  if (n < 3) return null;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const residual = Math.max(0, syy - slope * sxy);
  const slopeStandardError = Math.sqrt(residual / (n - 2) / sxx);
  const margin = studentTQuantile(1 - (1 - confidence) / 2, n - 2) * slopeStandardError;
  return {
    n,
    slope,
    intercept,
    slopeStandardError,
    slopeLow: slope - margin,
    slopeHigh: slope + margin,
    rSquared: syy === 0 ? 1 : (slope * sxy) / syy,
    confidence,
  };
}

export interface GrowthFit {
  readonly n: number;
  /** Orders of magnitude per year (slope of log10 y on years), with its interval. */
  readonly oomPerYear: number;
  readonly oomPerYearLow: number;
  readonly oomPerYearHigh: number;
  /** Growth factor per year, 10^slope, with its interval. */
  readonly factorPerYear: number;
  readonly factorPerYearLow: number;
  readonly factorPerYearHigh: number;
  /** Months to double at the fitted rate; null when the fit does not grow. */
  readonly doublingMonths: number | null;
  readonly rSquared: number;
}

/** Fits log10(value) = a + b * year; values must be positive. Null when the slope is not identified. */
export function logLinearFit(
  points: readonly { readonly year: number; readonly value: number }[],
  confidence = 0.9,
): GrowthFit | null {
  for (const { year, value } of points) {
    if (!(value > 0)) throw new RangeError(`logLinearFit: values must be positive, got ${value} at ${year}`);
  }
  const fit = linearFit(
    points.map((p) => p.year),
    points.map((p) => Math.log10(p.value)),
    confidence,
  );
  if (!fit) return null;
  return {
    n: fit.n,
    oomPerYear: fit.slope,
    oomPerYearLow: fit.slopeLow,
    oomPerYearHigh: fit.slopeHigh,
    factorPerYear: 10 ** fit.slope,
    factorPerYearLow: 10 ** fit.slopeLow,
    factorPerYearHigh: 10 ** fit.slopeHigh,
    doublingMonths: fit.slope > 0 ? (12 * Math.log10(2)) / fit.slope : null,
    rSquared: fit.rSquared,
  };
}
