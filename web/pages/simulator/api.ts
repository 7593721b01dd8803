/**
 * The simulator endpoints the page reads: presets, calibration targets and models to run the engine in the browser,
 * and, one click away, the parameters with their sources and the back-test (computed once by the server).
 */
import { getJson } from "../../api/client.js";
import type {
  BacktestReport,
  CalibrationTarget,
  ParameterSpec,
  PopulationModel,
  Scenario,
} from "../../../src/simulate/index.js";

export interface PresetRecord {
  readonly name: string;
  readonly description: string;
  readonly yaml: string;
  readonly scenario: Scenario;
}

/** A calibration target as the API lists it: computed from the knowledge base (with source id) or a published fact. */
export interface TargetRecord extends CalibrationTarget {
  readonly sourceId: string | null;
  readonly indicator: string | null;
}

export const fetchPresets = () => getJson<{ data: readonly PresetRecord[] }>("/api/v1/simulations/presets");
/** The targets, and the notable models per bloc the engine learns the answer's counts of models from. */
export const fetchTargets = () =>
  getJson<{ data: readonly TargetRecord[]; models: readonly PopulationModel[]; snapshot_id: string }>(
    "/api/v1/simulations/targets",
  );
export const fetchParameters = () => getJson<{ data: readonly ParameterSpec[] }>("/api/v1/simulations/parameters");
export const fetchBacktest = () => getJson<{ data: BacktestReport }>("/api/v1/simulations/backtest");
