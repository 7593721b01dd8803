/** One click away: the parameters with their sources, the calibration targets, and the back-test against 2022–2025. */
import { useState } from "react";
import type { BacktestReport, ParameterSpec } from "../../../src/simulate/index.js";
import type { IndicatorRow } from "../../api/types.js";
import { useAsync } from "../../api/use-async.js";
import { DataTable } from "../../components/data-table.js";
import { Status } from "../../components/status.js";
import { formatNumber, formatPercent } from "../../i18n/format.js";
import { fetchBacktest, fetchParameters, type TargetRecord } from "./api.js";
import { simulatorColumn, useSimulatorText } from "./messages.js";

const LOG_SCALE = new Set(["computeStock", "frontierTraining", "effectiveCompute"]);

function distributionText(spec: ParameterSpec): string {
  const { distribution } = spec;
  return distribution.kind === "uniform" || distribution.kind === "triangular"
    ? `${distribution.kind} ${distribution.low}–${distribution.high}`
    : distribution.kind;
}

function ParametersTable() {
  const { s } = useSimulatorText();
  const state = useAsync("simulator-parameters", fetchParameters);
  if (state.status !== "done") return <Status state={state} />;
  const rows: IndicatorRow[] = state.data.data.map((spec) => ({
    id: spec.id,
    description: spec.description,
    value: spec.value,
    distribution: distributionText(spec),
    low: spec.interval90[0],
    high: spec.interval90[1],
    unit: spec.unit,
    confidence: spec.confidence,
    source: spec.source,
  }));
  const caption = s("parameters", { n: rows.length });
  return (
    <section className="simulator-parameters">
      <h3>{caption}</h3>
      <p className="subtitle">{s("confidence")}</p>
      <DataTable
        caption={caption}
        rows={rows}
        columns={(
          ["id", "description", "value", "distribution", "low", "high", "unit", "confidence", "source"] as const
        ).map((key) => simulatorColumn(key, `col.${key}`))}
      />
    </section>
  );
}

function TargetsTable({ targets }: { targets: readonly TargetRecord[] }) {
  const { s } = useSimulatorText();
  const caption = s("targets", { n: targets.length });
  const rows: IndicatorRow[] = targets.map((target) => ({
    year: target.year,
    bloc: target.bloc,
    quantity: target.quantity,
    target: target.value,
    tolerance: target.tolerance,
    source: target.sourceId ? `${target.source} [${target.sourceId}]` : target.source,
  }));
  return (
    <section className="simulator-targets">
      <h3>{caption}</h3>
      <DataTable
        caption={caption}
        rows={rows}
        columns={[
          simulatorColumn("year", "col.year", "year"),
          ...(["bloc", "quantity", "target", "tolerance", "source"] as const).map((key) =>
            simulatorColumn(key, `col.${key}`),
          ),
        ]}
      />
    </section>
  );
}

function BacktestSection({ report }: { report: BacktestReport }) {
  const { lang, s } = useSimulatorText();
  const share = (value: number | null) => (value === null || Number.isNaN(value) ? "–" : formatPercent(value, lang));
  const { model, randomWalk } = report.coverage;
  const heldOutFrom = Math.min(...report.points.map((point) => point.target.year));
  const scaled = (quantity: string, value: number) => (LOG_SCALE.has(quantity) ? Math.log10(value) : value);
  const rows: IndicatorRow[] = report.points.map((point) => ({
    year: point.target.year,
    bloc: point.target.bloc,
    quantity: point.target.quantity,
    observed: scaled(point.target.quantity, point.target.value),
    median: point.model.median,
    inside: [point.model.inside50, point.model.inside80, point.model.inside90]
      .map((inside) => (inside ? "✓" : "✗"))
      .join(" "),
    walk: point.randomWalk?.median ?? null,
  }));
  const caption = s("backtest", { until: report.fitUntil, from: heldOutFrom });
  return (
    <section className="simulator-backtest" data-points={report.points.length}>
      <h3>{caption}</h3>
      <p>
        {s("backtestSummary", {
          fit: report.fitTargets,
          until: report.fitUntil,
          kept: report.kept,
          runs: report.runs,
          points: report.points.length,
        })}
      </p>
      <p className="coverage">
        {s("coverage", {
          m50: share(model.band50),
          m80: share(model.band80),
          m90: share(model.band90),
          r50: share(randomWalk.band50),
          r80: share(randomWalk.band80),
          r90: share(randomWalk.band90),
          rPoints: randomWalk.points,
        })}
      </p>
      <ul>
        {Object.entries(report.errors).map(([quantity, errors]) => (
          <li key={quantity}>
            {s("errors", {
              quantity,
              model: formatNumber(errors.model.medianAbsoluteError, lang, 2),
              walk: errors.randomWalk.points === 0 ? "–" : formatNumber(errors.randomWalk.medianAbsoluteError, lang, 2),
            })}
          </li>
        ))}
      </ul>
      <DataTable
        caption={caption}
        rows={rows}
        columns={[
          simulatorColumn("year", "col.year", "year"),
          ...(["bloc", "quantity", "observed", "median", "inside", "walk"] as const).map((key) =>
            simulatorColumn(key, `col.${key}`),
          ),
        ]}
      />
    </section>
  );
}

function BacktestLoader() {
  const state = useAsync("simulator-backtest", fetchBacktest);
  return state.status === "done" ? <BacktestSection report={state.data.data} /> : <Status state={state} />;
}

export function MorePanel({ targets }: { targets: readonly TargetRecord[] }) {
  const { s } = useSimulatorText();
  const [open, setOpen] = useState(false);
  return (
    <details className="simulator-more" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary data-action="more">{s("more")}</summary>
      {open ? (
        <>
          <BacktestLoader />
          <ParametersTable />
          <TargetsTable targets={targets} />
        </>
      ) : null}
    </details>
  );
}
