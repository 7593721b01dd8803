/**
 * The simulator's engine in a Web Worker, so that the page never freezes while it computes: the same pure
 * TypeScript the server runs, bundled by Vite. One job at a time; the page stops a worker whose job is stale.
 */
import type { CalibrationTarget, PopulationModel, Scenario, SimulationResult } from "../../../src/simulate/index.js";
import { runScenario } from "../../../src/simulate/monte-carlo.js";

export interface SimulationJob {
  readonly id: number;
  readonly scenario: Scenario;
  readonly targets: readonly CalibrationTarget[];
  /** The store's notable models per bloc: the answer's counts of models are learned from them. */
  readonly models: readonly PopulationModel[];
}

export type SimulationReply =
  | { readonly id: number; readonly ok: true; readonly result: SimulationResult; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly message: string };

self.onmessage = (event: MessageEvent<SimulationJob>) => {
  const { id, scenario, targets, models } = event.data;
  const started = performance.now();
  let reply: SimulationReply;
  try {
    const result = runScenario(
      scenario,
      targets.filter((target) => target.year <= scenario.endYear),
      models,
    );
    reply = { id, ok: true, result, ms: performance.now() - started };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
