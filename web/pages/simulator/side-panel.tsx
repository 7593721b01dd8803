/** One scenario of the comparison: its preset, its levers, the run status and its fan chart. */
import type { OutputQuantity, Scenario, SimulationResult } from "../../../src/simulate/index.js";
import type { IndicatorRow } from "../../api/types.js";
import { ChartFrame } from "../../components/chart-frame.js";
import { citationLines } from "../../components/citation.js";
import { formatNumber } from "../../i18n/format.js";
import { useLang, useMessages } from "../../i18n/lang.js";
import { updateQuery } from "../../state/location.js";
import { useReference } from "../../state/reference.js";
import type { PresetRecord, TargetRecord } from "./api.js";
import { observedSeries } from "./observed.js";
import { CATALOGUE, simulatorColumn, type SimulatorMessageKey, type SimulatorTranslate } from "./messages.js";
import type { SimulationState } from "./use-simulation.js";
import { LEVERS, type Side, type SimulatorView } from "./view.js";

export const SIM_BLOCS = ["us", "china", "eu", "row"] as const;

/** Units as formatCell reads them: FLOP as powers of ten, shares as percentages. */
export const QUANTITY_UNITS: Readonly<Record<OutputQuantity, string>> = {
  frontierTraining: "FLOP",
  computeStock: "H100e",
  effectiveCompute: "FLOP",
  worldShare: "share",
  lagMonths: "months",
  frontierLagMonths: "months",
};
const LOG_QUANTITIES = new Set<OutputQuantity>(["frontierTraining", "computeStock", "effectiveCompute"]);

/** "Strict controls, with equipment and cloud" or, with levers moved, "... (moved)". */
export function scenarioLabel(s: SimulatorTranslate, presetName: string, moved: boolean): string {
  return `${s(`preset.${presetName}` as SimulatorMessageKey)}${moved ? ` (${s("moved")})` : ""}`;
}

function LeverInputs({
  side,
  preset,
  overrides,
}: {
  side: Side;
  preset: Scenario;
  overrides: Readonly<Record<string, number>>;
}) {
  const { lang, t: s } = useMessages(CATALOGUE);
  const reset = Object.fromEntries(LEVERS.map((lever) => [`${side}.${lever.key}`, null]));
  return (
    <fieldset className="simulator-levers">
      <legend>{s("levers", { year: preset.levers.from })}</legend>
      {LEVERS.map((lever) => {
        const value = overrides[lever.key] ?? lever.get(preset.levers);
        const name = `${side}.${lever.key}`;
        return (
          <label key={lever.key} className="lever">
            <span>{s(`lever.${lever.key}` as SimulatorMessageKey)}</span>
            <input
              type="range"
              name={name}
              min={lever.min}
              max={lever.max}
              step={lever.step}
              value={value}
              onChange={(event) => {
                const next = Number(event.target.value);
                updateQuery({ [name]: next === lever.get(preset.levers) ? null : String(next) });
              }}
            />
            <output htmlFor={name}>{formatNumber(value, lang, 2)}</output>
          </label>
        );
      })}
      <button
        type="button"
        data-action={`reset-${side}`}
        disabled={Object.keys(overrides).length === 0}
        onClick={() => updateQuery(reset)}
      >
        {s("reset")}
      </button>
    </fieldset>
  );
}

function RunStatus({ simulation }: { simulation: SimulationState }) {
  const { lang, t: s } = useMessages(CATALOGUE);
  if (simulation.status === "running")
    return (
      <p className="loading" aria-live="polite">
        {s("computing", { runs: "…" })}
      </p>
    );
  if (simulation.status === "error")
    return (
      <p className="error" role="alert">
        {s("failed", { message: simulation.message })}
      </p>
    );
  const { calibration } = simulation.result;
  return (
    <p className="run-status" aria-live="polite" data-kept={calibration.kept}>
      {s("computed", {
        runs: formatNumber(calibration.runs, lang, 0),
        ms: formatNumber(simulation.ms, lang, 0),
        kept: formatNumber(calibration.kept, lang, 0),
      })}
      {calibration.fallback ? ` ${s("fallback", { kept: calibration.kept })}` : ""}
    </p>
  );
}

