/** The two scenarios against each other: the lag in months in a chosen year, and the chance China passes the US. */
import type { SimulationResult } from "../../../src/simulate/index.js";
import { ChartFrame } from "../../components/chart-frame.js";
import { citationLines } from "../../components/citation.js";
import { formatNumber } from "../../i18n/format.js";
import { useLang, useMessages } from "../../i18n/lang.js";
import { useReference } from "../../state/reference.js";
import { chancePhrase } from "./chance.js";
import { CATALOGUE, simulatorColumn } from "./messages.js";
import type { Side } from "./view.js";

export const SCENARIO_COLOURS: Readonly<Record<Side, string>> = { a: "#1f4e79", b: "#d95f02" };
const FOLLOWERS = ["china", "eu", "row"] as const;

export interface Compared {
  readonly side: Side;
  readonly label: string;
  readonly result: SimulationResult;
}

export function LagSection({
  compared,
  year,
  sourceLine,
}: {
  compared: readonly Compared[];
  year: number;
  sourceLine: string;
}) {
  const { lang, t: s } = useMessages(CATALOGUE);
  const { t } = useLang();
  const reference = useReference();
  const rows = FOLLOWERS.flatMap((bloc) =>
    compared.map(({ side, label, result }) => {
      const i = result.years.indexOf(year);
      const band = result.series.lagMonths[bloc];
      return {
        scenario: `${side.toUpperCase()}: ${label}`,
        side: side.toUpperCase(),
        sideId: side,
        colour: SCENARIO_COLOURS[side],
        bloc: reference.labelOf(bloc, lang),
        blocId: bloc,
        p5: band.p5[i]!,
        p25: band.p25[i]!,
        p50: band.p50[i]!,
        p75: band.p75[i]!,
        p95: band.p95[i]!,
      };
    }),
  );
  const china = (side: Side) => rows.find((row) => row.sideId === side && row.blocId === "china")!;
  const months = (value: number) => formatNumber(value, lang, 1);
  const [a, b] = [china("a"), china("b")];
  return (
    <ChartFrame
      id="simulator-lag"
      title={s("lagTitle", { year })}
      subtitle={s("lagSubtitle")}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={[
        simulatorColumn("bloc", "col.bloc"),
        simulatorColumn("scenario", "col.scenario"),
        ...(["p5", "p25", "p50", "p75", "p95"] as const).map((key) => simulatorColumn(key, `col.${key}`, "months")),
      ]}
      rows={rows.map(({ bloc, scenario, p5, p25, p50, p75, p95 }) => ({ bloc, scenario, p5, p25, p50, p75, p95 }))}
      legend={compared.map(({ side, label }) => ({
        label: `${side.toUpperCase()}: ${label}`,
        colour: SCENARIO_COLOURS[side],
      }))}
      drawKey={`lag ${lang} ${year} ${compared.map(({ result }) => JSON.stringify(result.scenario)).join(" ")}`}
      draw={async (width) => {
        const chart = (await import("./lag-chart.js")).default;
        return chart(rows, { width, lang, xLabel: s("unit.lagMonths") });
      }}
    >
      <p className="headline lag-headline" data-year={year} data-a={a.p50} data-b={b.p50}>
        {s("lagHeadline", {
          year,
          a: months(a.p50),
          aName: compared[0]!.label,
          aLow: months(a.p5),
          aHigh: months(a.p95),
          b: months(b.p50),
          bName: compared[1]!.label,
          bLow: months(b.p5),
          bHigh: months(b.p95),
        })}
      </p>
    </ChartFrame>
  );
}

export function PassingSection({
  compared,
  year,
  sourceLine,
}: {
  compared: readonly Compared[];
  year: number;
  sourceLine: string;
}) {
  const { lang, t: s } = useMessages(CATALOGUE);
  const { t } = useLang();
  const from = compared[0]!.result.scenario.levers.from;
  const rows = compared.flatMap(({ side, label, result }) =>
    result.years.flatMap((y, i) => {
      const probability = result.chinaFrontierPassedUsBy[i];
      return y >= from && probability !== null && probability !== undefined && Number.isFinite(probability)
        ? [{ year: y, scenario: `${side.toUpperCase()}: ${label}`, side, colour: SCENARIO_COLOURS[side], probability }]
        : [];
    }),
  );
  const at = (side: Side) => rows.find((row) => row.side === side && row.year === year)?.probability ?? NaN;
  return (
    <ChartFrame
      id="simulator-passing"
      title={s("passTitle")}
      subtitle={s("passSubtitle", { from })}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={[
        simulatorColumn("year", "col.year", "year"),
        simulatorColumn("scenario", "col.scenario"),
        simulatorColumn("probability", "col.probability", "share"),
      ]}
      rows={rows.map(({ year: y, scenario, probability }) => ({ year: y, scenario, probability }))}
      legend={compared.map(({ side, label }) => ({
        label: `${side.toUpperCase()}: ${label}`,
        colour: SCENARIO_COLOURS[side],
      }))}
      drawKey={`passing ${lang} ${year} ${compared.map(({ result }) => JSON.stringify(result.scenario)).join(" ")}`}
      draw={async (width) => {
        if (rows.length === 0) return null;
        const chart = (await import("./passing-chart.js")).default;
        return chart(rows, { width, lang, yLabel: s("col.probability"), markYear: year });
      }}
    >
      <p className="headline passing-headline" data-year={year}>
        {s("passHeadline", {
          year,
          a: chancePhrase(at("a"), compared[0]!.result.calibration.kept, lang),
          aName: compared[0]!.label,
          b: chancePhrase(at("b"), compared[1]!.result.calibration.kept, lang),
          bName: compared[1]!.label,
        })}
      </p>
    </ChartFrame>
  );
}
