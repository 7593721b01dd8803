/** Every chip on TPP vs PD with the chosen rule version's thresholds, and sliders to move them. */
import type { IndicatorRow } from "../../api/types.js";
import { ChartFrame } from "../../components/chart-frame.js";
import { citationLines } from "../../components/citation.js";
import { useLang, useMessages } from "../../i18n/lang.js";
import { updateQuery } from "../../state/location.js";
import type { ChipStatus, Rules } from "./api.js";
import { STATUS_COLOURS } from "./colours.js";
import { CATALOGUE, exportColumn, type ExportMessageKey } from "./messages.js";
import type { ExportView } from "./params.js";
import type { ScatterPoint, ThresholdLines } from "./scatter-chart.js";

/** The rule versions that move the lines: the 2022 rule, the 2023 rule, and RV10's ceiling. */
const LINE_VERSIONS = ["RV1", "RV2", "RV10"] as const;

export function ruleLines(rules: Rules, version: string): ThresholdLines {
  const { rule_2022: old, rule_2023: current, rv10 } = rules.thresholds;
  if (version === "RV1") return { tpp: old.tppMin, tppFloor: null, pd: null, pdFloor: null, ceiling: null };
  return {
    tpp: current.a1.tppMin,
    tppFloor: current.a2.tppMin,
    pd: current.a2.pdMin,
    pdFloor: current.b2.pdMin,
    ceiling: version === "RV10" ? rv10.tppBelow : null,
  };
}

/** The line version in force on a day: the latest of RV1, RV2, RV10 that has taken effect (RV1 before any). */
export function lineVersionOn(rules: Rules, date: string): string {
  const effective = (id: string) => rules.rule_versions.find((version) => version.id === id)?.effective ?? "9999-12-31";
  return [...LINE_VERSIONS].reverse().find((id) => date >= effective(id)) ?? "RV1";
}

function Slider({
  name,
  label,
  value,
  min,
  max,
  step,
}: {
  name: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
}) {
  return (
    <label className="slider">
      {label}{" "}
      <input
        type="range"
        name={name}
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(event) => updateQuery({ [name]: event.target.value })}
      />{" "}
      <output>{value}</output>
    </label>
  );
}