function FanSection({
  side,
  label,
  result,
  quantity,
  sourceLine,
  targets,
}: {
  side: Side;
  label: string;
  result: SimulationResult;
  quantity: OutputQuantity;
  sourceLine: string;
  targets: readonly TargetRecord[];
}) {
  const observed = observedSeries(targets, quantity);
  const { lang, t: s } = useMessages(CATALOGUE);
  const { t } = useLang();
  const reference = useReference();
  const unit = QUANTITY_UNITS[quantity];
  const bands = result.series[quantity];
  const rows = SIM_BLOCS.flatMap((bloc) =>
    result.years.map((year, i) => ({
      year,
      bloc,
      colour: reference.colourOf(bloc),
      label: reference.labelOf(bloc, lang),
      p5: bands[bloc].p5[i]!,
      p25: bands[bloc].p25[i]!,
      p50: bands[bloc].p50[i]!,
      p75: bands[bloc].p75[i]!,
      p95: bands[bloc].p95[i]!,
    })),
  );
  const tableRows: IndicatorRow[] = rows.map(({ year, bloc, p5, p25, p50, p75, p95 }) => ({
    year,
    bloc,
    p5,
    p25,
    p50,
    p75,
    p95,
  }));
  const percentileColumns = (["p5", "p25", "p50", "p75", "p95"] as const).map((key) =>
    simulatorColumn(key, `col.${key}`, unit),
  );
  return (
    <ChartFrame
      id={`simulator-fan-${side}`}
      title={s("fanTitle", { quantity: s(`q.${quantity}`), scenario: label })}
      subtitle={s("fanSubtitle", { kept: result.calibration.kept, from: result.scenario.levers.from })}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={[simulatorColumn("year", "col.year", "year"), simulatorColumn("bloc", "col.bloc"), ...percentileColumns]}
      rows={tableRows}
      tableLabels={{ keys: ["bloc"], label: (bloc) => reference.labelOf(bloc, lang) }}
      legend={SIM_BLOCS.map((bloc) => ({ label: reference.labelOf(bloc, lang), colour: reference.colourOf(bloc) }))}
      drawKey={`fan ${side} ${lang} ${quantity} ${observed.length} ${JSON.stringify(result.scenario)}`}
      draw={async (width) => {
        const chart = (await import("./fan-chart.js")).default;
        const yLabel = `${s(`q.${quantity}`)} (${s(`unit.${quantity}`)}${LOG_QUANTITIES.has(quantity) ? (lang === "nl" ? ", log-schaal" : ", log scale") : ""})`;
        return chart(rows, {
          width,
          lang,
          log: LOG_QUANTITIES.has(quantity),
          unit,
          yLabel,
          scenarioFrom: result.scenario.levers.from,
          observed,
          todayLabel: s("today"),
        });
      }}
    />
  );
}

export function SidePanel({
  side,
  view,
  presets,
  scenario,
  simulation,
  sourceLine,
  targets,
}: {
  side: Side;
  view: SimulatorView;
  presets: readonly PresetRecord[];
  scenario: Scenario;
  simulation: SimulationState;
  sourceLine: string;
  targets: readonly TargetRecord[];
}) {
  const { t: s } = useMessages(CATALOGUE);
  const preset = presets.find((candidate) => candidate.name === view.presets[side])!;
  const moved = Object.keys(view.overrides[side]).length > 0;
  const choose = (name: string) =>
    updateQuery({ [side]: name, ...Object.fromEntries(LEVERS.map((lever) => [`${side}.${lever.key}`, null])) });
  return (
    <section className="simulator-side" data-side={side} aria-label={s(`side.${side}`)}>
      <h2>
        {s(`side.${side}`)}: {scenarioLabel(s, preset.name, moved)}
      </h2>
      <label className="select">
        {s("preset")}{" "}
        <select name={side} value={preset.name} onChange={(event) => choose(event.target.value)}>
          {presets.map((candidate) => (
            <option key={candidate.name} value={candidate.name}>
              {s(`preset.${candidate.name}` as SimulatorMessageKey)}
            </option>
          ))}
        </select>
      </label>
      <p className="subtitle">{s(`about.${preset.name}` as SimulatorMessageKey)}</p>
      <details className="method">
        <summary>
          {s("levers", { year: scenario.levers.from })}
          {moved ? ` (${s("moved")})` : ""}
        </summary>
        <LeverInputs side={side} preset={preset.scenario} overrides={view.overrides[side]} />
      </details>
      <RunStatus simulation={simulation} />
      {simulation.status === "done" ? (
        <FanSection
          side={side}
          label={scenarioLabel(s, preset.name, moved)}
          result={simulation.result}
          quantity={view.quantity}
          sourceLine={sourceLine}
          targets={targets}
        />
      ) : null}
    </section>
  );
}
