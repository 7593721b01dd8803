/** The sensitivity analysis as a Markdown tornado table (largest swing of the lag first), for the CLI and the docs. */
import type { SensitivityOutcome, SensitivityReport } from "./sensitivity.js";

/**
 * A count of runs as a chance with its Monte Carlo uncertainty: never "0%" from a few hundred runs. Zero runs
 * give the 95% upper bound by the rule of three (3 / n); otherwise the share and its binomial standard error.
 */
export function chanceText(count: number, runs: number): string {
  if (runs === 0) return "no runs kept";
  if (count === 0) return `below ${Math.max(1, Math.ceil((300 / runs) * 10) / 10)}% (0 of ${runs} runs)`;
  const share = count / runs;
  const error = Math.sqrt((share * (1 - share)) / runs);
  return `${(share * 100).toFixed(1)}% ± ${(error * 100).toFixed(1)} (${count} of ${runs} runs)`;
}

const cell = (outcome: SensitivityOutcome): string =>
  `${outcome.lagMonths.toFixed(1)} / ${outcome.effectiveLagMonths.toFixed(1)} / ${(outcome.chinaShare * 100).toFixed(1)}% / ${outcome.passed} of ${outcome.kept}`;

export function sensitivityMarkdown(report: SensitivityReport, rows = 15): string {
  return [
    `One at a time, ${report.runs} runs each, history-matched; China in ${report.year}: months behind the US in largest training run / months behind the leader in effective compute / share of the world's compute / runs in which China's largest run has passed the US's. Base: ${cell(report.base)} (chance ${chanceText(report.base.passed, report.base.kept)}).`,
    "",
    "| parameter or lever | low setting | high setting | at the low setting | at the high setting | swing of the lag (months) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...report.rows
      .slice(0, rows)
      .map(
        (row) =>
          `| ${row.kind === "lever" ? "lever " : ""}\`${row.id}\` | ${row.lowSetting} | ${row.highSetting} | ${cell(row.low)} | ${cell(row.high)} | ${(row.high.lagMonths - row.low.lagMonths).toFixed(1)} |`,
      ),
  ].join("\n");
}
