/**
 * The observed history of a simulator output, from the calibration targets the server computes from the
 * knowledge base: the same series the dashboard draws (largest training run per bloc, shares, the lag in
 * training compute), so the page continues those lines on the same chart.
 */
import { BLOCS, frontierLagMonths, type OutputQuantity } from "../../../src/simulate/index.js";
import type { TargetRecord } from "./api.js";

export interface ObservedPoint {
  readonly year: number;
  readonly bloc: string;
  readonly value: number;
}

export function observedSeries(targets: readonly TargetRecord[], quantity: OutputQuantity): ObservedPoint[] {
  if (quantity === "frontierLagMonths") return observedTrainingLag(targets);
  return targets
    .filter((target) => target.quantity === quantity)
    .map(({ year, bloc, value }) => ({ year, bloc, value }))
    .sort((a, b) => a.year - b.year);
}

/** Months the US was ahead in largest training run at each year end, as the frontier-lag indicator measures it. */
function observedTrainingLag(targets: readonly TargetRecord[]): ObservedPoint[] {
  const records = targets.filter((target) => target.quantity === "frontierTraining");
  const years = [...new Set(records.filter((t) => t.bloc === "us").map((t) => t.year))].sort((a, b) => a - b);
  const history = new Float64Array(BLOCS.length * years.length).fill(NaN);
  for (const record of records) {
    const y = years.indexOf(record.year);
    if (y >= 0) history[BLOCS.indexOf(record.bloc) * years.length + y] = Math.log10(record.value);
  }
  return BLOCS.filter((bloc) => bloc !== "us").flatMap((bloc) => {
    const b = BLOCS.indexOf(bloc);
    return years.flatMap((year, y) => {
      const known = Array.from({ length: y + 1 }, (_, k) => history[b * years.length + k]!).every(Number.isFinite);
      return known ? [{ year, bloc, value: frontierLagMonths(history, years.length, b, y) }] : [];
    });
  });
}
