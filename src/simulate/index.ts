/**
 * Public entry points of the scenario simulator (issue 6). Everything here is pure; the worker-thread pool
 * (src/api/simulation-pool.ts) and the preset files (src/api/simulation-presets.ts) live at the edge.
 */
export { BLOCS } from "./blocs.js";
export type { SimBloc } from "./blocs.js";
export { discrepancyScale, runScenario } from "./monte-carlo.js";
export { OUTPUT_UNITS, simulationAnswer } from "./answer.js";
export type { ParameterUse, SimulationAnswer } from "./answer.js";
export { frontierLagMonths } from "./discrepancy.js";
export type { CalibrationSummary, SimulationResult, TargetCheck } from "./monte-carlo.js";
export type { EnsembleSummary, PercentileBand, SeriesByBloc } from "./summarise.js";
export { backtest, DEFAULT_BACKTEST } from "./backtest.js";
export type { BacktestInputs, BacktestOptions, BacktestPoint, BacktestReport, SeriesScore } from "./backtest.js";
export {
  backtestMarkdown,
  replaceBacktestBlock,
  BACKTEST_START_MARKER,
  BACKTEST_END_MARKER,
} from "./backtest-table.js";
export type { Coverage, ForecastCheck } from "./scoring.js";
export type { CalibrationTarget } from "./calibrate.js";
export type { CountBacktest, CountPoint, CountSeriesScore } from "./backtest-counts.js";
export { COUNT_METRICS } from "./population.js";
export { COUNTED_BLOCS } from "./model-counts.js";
export type { CountBand, CountedBloc, ModelCounts } from "./model-counts.js";
export type { CountMetric, CountObservation, PopulationModel } from "./population.js";
export { IMPLAUSIBILITY_CUTOFF, DISTANCE_CUTOFF, LOG_SCALE_QUANTITIES } from "./calibrate.js";
export { parseScenario, parseScenarioObject, ScenarioError, STRICTNESS_NAMES } from "./parse-scenario.js";
export { isPresetName, PRESET_NAMES } from "./presets.js";
export type { PresetName } from "./presets.js";
export type { Scenario, OutputQuantity } from "./scenario.js";
export { OUTPUT_QUANTITIES, PERCENTILES } from "./scenario.js";
export type { Levers, TaiwanShock } from "./levers.js";
export { NEUTRAL_LEVERS } from "./levers.js";
export { controlEffects, HISTORICAL_CONTROLS, STRICTNESS_LABELS } from "./export-controls.js";
export { PARAMETERS } from "./params/index.js";
export type { Distribution, ParameterSpec } from "./params/index.js";
export { step } from "./step.js";
export { createState } from "./state.js";
export type { SimState } from "./state.js";
export { sensitivity, LEVER_SETTINGS } from "./sensitivity.js";
export type { SensitivityOutcome, SensitivityReport, SensitivityRow } from "./sensitivity.js";
export { chanceText, sensitivityMarkdown } from "./sensitivity-table.js";
export { anchorValue, EXTERNAL_ANCHORS } from "./anchors.js";
export type { AnchorComparison, AnchorValue, ExternalAnchor } from "./anchors.js";
