import type { ParameterSpec } from "./parameter.js";

/** A parameter held at one value (the back-test fits these as constants; judgement, confidence J). */
const fixed = (id: string, description: string, value: number, unit: string, source: string): ParameterSpec => ({
  id,
  description,
  value,
  distribution: { kind: "fixed" },
  interval90: [value, value],
  unit,
  source,
  confidence: "J",
});

const LEARNED_SOURCE = "Learned from the rolling-origin back-test, origins 2017-2023 (docs/simulation.md, Back-test)";

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
  fixed(
    "discrepancyFrontierOom",
    "Yearly random-walk step of the US's largest training run away from the engine's path, beyond the stock's",
    0,
    "log10 per sqrt(year)",
    LEARNED_SOURCE,
  ),
  fixed(
    "discrepancyFollowerFrontierOom",
    "The same for China, the EU and the rest of the world, whose frontier estimates are sparse (learned separately)",
    0,
    "log10 per sqrt(year)",
    LEARNED_SOURCE,
  ),
  fixed(
    "discrepancyStockOom",
    "Yearly random-walk step of the compute stock away from the engine's path (carries into shares)",
    0,
    "log10 per sqrt(year)",
    LEARNED_SOURCE,
  ),
];

const ANCHOR_SOURCE =
  "Learned by the rolling-origin back-test at 2025 from every residual of origins 2017-2023 (docs/simulation.md, Back-test)";

/** Anchoring to the present (recalibrate.ts): how the largest runs after the last observed year follow the data. */
export const ANCHOR_PARAMETERS: readonly ParameterSpec[] = [
  fixed(
    "anchorUs",
    "Share of the gap between the US's observed largest run and the kept runs' median in the last observed year carried into the forecast",
    0.75,
    "share",
    ANCHOR_SOURCE,
  ),
  fixed(
    "anchorChina",
    "Share of the gap between China's observed largest run and the kept runs' median in the last observed year carried into the forecast",
    0,
    "share",
    ANCHOR_SOURCE,
  ),
  fixed(
    "anchorEu",
    "Share of the gap between the EU's observed largest run and the kept runs' median in the last observed year carried into the forecast",
    0.5,
    "share",
    ANCHOR_SOURCE,
  ),
  fixed(
    "anchorRow",
    "Share of the gap between the rest of the world's observed largest run and the kept runs' median in the last observed year carried into the forecast",
    0.5,
    "share",
    ANCHOR_SOURCE,
  ),
  fixed(
    "anchorDecay",
    "Share of the anchored gap kept per year after the last observed year",
    1,
    "share per year",
    ANCHOR_SOURCE,
  ),
  fixed(
    "anchorCoreSpread",
    "Factor on each kept run's distance from the median of the largest run within the quartiles, after the last observed year",
    1,
    "factor",
    ANCHOR_SOURCE,
  ),
  fixed(
    "anchorTailSpread",
    "The same factor on the distance beyond the quartiles (the tails of the fan)",
    1,
    "factor",
    ANCHOR_SOURCE,
  ),
  fixed(
    "anchorGapCapOom",
    "Largest gap anchored: a bloc further below its compute's reach (China before 2021) need not stay there",
    0.5,
    "log10",
    "Judgement: about one tolerance of the frontier targets (0.5-0.6 OOM), what history matching leaves open",
  ),
];
