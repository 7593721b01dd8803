import { BLOC_COUNT, BLOCS } from "./blocs.js";
import type { SimBloc } from "./blocs.js";
import { chinaAboveUsOffset, outputOffset } from "./run.js";
import type { CompiledScenario } from "./run.js";
import { OUTPUT_QUANTITIES, PERCENTILES } from "./scenario.js";
import type { OutputQuantity } from "./scenario.js";

/** One value per year for each reported percentile. */
export interface PercentileBand {
  readonly p5: number[];
  readonly p25: number[];
  readonly p50: number[];
  readonly p75: number[];
  readonly p95: number[];
}

export type SeriesByBloc = Record<SimBloc, PercentileBand>;

export interface EnsembleSummary {
  readonly years: number[];
  readonly series: Record<OutputQuantity, SeriesByBloc>;
  /** Share of kept runs in which China's largest training run exceeds the US's, by year. */
  readonly chinaFrontierAboveUs: number[];
}

/** Percentile of sorted values with linear interpolation between order statistics (Hyndman-Fan type 7). */
export function percentileOfSorted(sorted: Float64Array, percentile: number): number {
  if (sorted.length === 0) return NaN;
  const position = (percentile / 100) * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function summariseRuns(compiled: CompiledScenario, outputs: Float64Array, kept: Int32Array): EnsembleSummary {
  const yearCount = compiled.years.length;
  const values = new Float64Array(kept.length);
  const series = {} as Record<OutputQuantity, SeriesByBloc>;
  OUTPUT_QUANTITIES.forEach((quantity, k) => {
    const byBloc = {} as SeriesByBloc;
    for (let b = 0; b < BLOC_COUNT; b++) {
      const band: PercentileBand = { p5: [], p25: [], p50: [], p75: [], p95: [] };
      for (let y = 0; y < yearCount; y++) {
        const offset = outputOffset(k, b, y, yearCount);
        for (let i = 0; i < kept.length; i++) values[i] = outputs[kept[i]! * compiled.stride + offset]!;
        values.sort();
        for (const p of PERCENTILES) band[`p${p}`].push(percentileOfSorted(values, p));
      }
      byBloc[BLOCS[b]!] = band;
    }
    series[quantity] = byBloc;
  });
  const chinaFrontierAboveUs = compiled.years.map((_, y) => {
    let count = 0;
    for (let i = 0; i < kept.length; i++) count += outputs[kept[i]! * compiled.stride + chinaAboveUsOffset(y, yearCount)]!;
    return kept.length === 0 ? NaN : count / kept.length;
  });
  return { years: [...compiled.years], series, chinaFrontierAboveUs };
}
