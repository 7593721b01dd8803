/** One click away: the parameters with their sources, the calibration targets, and the back-test against 2022–2025. */
import { useState } from "react";
import type { BacktestReport, ParameterSpec } from "../../../src/simulate/index.js";
import type { IndicatorRow } from "../../api/types.js";
import { useAsync } from "../../api/use-async.js";
import { DataTable } from "../../components/data-table.js";
import { Status } from "../../components/status.js";
import { formatNumber, formatPercent } from "../../i18n/format.js";
import { fetchBacktest, fetchParameters, type TargetRecord } from "./api.js";
import { useMessages } from "../../i18n/lang.js";
import { CATALOGUE, simulatorColumn } from "./messages.js";

function distributionText(spec: ParameterSpec): string {
  const { distribution } = spec;
  return distribution.kind === "uniform" || distribution.kind === "triangular"
    ? `${distribution.kind} ${distribution.low}–${distribution.high}`
    : distribution.kind;
}

function ParametersTable() {
  const { t: s } = useMessages(CATALOGUE);
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
  const { t: s } = useMessages(CATALOGUE);
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
  const { lang, t: s } = useMessages(CATALOGUE);
  const share = (value: number) => (Number.isNaN(value) ? "–" : formatPercent(value, lang));
  const score = (value: number) => (Number.isNaN(value) ? "–" : formatNumber(value, lang, 3));
  const { model, randomWalk, trend } = report.coverage;
  const rows: IndicatorRow[] = report.points.map((point) => ({
    origin: point.origin,
    year: point.target.year,
    bloc: point.target.bloc,
    quantity: point.target.quantity,
    observed: point.observed,
    median: point.model.median,
    inside: [point.model.inside.band50, point.model.inside.band80, point.model.inside.band90]
      .map((inside) => (inside ? "✓" : "✗"))
      .join(" "),
    walk: point.randomWalk?.median ?? null,
    trend: point.trend?.median ?? null,
  }));
  const caption = s("backtest", {
    first: report.origins[0] ?? "",
    last: report.origins.at(-1) ?? "",
    horizon: report.maxHorizon,
  });
  return (
    <section className="simulator-backtest" data-points={report.points.length}>
      <h3>{caption}</h3>
      <p>{s("backtestSummary", { runs: report.runs, points: report.points.length })}</p>
      <p className="coverage">
        {s("coverage", {
          m50: share(model.bands.band50.share),
          m80: share(model.bands.band80.share),
          m90: share(model.bands.band90.share),
          se: Math.round(model.bands.band80.standardError * 100),
          r50: share(randomWalk.bands.band50.share),
          r80: share(randomWalk.bands.band80.share),
          r90: share(randomWalk.bands.band90.share),
          t50: share(trend.bands.band50.share),
          t80: share(trend.bands.band80.share),
          t90: share(trend.bands.band90.share),
          bPoints: randomWalk.points,
        })}
      </p>
      <ul>
        {report.series
          .filter((series) => series.randomWalk.points > 0)
          .map((series) => (
            <li key={`${series.bloc}-${series.quantity}`}>
              {s("errors", {
                series: `${series.bloc.toUpperCase()} ${s(`q.${series.quantity}`)}`,
                model: score(series.randomWalk.model),
                walk: score(series.randomWalk.baseline),
                trend: score(series.trend.baseline),
              })}
            </li>
          ))}
      </ul>
      <DataTable
        caption={caption}
        rows={rows}
        columns={[
          simulatorColumn("origin", "col.origin", "year"),
          simulatorColumn("year", "col.year", "year"),
          ...(["bloc", "quantity", "observed", "median", "inside", "walk", "trend"] as const).map((key) =>
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
  const { t: s } = useMessages(CATALOGUE);
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
