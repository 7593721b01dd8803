/**
 * Scoring a forecast of a count. Counts are compared on log10(count + 1), so a miss of 10 models weighs more
 * at 5 than at 100 and a zero stays finite; CRPS is the ensemble CRPS on that scale (a discrete ensemble scores
 * the same way). A band of a discrete forecast holds more than its nominal mass, so "inside" is read from the
 * randomised probability integral transform: u = F(y - 1) + v (F(y) - F(y - 1)) with v uniform, inside the
 * central p band when u lies in [(1 - p) / 2, (1 + p) / 2]; a calibrated forecast then covers at the nominal
 * rate, and an observation the forecast was sure of (all draws equal to it) counts as inside with probability p.
 */
import { ensembleCrps } from "./scoring.js";
import type { Band, ForecastCheck } from "./scoring.js";
import { BANDS } from "./scoring.js";
import { percentileOfSorted } from "./summarise.js";

const BAND_LOW: Readonly<Record<Band, number>> = { band50: 0.25, band80: 0.1, band90: 0.05 };

export const countScale = (count: number): number => Math.log10(count + 1);

/**
 * Checks an ensemble of counts against an observed count; `v` is the uniform of the randomised PIT, passed in
 * (drawn at the edge of the back-test from a seed) so the check stays a function.
 */
export function checkCounts(counts: ArrayLike<number>, observed: number, v: number): ForecastCheck {
  const n = counts.length;
  let below = 0;
  let atOrBelow = 0;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const count = counts[i]!;
    if (count < observed) below++;
    if (count <= observed) atOrBelow++;
    sorted[i] = countScale(count);
  }
  sorted.sort();
  const u = (below + v * (atOrBelow - below)) / n;
  const y = countScale(observed);
  const median = percentileOfSorted(sorted, 50);
  const inside = Object.fromEntries(
    BANDS.map((band) => [band, u >= BAND_LOW[band] && u <= 1 - BAND_LOW[band]]),
  ) as Record<Band, boolean>;
  return {
    median,
    error: y - median,
    crps: ensembleCrps(sorted, y),
    inside,
    width90: percentileOfSorted(sorted, 95) - percentileOfSorted(sorted, 5),
  };
}
