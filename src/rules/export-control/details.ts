import type { ExportCheckResult } from "./check-export.js";
import type { Classification } from "./classify.js";
import type { Caveat, DetailLine, Reason } from "./types.js";

/**
 * The engine writes every detail line (reason, caveat, arithmetic step) in English and Dutch; an answer shows
 * one language. `resultIn` picks it, so `text` and `steps` read in the asked language wherever they are shown.
 */
export type InOneLanguage<T extends DetailLine> = Omit<T, "nl">;

export interface LocalizedResult extends Omit<ExportCheckResult, "metrics" | "classification" | "reasons" | "caveats"> {
  readonly metrics: Omit<ExportCheckResult["metrics"], "steps"> & { readonly steps: readonly string[] };
  readonly classification: Omit<Classification, "reasons" | "caveats"> & {
    readonly reasons: readonly InOneLanguage<Reason>[];
    readonly caveats: readonly InOneLanguage<Caveat>[];
  };
  readonly reasons: readonly InOneLanguage<Reason>[];
  readonly caveats: readonly InOneLanguage<Caveat>[];
}

function pick<T extends DetailLine>(line: T, language: "en" | "nl"): InOneLanguage<T> {
  const { nl, ...rest } = line;
  return language === "nl" ? { ...rest, text: nl } : rest;
}

/** The result with every detail line in `language`. */
export function resultIn(result: ExportCheckResult, language: "en" | "nl"): LocalizedResult {
  const lines = <T extends DetailLine>(list: readonly T[]) => list.map((line) => pick(line, language));
  return {
    ...result,
    metrics: { ...result.metrics, steps: result.metrics.steps.map((step) => pick(step, language).text) },
    classification: {
      ...result.classification,
      reasons: lines(result.classification.reasons),
      caveats: lines(result.classification.caveats),
    },
    reasons: lines(result.reasons),
    caveats: lines(result.caveats),
  };
}
