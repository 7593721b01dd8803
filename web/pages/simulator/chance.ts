/**
 * A chance counted in Monte Carlo runs, with its uncertainty: never "0%" from a few hundred kept runs. Zero runs
 * give the 95% upper bound (rule of three, 3 / n); otherwise the share and its binomial standard error.
 */
import { formatNumber } from "../../i18n/format.js";
import type { Lang } from "../../i18n/locale.js";

export function chancePhrase(share: number, runs: number, lang: Lang): string {
  if (!Number.isFinite(share) || runs === 0) return "–";
  const count = Math.round(share * runs);
  const ofRuns = lang === "nl" ? `${count} van ${runs} runs` : `${count} of ${runs} runs`;
  if (count === 0) {
    const bound = formatNumber(Math.max(1, Math.ceil((300 / runs) * 10) / 10), lang, 1);
    return lang === "nl" ? `onder ${bound}% (${ofRuns})` : `below ${bound}% (${ofRuns})`;
  }
  const error = Math.sqrt((share * (1 - share)) / runs);
  return `${formatNumber(share * 100, lang, 1)}% ± ${formatNumber(error * 100, lang, 1)} (${ofRuns})`;
}
