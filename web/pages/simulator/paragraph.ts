/**
 * The plain-language paragraph per scenario: China's share, both lags and the chance of a pass in one year,
 * against the other scenario, with a reason chosen from the pattern of the numbers. Pure, so it is tested in
 * both languages without a browser.
 */
import type { SimulationResult } from "../../../src/simulate/index.js";
import { formatNumber, formatPercent } from "../../i18n/format.js";
import type { Lang } from "../../i18n/locale.js";
import { chancePhrase } from "./chance.js";
import { CATALOGUE, type SimulatorMessageKey } from "./messages.js";

/** China's numbers in one scenario and year (medians of the kept runs; the pass as a share of them). */
export interface ParagraphNumbers {
  readonly share: number;
  readonly lag: number;
  readonly effectiveLag: number;
  readonly passed: number;
  readonly kept: number;
}

export function paragraphNumbers(result: SimulationResult, year: number): ParagraphNumbers {
  const y = result.years.indexOf(year);
  const { series } = result;
  return {
    share: series.worldShare.china.p50[y]!,
    lag: series.frontierLagMonths.china.p50[y]!,
    effectiveLag: series.lagMonths.china.p50[y]!,
    passed: result.chinaFrontierPassedUsBy[y]!,
    kept: result.calibration.kept,
  };
}

/** Which clause explains the difference: compute moves share and lag, algorithms the effective lag. */
export function paragraphReason(a: ParagraphNumbers, b: ParagraphNumbers): SimulatorMessageKey {
  const shareRatio = a.share / b.share;
  const effectiveChange = a.effectiveLag - b.effectiveLag;
  if (Math.abs(shareRatio - 1) > 0.2) return Math.abs(effectiveChange) < 3 ? "why.diffusion" : "why.compute";
  return Math.abs(effectiveChange) >= 3 ? "why.algorithms" : "why.same";
}

export function scenarioParagraph(
  subject: { readonly label: string; readonly numbers: ParagraphNumbers },
  other: { readonly label: string; readonly numbers: ParagraphNumbers },
  year: number,
  lang: Lang,
): string {
  const s = CATALOGUE.translate(lang);
  const a = subject.numbers;
  const b = other.numbers;
  const months = (value: number) => formatNumber(value, lang, 1);
  const signed = (value: number) => `${value >= 0 ? "+" : ""}${months(value)}`;
  const text = s("para", {
    scenario: subject.label,
    other: other.label,
    year,
    share: formatPercent(a.share, lang),
    otherShare: formatPercent(b.share, lang),
    ratio: formatNumber(a.share / b.share, lang, 2),
    lag: months(a.lag),
    lagChange: signed(a.lag - b.lag),
    effectiveLag: months(a.effectiveLag),
    effectiveChange: signed(a.effectiveLag - b.effectiveLag),
    pass: chancePhrase(a.passed, a.kept, lang),
  });
  return `${text} ${s(paragraphReason(a, b))}`;
}
