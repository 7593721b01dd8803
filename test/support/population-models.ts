/** Notable models for the tests of the answer's counts, with no store and no snapshot. */
import type { PopulationModel } from "../../src/simulate/index.js";

/**
 * Hand-made models 2015-2025: per year 20 US, 10 Chinese and 3 EU models, from 1e21 FLOP up to a largest run
 * that grows 0.5 orders of magnitude a year to 1e26 in 2025; every fifth has no compute estimate.
 */
export const HAND_MADE_MODELS: PopulationModel[] = Array.from({ length: 11 }, (_, k) => 2015 + k).flatMap((year) =>
  (
    [
      ["us", 20],
      ["china", 10],
      ["eu", 3],
    ] as const
  ).flatMap(([bloc, n]) =>
    Array.from({ length: n }, (_, i) => ({
      bloc,
      year,
      computeFlop: i % 5 === 4 ? null : 10 ** (21 + ((26 - 21 - (2025 - year) * 0.5) * (i + 1)) / n),
    })),
  ),
);
