/**
 * Runs a scenario in a Web Worker and re-runs it when the scenario changes. Slider drags are debounced;
 * a job that became stale is stopped by ending its worker (a fresh one starts in ~50 ms), so the newest
 * scenario never queues behind old ones. Results are kept per scenario for the session.
 */
import { useEffect, useRef, useState } from "react";
import type { CalibrationTarget, PopulationModel, Scenario, SimulationResult } from "../../../src/simulate/index.js";
import type { SimulationJob, SimulationReply } from "./engine.worker.js";

export type SimulationState =
  | { readonly status: "running" }
  | { readonly status: "done"; readonly result: SimulationResult; readonly ms: number }
  | { readonly status: "error"; readonly message: string };

const DEBOUNCE_MS = 120;
const finished = new Map<string, { result: SimulationResult; ms: number }>();
let nextJobId = 0;

function startWorker(): Worker {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { type: "module" });
}

export function useSimulation(
  scenario: Scenario,
  targets: readonly CalibrationTarget[],
  models: readonly PopulationModel[],
): SimulationState {
  const key = JSON.stringify([scenario, targets.length, models.length]);
  const [state, setState] = useState<{ key: string; value: SimulationState }>({
    key: "",
    value: { status: "running" },
  });
  const worker = useRef<Worker | null>(null);
  const running = useRef(false);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (finished.has(key)) return;
    if (running.current) {
      worker.current?.terminate();
      worker.current = null;
      running.current = false;
    }
    const id = ++nextJobId;
    const onMessage = (event: MessageEvent<SimulationReply>) => {
      if (event.data.id !== id) return;
      running.current = false;
      if (event.data.ok) {
        finished.set(key, { result: event.data.result, ms: event.data.ms });
        setState({ key, value: { status: "done", result: event.data.result, ms: event.data.ms } });
      } else setState({ key, value: { status: "error", message: event.data.message } });
    };
    const onError = (event: ErrorEvent) => {
      running.current = false;
      setState({ key, value: { status: "error", message: event.message || "the simulation worker stopped" } });
    };
    const timer = setTimeout(() => {
      const current = (worker.current ??= startWorker());
      current.addEventListener("message", onMessage);
      current.addEventListener("error", onError);
      running.current = true;
      current.postMessage({ id, scenario, targets: [...targets], models: [...models] } satisfies SimulationJob);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      worker.current?.removeEventListener("message", onMessage);
      worker.current?.removeEventListener("error", onError);
    };
    // the key names the scenario, targets and models the run depends on
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (state.key === key) return state.value;
  const known = finished.get(key);
  return known ? { status: "done", ...known } : { status: "running" };
}
