/**
 * The scenario simulator (issue 6): two scenarios side by side, each a preset with levers to move, run in
 * Web Workers in the browser on targets computed by the server from the knowledge base; fan charts per bloc,
 * the lag in months in a chosen year, and the chance China's largest training run passes the US's. The URL
 * holds both scenarios, the seed and the runs. Parameters, targets and the back-test are one click away.
 */
import { useAsync } from "../../api/use-async.js";
import { QuerySelect } from "../../components/controls.js";
import { Status } from "../../components/status.js";
import { useLocation, updateQuery } from "../../state/location.js";
import { useReference } from "../../state/reference.js";
import { Link } from "../../components/link.js";
import { PageHeader } from "../page-header.js";
import { fetchPresets, fetchTargets, type PresetRecord, type TargetRecord } from "./api.js";
import type { PopulationModel } from "../../../src/simulate/index.js";
import { LagSection, PassingSection, type Compared } from "./comparison.js";
import { useMessages } from "../../i18n/lang.js";
import { CATALOGUE, type SimulatorMessageKey } from "./messages.js";
import { AnchorsSection, ScenarioParagraph, SensitivitySection } from "./explained.js";
import { MorePanel } from "./more-panel.js";
import { scenarioLabel, SidePanel } from "./side-panel.js";
import { useSimulation } from "./use-simulation.js";
import { FAN_QUANTITIES, parseSimulatorView, sideScenario, YEAR_RANGE, type SimulatorView } from "./view.js";
import "./simulator.css";

const RUN_CHOICES = [500, 1000, 2000, 5000];
/** The year the generated scenario paragraphs describe. */
const PARAGRAPH_YEAR = 2030;
const YEARS = Array.from({ length: YEAR_RANGE.max - YEAR_RANGE.min + 1 }, (_, i) => YEAR_RANGE.min + i);

function Settings({ view, presetSeed }: { view: SimulatorView; presetSeed: number }) {
  const { t: s } = useMessages(CATALOGUE);
  const years = YEARS.map((year) => ({ value: String(year), label: String(year) }));
  return (
    <form
      className="controls simulator-settings"
      aria-label={s("settings")}
      onSubmit={(event) => event.preventDefault()}
    >
      <QuerySelect
        name="q"
        label={s("quantity")}
        value={view.quantity}
        options={FAN_QUANTITIES.map((quantity) => ({
          value: quantity,
          label: s(`q.${quantity}` as SimulatorMessageKey),
        }))}
      />
      <QuerySelect name="year" label={s("lagYear")} value={String(view.lagYear)} options={years} />
      <QuerySelect name="by" label={s("passYear")} value={String(view.passYear)} options={years} />
      <QuerySelect
        name="runs"
        label={s("runs")}
        value={String(view.runs)}
        options={RUN_CHOICES.map((runs) => ({ value: String(runs), label: String(runs) }))}
      />
      <label className="select">
        {s("seed")}{" "}
        <input
          type="number"
          name="seed"
          min={0}
          max={4294967295}
          step={1}
          value={view.seed ?? presetSeed}
          onChange={(event) =>
            updateQuery({ seed: event.target.value === String(presetSeed) ? null : event.target.value })
          }
        />
      </label>
    </form>
  );
}

function Simulator({
  presets,
  targets,
  models,
  snapshot,
}: {
  presets: readonly PresetRecord[];
  targets: readonly TargetRecord[];
  models: readonly PopulationModel[];
  snapshot: string;
}) {
  const { t: s } = useMessages(CATALOGUE);
  const { query } = useLocation();
  const view = parseSimulatorView(
    query,
    presets.map((preset) => preset.name),
  );
  const presetOf = (name: string) => presets.find((preset) => preset.name === name)!;
  const scenarioA = sideScenario(presetOf(view.presets.a).scenario, view.overrides.a, view);
  const scenarioB = sideScenario(presetOf(view.presets.b).scenario, view.overrides.b, view);
  const simulations = {
    a: useSimulation(scenarioA, targets, models),
    b: useSimulation(scenarioB, targets, models),
  };
  const sourceLine = s("source", { seed: scenarioA.seed, snapshot });
  const compared: Compared[] = (["a", "b"] as const).flatMap((side) => {
    const simulation = simulations[side];
    return simulation.status === "done"
      ? [
          {
            side,
            label: scenarioLabel(s, view.presets[side], Object.keys(view.overrides[side]).length > 0),
            result: simulation.result,
          },
        ]
      : [];
  });
  return (
    <>
      <Settings view={view} presetSeed={presetOf(view.presets.a).scenario.seed} />
      <p className="caveat metric-note">
        {s("metricNote")} <Link to="/">{s("toOverview")}</Link>
      </p>
      <p className="caveat">{s("observedNote")}</p>
      <div className="simulator-sides">
        <SidePanel
          side="a"
          view={view}
          presets={presets}
          scenario={scenarioA}
          simulation={simulations.a}
          sourceLine={sourceLine}
          targets={targets}
        />
        <SidePanel
          side="b"
          view={view}
          presets={presets}
          scenario={scenarioB}
          simulation={simulations.b}
          sourceLine={sourceLine}
          targets={targets}
        />
      </div>
      {compared.length === 2 ? (
        <>
          <section className="scenario-paragraphs" aria-label={s("paragraphs")}>
            <ScenarioParagraph subject={compared[0]!} other={compared[1]!} year={PARAGRAPH_YEAR} />
            <ScenarioParagraph subject={compared[1]!} other={compared[0]!} year={PARAGRAPH_YEAR} />
          </section>
          <div className="charts">
            <LagSection compared={compared} year={view.lagYear} sourceLine={sourceLine} />
            <PassingSection compared={compared} year={view.passYear} sourceLine={sourceLine} />
            <SensitivitySection sourceLine={sourceLine} />
          </div>
          <AnchorsSection compared={compared[0]!} />
        </>
      ) : null}
      <p className="caveat">{s("caveat")}</p>
      <MorePanel targets={targets} />
    </>
  );
}

export default function SimulatorPage() {
  const { t: s } = useMessages(CATALOGUE);
  const reference = useReference();
  const state = useAsync("simulator-setup", () => Promise.all([fetchPresets(), fetchTargets()]));
  return (
    <>
      <PageHeader title={s("title")} intro={s("intro")} />
      {state.status !== "done" ? (
        <Status state={state} />
      ) : (
        <Simulator
          presets={state.data[0].data}
          targets={state.data[1].data}
          models={state.data[1].models}
          snapshot={reference.version.snapshot_id}
        />
      )}
    </>
  );
}
