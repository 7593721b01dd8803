import { Z95 } from "./distributions.js";

/** Two-sided z for the central 50% and 80% bands of a normal (90% uses Z95). */
export const Z75 = 0.6744897501960817;
export const Z90 = 1.2815515655446004;

export interface RandomWalkForecast {
  readonly median: number;
  /** Half-widths of the central 50/80/90% bands. */
  readonly halfWidth50: number;
  readonly halfWidth80: number;
  readonly halfWidth90: number;
}

/**
 * The null model of Farmer & Lafond (2016): a random walk with drift fitted to the yearly observations of
 * one series (values already on the scale compared, e.g. log10). Needs three points to estimate the noise;
 * gaps between years are allowed (increments are scaled by the square root of the gap).
 */
export function fitRandomWalk(
  points: readonly { readonly year: number; readonly value: number }[],
): ((year: number) => RandomWalkForecast) | null {
  const sorted = [...points].sort((a, b) => a.year - b.year);
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
    const horizon = year - last.year;
    const spread = sigma * Math.sqrt(Math.max(0, horizon));
    return {
      median: last.value + drift * horizon,
      halfWidth50: Z75 * spread,
      halfWidth80: Z90 * spread,
      halfWidth90: Z95 * spread,
    };
  };
}
