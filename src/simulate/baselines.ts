/**
 * The two baselines the back-test must beat, each a normal forecast fitted to one series' yearly observations
 * up to the origin (values already on the compared scale, e.g. log10): the random walk with drift of Farmer &
 * Lafond (2016), and a log-linear trend (ordinary least squares, with the prediction interval of a new point).
 */

/** A normal forecast: centre and standard deviation, on the compared scale. */
export interface NormalForecast {
  readonly median: number;
  readonly sd: number;
}

export type Baseline = (year: number) => NormalForecast;

interface Point {
  readonly year: number;
  readonly value: number;
}

const byYear = (points: readonly Point[]): Point[] => [...points].sort((a, b) => a.year - b.year);

/**
 * Random walk with drift: drift from the first to the last point, noise from the increments (gaps scaled by
 * the square root of their length). Needs three points to estimate the noise.
 */
export function fitRandomWalk(points: readonly Point[]): Baseline | null {
  const sorted = byYear(points);
  if (sorted.length < 3) return null;
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const drift = (last.value - first.value) / (last.year - first.year);
  let sumSquares = 0;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]!.year - sorted[i - 1]!.year;
    const residual = sorted[i]!.value - sorted[i - 1]!.value - drift * gap;
    sumSquares += (residual * residual) / gap;
  }
  const sigma = Math.sqrt(sumSquares / (sorted.length - 2));
  return (year) => {
    const horizon = Math.max(0, year - last.year);
    return { median: last.value + drift * horizon, sd: sigma * Math.sqrt(horizon) };
  };
}

/**
 * Log-linear trend per series: least squares through every point, and the standard error of a new
 * observation at `year` (residual spread x sqrt(1 + 1/n + (year - mean)^2 / Sxx)). Needs three points.
 */
export function fitTrend(points: readonly Point[]): Baseline | null {
  const sorted = byYear(points);
  const n = sorted.length;
  if (n < 3) return null;
  const meanYear = sorted.reduce((sum, p) => sum + p.year, 0) / n;
  const meanValue = sorted.reduce((sum, p) => sum + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of sorted) {
    sxx += (p.year - meanYear) ** 2;
    sxy += (p.year - meanYear) * (p.value - meanValue);
  }
  const slope = sxy / sxx;
  const intercept = meanValue - slope * meanYear;
  const residualSquares = sorted.reduce((sum, p) => sum + (p.value - intercept - slope * p.year) ** 2, 0);
  const sigma = Math.sqrt(residualSquares / (n - 2));
  return (year) => ({
    median: intercept + slope * year,
    sd: sigma * Math.sqrt(1 + 1 / n + (year - meanYear) ** 2 / sxx),
  });
}
