/**
 * Proper scores and band checks for the back-test: the continuous ranked probability score (CRPS, in the
 * unit of the forecast quantity; lower is better) of an ensemble and of a normal forecast, and the central
 * 50/80/90% bands of each.
 */
import { normalCdf } from "./distributions.js";
import { percentileOfSorted } from "./summarise.js";

/** Two-sided z of the central 50%, 80% and 90% bands of a normal. */
export const BAND_Z = { band50: 0.6744897501960817, band80: 1.2815515655446004, band90: 1.6448536269514722 } as const;
export type Band = keyof typeof BAND_Z;
export const BANDS: readonly Band[] = ["band50", "band80", "band90"];
/** Lower percentile of each central band. */
const BAND_LOW: Readonly<Record<Band, number>> = { band50: 25, band80: 10, band90: 5 };

export interface ForecastCheck {
  readonly median: number;
  /** Observed minus median. */
  readonly error: number;
  readonly crps: number;
  /** Whether the observation lies inside the central band. */
  readonly inside: Readonly<Record<Band, boolean>>;
  /** Width of the central 90% band. */
  readonly width90: number;
}

/**
 * CRPS of an ensemble (sorted ascending) for an observation, by the order-statistics form of
 * E|X - y| - E|X - X'| / 2 (Hersbach 2000), in O(n).
 */
export function ensembleCrps(sorted: Float64Array, observed: number): number {
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i]!;
    sum += (x - observed) * ((observed < x ? n : 0) - (i + 0.5));
  }
  return (2 * sum) / (n * n);
}

/** Closed-form CRPS of a normal forecast (Gneiting et al. 2005); a zero spread gives the absolute error. */
export function normalCrps(median: number, sd: number, observed: number): number {
  if (!(sd > 0)) return Math.abs(observed - median);
  const z = (observed - median) / sd;
  const density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  return sd * (z * (2 * normalCdf(z) - 1) + 2 * density - 1 / Math.sqrt(Math.PI));
}

export function checkEnsemble(sorted: Float64Array, observed: number): ForecastCheck {
  const at = (p: number): number => percentileOfSorted(sorted, p);
  const median = at(50);
  const inside = Object.fromEntries(
    BANDS.map((band) => [band, observed >= at(BAND_LOW[band]) && observed <= at(100 - BAND_LOW[band])]),
  ) as Record<Band, boolean>;
  return { median, error: observed - median, crps: ensembleCrps(sorted, observed), inside, width90: at(95) - at(5) };
}

export function checkNormal(median: number, sd: number, observed: number): ForecastCheck {
  const inside = Object.fromEntries(
    BANDS.map((band) => [band, Math.abs(observed - median) <= BAND_Z[band] * sd]),
  ) as Record<Band, boolean>;
  return {
    median,
    error: observed - median,
    crps: normalCrps(median, sd, observed),
    inside,
    width90: 2 * BAND_Z.band90 * sd,
  };
}

/** Share of checks inside a band, with its binomial standard error sqrt(p(1-p)/n). */
export interface BandCoverage {
  readonly share: number;
  readonly standardError: number;
}

export interface Coverage {
  readonly points: number;
  readonly bands: Readonly<Record<Band, BandCoverage>>;
}

export function coverageOf(checks: readonly ForecastCheck[]): Coverage {
  const n = checks.length;
  const bands = Object.fromEntries(
    BANDS.map((band) => {
      const share = n === 0 ? NaN : checks.filter((c) => c.inside[band]).length / n;
      return [band, { share, standardError: n === 0 ? NaN : Math.sqrt((share * (1 - share)) / n) }];
    }),
  ) as Record<Band, BandCoverage>;
  return { points: n, bands };
}
