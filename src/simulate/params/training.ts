import type { ParameterSpec } from "./parameter.js";

/**
 * From compute stock to the largest training run: F = share(t) x K x FLOP/s per H100e x utilisation x duration.
 * The share of the stock in the largest run rises logistically and saturates (specification 3.3, step 6).
 */
export const TRAINING_PARAMETERS: readonly ParameterSpec[] = [
  {
    id: "concentrationMax",
    description: "Ceiling on the share of a bloc's stock in its largest training run",
    value: 0.165,
    distribution: { kind: "uniform", low: 0.08, high: 0.25 },
    interval90: [0.0885, 0.2415],
    unit: "fraction",
    source: "AI Futures Project, AI 2027 compute forecast: top companies hold 15-20% of compute by end-2027",
    confidence: "S",
  },
  {
    id: "concentrationGrowth",
    description: "Logistic growth rate of the largest-run share (it grew ~1.5-2x/yr before saturating)",
    value: 0.5,
    distribution: { kind: "lognormal" },
    interval90: [0.35, 0.7],
    unit: "per year",
    source: "Implied by frontier compute 4-5x/yr (Epoch 2024) over stock 2.3x/yr (Epoch, Feb 2025)",
    confidence: "J",
  },
  {
    id: "concentrationMidpoint",
    description: "Year in which the largest-run share reaches half its ceiling",
    value: 2029,
    distribution: { kind: "normal" },
    interval90: [2027, 2031],
    unit: "year",
    source: "Fitted so the US share is ~1e-4 in 2015 and ~1.5% in 2025 (Grok 3 ~4e26 FLOP on ~100k H100)",
    confidence: "J",
  },
  ...(["china", "eu", "row"] as const).map((bloc): ParameterSpec => ({
    id: `concentrationMultiplier.${bloc}`,
    description: `How much more concentrated ${bloc}'s compute is than the US's (fewer, relatively larger owners)`,
    value: 2.5,
    distribution: { kind: "lognormal" },
    interval90: [1, 6],
    unit: "ratio",
    source: "Calibrated: Epoch notable models (frontier compute per bloc) against Epoch AI Chip Owners shares",
    confidence: "J",
  })),
  {
    id: "utilisation",
    description: "Model FLOP utilisation of a large training run",
    value: 0.35,
    distribution: { kind: "uniform", low: 0.25, high: 0.45 },
    interval90: [0.26, 0.44],
    unit: "fraction",
    source: "Specification 3.3 (U ~0.35); AI 2027 assumes 40% MFU",
    confidence: "S",
  },
  {
    id: "runDurationYears",
    description: "Duration of the largest training run",
    value: 0.3,
    distribution: { kind: "uniform", low: 0.2, high: 0.4 },
    interval90: [0.21, 0.39],
    unit: "years",
    source: "Specification 3.3 (T ~0.3 yr); Epoch training-time data",
    confidence: "S",
  },
  {
    id: "initialStockYears",
    description: "Installed stock at the start of 2015 as years of 2015 chip purchases",
    value: 1.5,
    distribution: { kind: "fixed" },
    interval90: [1.5, 1.5],
    unit: "years",
    source: "Judgement: steady state of a stock growing ~60%/yr with 20%/yr depreciation",
    confidence: "J",
  },
];
