import type { ParameterSpec } from "./parameter.js";

/**
 * Model discrepancy (discrepancy.ts): how far reality strays from the engine's path beyond the last observed
 * year. Learned by the rolling-origin back-test (`wedloop simulate --backtest`), which prints the values that
 * score best (mean CRPS); not drawn, since the back-test fits them as constants. On the 2017-2023 origins, with
 * the engine history-matched on the same running maxima the indicators show, every term came out 0: the
 * parameter uncertainty already spans the held-out errors. Since the forecasts are anchored to the present (below),
 * the grid's best step for the followers' own points is 0.3 (and 0.05 for the stock), but pooled over every
 * series that over-covers the 50% and 80% bands (63/89/92%, against 50/85/90% with 0): 0 is kept
 * (docs/simulation.md, Back-test).
 * A scenario may hold other values.
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

const ANCHOR_SOURCE =
  "Learned by the rolling-origin back-test at 2025 from every residual of origins 2017-2023 (docs/simulation.md, Back-test)";

/** Anchoring to the present (recalibrate.ts): how the largest runs after the last observed year follow the data. */
export const ANCHOR_PARAMETERS: readonly ParameterSpec[] = [
  ...(
    [
      ["anchorUs", "the US", 0.75],
      ["anchorChina", "China", 0],
      ["anchorEu", "the EU", 0.5],
      ["anchorRow", "the rest of the world", 0.5],
    ] as const
  ).map(([id, bloc, value]): ParameterSpec => ({
    id,
    description: `Share of the gap between ${bloc}'s observed largest run and the kept runs' median in the last observed year carried into the forecast`,
    value,
    distribution: { kind: "fixed" },
    interval90: [value, value],
    unit: "share",
    source: ANCHOR_SOURCE,
    confidence: "J",
  })),
  {
    id: "anchorDecay",
    description: "Share of the anchored gap kept per year after the last observed year",
    value: 1,
    distribution: { kind: "fixed" },
    interval90: [1, 1],
    unit: "share per year",
    source: ANCHOR_SOURCE,
    confidence: "J",
  },
  {
    id: "anchorCoreSpread",
    description:
      "Factor on each kept run's distance from the median of the largest run within the quartiles, after the last observed year",
    value: 1,
    distribution: { kind: "fixed" },
    interval90: [1, 1],
    unit: "factor",
    source: ANCHOR_SOURCE,
    confidence: "J",
  },
  {
    id: "anchorTailSpread",
    description: "The same factor on the distance beyond the quartiles (the tails of the fan)",
    value: 1,
    distribution: { kind: "fixed" },
    interval90: [1, 1],
    unit: "factor",
    source: ANCHOR_SOURCE,
    confidence: "J",
  },
  {
    id: "anchorGapCapOom",
    description:
      "Largest gap anchored: a bloc further below its compute's reach (China before 2021) need not stay there",
    value: 0.5,
    distribution: { kind: "fixed" },
    interval90: [0.5, 0.5],
    unit: "log10",
    source: "Judgement: about one tolerance of the frontier targets (0.5-0.6 OOM), what history matching leaves open",
    confidence: "J",
  },
];
