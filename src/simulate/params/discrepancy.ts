import type { ParameterSpec } from "./parameter.js";

/**
 * Model discrepancy (discrepancy.ts): how far reality strays from the engine's path beyond the last observed
 * year. Learned by the rolling-origin back-test (`wedloop simulate --backtest`), which prints the values that
 * score best (mean CRPS); not drawn, since the back-test fits them as constants. On the 2017-2023 origins, with
 * the engine history-matched on the same running maxima the indicators show, every term came out 0: the
 * parameter uncertainty already spans the held-out errors. A scenario may hold other values.
 */
export const DISCREPANCY_PARAMETERS: readonly ParameterSpec[] = [
  {
    id: "discrepancyFrontierOom",
    description:
      "Yearly random-walk step of the US's largest training run away from the engine's path, beyond the stock's",
    value: 0,
    distribution: { kind: "fixed" },
    interval90: [0, 0],
    unit: "log10 per sqrt(year)",
    source: "Learned from the rolling-origin back-test, origins 2017-2023 (docs/simulation.md, Back-test)",
    confidence: "J",
  },
  {
    id: "discrepancyFollowerFrontierOom",
    description:
      "The same for China, the EU and the rest of the world, whose frontier estimates are sparse (learned separately)",
    value: 0,
    distribution: { kind: "fixed" },
    interval90: [0, 0],
    unit: "log10 per sqrt(year)",
    source: "Learned from the rolling-origin back-test, origins 2017-2023 (docs/simulation.md, Back-test)",
    confidence: "J",
  },
  {
    id: "discrepancyStockOom",
    description: "Yearly random-walk step of the compute stock away from the engine's path (carries into shares)",
    value: 0,
    distribution: { kind: "fixed" },
    interval90: [0, 0],
    unit: "log10 per sqrt(year)",
    source: "Learned from the rolling-origin back-test, origins 2017-2023 (docs/simulation.md, Back-test)",
    confidence: "J",
  },
];