export function ChipsChart({
  view,
  chips,
  rules,
  snapshot,
}: {
  view: ExportView;
  chips: readonly ChipStatus[];
  rules: Rules;
  snapshot: string;
}) {
  const { lang, t: x } = useMessages(CATALOGUE);
  const { t } = useLang();
  const version =
    view.ruleVersion && (LINE_VERSIONS as readonly string[]).includes(view.ruleVersion)
      ? view.ruleVersion
      : lineVersionOn(rules, view.question.date);
  const rule = ruleLines(rules, version);
  const lines: ThresholdLines = {
    tpp: view.sliders.tpp ?? rule.tpp,
    tppFloor: rule.tppFloor === null ? null : (view.sliders.tppFloor ?? rule.tppFloor),
    pd: rule.pd === null ? null : (view.sliders.pd ?? rule.pd),
    pdFloor: rule.pdFloor === null ? null : (view.sliders.pdFloor ?? rule.pdFloor),
    ceiling: rule.ceiling,
  };
  const statusLabel = (status: string) => x(`status.${status}` as ExportMessageKey);
  const points: ScatterPoint[] = chips
    .filter((chip) => chip.tpp !== null && chip.pd !== null && chip.tpp > 0 && chip.pd > 0)
    .map((chip) => ({
      name: chip.name,
      tpp: chip.tpp!,
      pd: chip.pd!,
      status: chip.status,
      label: `${statusLabel(chip.status)}${chip.eccn ? `, ${chip.eccn}` : ""}`,
    }));
  const reachesA = (point: ScatterPoint) =>
    point.tpp >= lines.tpp ||
    (lines.tppFloor !== null && lines.pd !== null && point.tpp >= lines.tppFloor && point.pd >= lines.pd);
  const reachesB = (point: ScatterPoint) =>
    !reachesA(point) &&
    lines.tppFloor !== null &&
    lines.pdFloor !== null &&
    point.tpp >= lines.tppFloor &&
    point.pd >= lines.pdFloor;
  const citation =
    version === "RV1"
      ? rules.thresholds.rule_2022.citation
      : version === "RV10"
        ? rules.thresholds.rv10.citation
        : rules.thresholds.rule_2023.citation;
  const versionTitle = rules.rule_versions.find((candidate) => candidate.id === version)?.title ?? version;
  const sourceLine = `${x("sourceChips", { snapshot })} ${x("sourceRules", { citations: citation.instrument })}`;
  const columns = [
    exportColumn("name", "col.name"),
    exportColumn("manufacturer", "col.manufacturer"),
    exportColumn("tpp", "col.tpp"),
    exportColumn("pd", "col.pd"),
    exportColumn("status", "col.status"),
    exportColumn("eccn", "col.eccn"),
    exportColumn("code", "col.code"),
  ];
  const rows: IndicatorRow[] = chips.map((chip) => ({
    name: chip.name,
    manufacturer: chip.manufacturer,
    tpp: chip.tpp,
    pd: chip.pd,
    status: chip.status,
    eccn: chip.eccn,
    code: chip.code,
  }));
  return (
    <ChartFrame
      id="export-control-chips"
      title={x("scatter")}
      subtitle={`${x("scatterSubtitle", { n: points.length, total: chips.length, date: view.question.date, version: `${version} (${versionTitle})` })} ${x("scatterWhatIf", { n: points.filter(reachesA).length, b: points.filter(reachesB).length })}`}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={columns}
      rows={rows}
      legend={Object.entries(STATUS_COLOURS).map(([status, colour]) => ({ label: statusLabel(status), colour }))}
      drawKey={`chips ${lang} ${view.question.to} ${view.question.date} ${view.question.mode} ${view.question.endUserHq} ${version} ${JSON.stringify(lines)}`}
      draw={async (width) => {
        if (points.length === 0) return null;
        const chart = (await import("./scatter-chart.js")).default;
        return chart(points, { width, lang, rule, lines, axisLabels: { tpp: `${x("tpp")} →`, pd: `↑ ${x("pd")}` } });
      }}
    >
      <fieldset className="controls sliders">
        <legend>{x("sliders")}</legend>
        <label className="select">
          {x("ruleVersion")}{" "}
          <select
            name="rv"
            value={version}
            onChange={(event) =>
              updateQuery({ rv: event.target.value, s_tpp: null, s_tpp2: null, s_pd: null, s_pd2: null })
            }
          >
            {LINE_VERSIONS.map((id) => (
              <option key={id} value={id}>
                {id}: {rules.rule_versions.find((candidate) => candidate.id === id)?.title ?? id}
              </option>
            ))}
          </select>
        </label>
        <Slider name="s_tpp" label={x("sliderTpp")} value={lines.tpp} min={100} max={30000} step={100} />
        {lines.tppFloor !== null ? (
          <Slider name="s_tpp2" label={x("sliderTppFloor")} value={lines.tppFloor} min={100} max={10000} step={100} />
        ) : null}
        {lines.pd !== null ? (
          <Slider name="s_pd" label={x("sliderPd")} value={lines.pd} min={0.1} max={30} step={0.01} />
        ) : null}
        {lines.pdFloor !== null ? (
          <Slider name="s_pd2" label={x("sliderPdFloor")} value={lines.pdFloor} min={0.1} max={30} step={0.01} />
        ) : null}
        <button
          type="button"
          onClick={() => updateQuery({ s_tpp: null, s_tpp2: null, s_pd: null, s_pd2: null })}
          data-action="reset-thresholds"
        >
          {x("reset")}
        </button>
      </fieldset>
    </ChartFrame>
  );
}
