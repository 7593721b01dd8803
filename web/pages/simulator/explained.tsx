/**
 * Why the numbers are what they are: which parameters and levers move China's lag most (a tornado from the
 * server's sensitivity analysis), the simulator next to published forecasts, and a paragraph per scenario
 * generated from its numbers.
 */
import { useState } from "react";
import {
  anchorValue,
  EXTERNAL_ANCHORS,
  type ExternalAnchor,
  type SensitivityReport,
} from "../../../src/simulate/index.js";
import { getJson } from "../../api/client.js";
import { useAsync } from "../../api/use-async.js";
import { ChartFrame } from "../../components/chart-frame.js";
import { citationLines } from "../../components/citation.js";
import { Status } from "../../components/status.js";
import { formatCell, formatNumber } from "../../i18n/format.js";
import { useLang, useMessages } from "../../i18n/lang.js";
import { chancePhrase } from "./chance.js";
import type { Compared } from "./comparison.js";
import { CATALOGUE, simulatorColumn } from "./messages.js";
import { paragraphNumbers, scenarioParagraph } from "./paragraph.js";

const fetchSensitivity = () => getJson<{ data: SensitivityReport }>("/api/v1/simulations/sensitivity");
const TORNADO_ROWS = 10;

function SensitivityChart({ report, sourceLine }: { report: SensitivityReport; sourceLine: string }) {
  const { lang, t: s } = useMessages(CATALOGUE);
  const { t } = useLang();
  const rows = report.rows.slice(0, TORNADO_ROWS);
  const months = (value: number) => formatNumber(value, lang, 1);
  const label = (row: SensitivityReport["rows"][number]) =>
    `${row.kind === "lever" ? s("sens.lever") : s("sens.parameter")} ${row.id}`;
  return (
    <ChartFrame
      id="simulator-sensitivity"
      title={s("sens.title", { year: report.year })}
      subtitle={s("sens.subtitle", { runs: report.runs, base: months(report.base.lagMonths) })}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={[
        simulatorColumn("name", "sens.col.name"),
        simulatorColumn("lowSetting", "sens.col.lowSetting"),
        simulatorColumn("highSetting", "sens.col.highSetting"),
        simulatorColumn("lagLow", "sens.col.lagLow", "months"),
        simulatorColumn("lagHigh", "sens.col.lagHigh", "months"),
        simulatorColumn("shareLow", "sens.col.shareLow", "share"),
        simulatorColumn("shareHigh", "sens.col.shareHigh", "share"),
        simulatorColumn("passLow", "sens.col.passLow"),
        simulatorColumn("passHigh", "sens.col.passHigh"),
      ]}
      rows={report.rows.map((row) => ({
        name: label(row),
        lowSetting: row.lowSetting,
        highSetting: row.highSetting,
        lagLow: row.low.lagMonths,
        lagHigh: row.high.lagMonths,
        shareLow: row.low.chinaShare,
        shareHigh: row.high.chinaShare,
        passLow: chancePhrase(row.low.passed / row.low.kept, row.low.kept, lang),
        passHigh: chancePhrase(row.high.passed / row.high.kept, row.high.kept, lang),
      }))}
      legend={[
        { label: s("sens.low"), colour: "#4a90c2" },
        { label: s("sens.high"), colour: "#d95f02" },
      ]}
      drawKey={`sensitivity ${lang} ${report.runs}`}
      draw={async (width) => {
        const chart = (await import("./tornado-chart.js")).default;
        return chart(
          rows.map((row) => ({ label: row.id, low: row.low.lagMonths, high: row.high.lagMonths })),
          {
            width,
            lang,
            base: report.base.lagMonths,
            xLabel: s("unit.frontierLagMonths"),
            lowColour: "#4a90c2",
            highColour: "#d95f02",
          },
        );
      }}
    >
      <p className="headline">
        {s("sens.headline", {
          first: label(rows[0]!),
          low: months(rows[0]!.low.lagMonths),
          high: months(rows[0]!.high.lagMonths),
          pass: chancePhrase(report.base.passed / report.base.kept, report.base.kept, lang),
        })}
      </p>
    </ChartFrame>
  );
}

function SensitivityLoader({ sourceLine }: { sourceLine: string }) {
  const state = useAsync("simulator-sensitivity", fetchSensitivity);
  return state.status === "done" ? (
    <SensitivityChart report={state.data.data} sourceLine={sourceLine} />
  ) : (
    <Status state={state} />
  );
}

/** One click away: the server computes it once (about a hundred settings), which takes a while the first time. */
export function SensitivitySection({ sourceLine }: { sourceLine: string }) {
  const { t: s } = useMessages(CATALOGUE);
  const [open, setOpen] = useState(false);
  return (
    <details className="simulator-more" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary data-action="sensitivity">{s("sens.open")}</summary>
      {open ? <SensitivityLoader sourceLine={sourceLine} /> : null}
    </details>
  );
}

/** Which sentence gives the simulator's number: the three blocs' count, a sum of bloc medians, or a bloc's band. */
function anchorMessage(anchor: ExternalAnchor) {
  if (anchor.compare?.bloc === "total") return "anchors.simulatedCount" as const;
  return anchor.compare?.bloc === "world" ? ("anchors.simulatedWorld" as const) : ("anchors.simulated" as const);
}

export function AnchorsSection({ compared }: { compared: Compared }) {
  const { lang, t: s } = useMessages(CATALOGUE);
  // Compute spans orders of magnitude: powers of ten, then the unit (FLOP or H100-equivalents); counts are whole.
  const format = (value: number, anchor: ExternalAnchor) =>
    anchor.compare && "count" in anchor.compare
      ? formatNumber(value, lang, 0)
      : `${formatCell(value, "FLOP", lang)} ${anchor.compare?.quantity === "computeStock" ? "H100e" : "FLOP"}`;
  return (
    <section className="simulator-anchors" aria-label={s("anchors.title")}>
      <h3>{s("anchors.title")}</h3>
      <p className="subtitle">{s("anchors.subtitle", { scenario: compared.label })}</p>
      <ul>
        {EXTERNAL_ANCHORS.map((anchor) => {
          // Null also for a count when the scenario's answer has no counts (no models from the server).
          const value = anchorValue(compared.result, anchor);
          return (
            <li key={anchor.id} data-anchor={anchor.id}>
              <strong>{anchor.claim[lang]}</strong>{" "}
              <a href={anchor.source.url}>
                {anchor.source.publisher}, “{anchor.source.title}” ({anchor.source.date})
              </a>
              <blockquote lang="en">“{anchor.source.quote}”</blockquote>
              {value ? (
                <p>
                  {s(anchorMessage(anchor), {
                    year: anchor.year,
                    median: format(value.median, anchor),
                    low: format(value.low, anchor),
                    high: format(value.high, anchor),
                    published: format(anchor.value!, anchor),
                  })}
                </p>
              ) : null}
              <p className="caveat">{anchor.note[lang]}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A paragraph per scenario, from its numbers against the other scenario's, in 2030. */
export function ScenarioParagraph({ subject, other, year }: { subject: Compared; other: Compared; year: number }) {
  const { lang } = useMessages(CATALOGUE);
  const side = (compared: Compared) => ({ label: compared.label, numbers: paragraphNumbers(compared.result, year) });
  return (
    <p className="scenario-paragraph" data-side={subject.side}>
      {scenarioParagraph(side(subject), side(other), year, lang)}
    </p>
  );
}
