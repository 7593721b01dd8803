/**
 * Regulation as it exists in the data now: dated regulation and export-control events from the curated
 * facts, and the models above the AI Act's compute threshold; the checkers have their own pages.
 */
import { fetchAll } from "../api/client.js";
import type { FactRecord, IndicatorRow, SourceRecord } from "../api/types.js";
import { useAsync } from "../api/use-async.js";
import { loadChart } from "../charts/registry.js";
import { ChartFrame, eventKindLabel } from "../components/chart-frame.js";
import { citationLines } from "../components/citation.js";
import { messageColumn } from "../components/columns.js";
import { Controls } from "../components/controls.js";
import { eventColour } from "../components/event-overlay.js";
import { curatedSourceLine } from "../components/facts-source-line.js";
import { IndicatorChart } from "../components/indicator-chart.js";
import { Status } from "../components/status.js";
import { useLang } from "../i18n/lang.js";
import { useReference } from "../state/reference.js";
import { useViewParams, type ViewParams } from "../state/view-params.js";
import { PageHeader } from "./page-header.js";
import { firstGroup } from "./shared-params.js";

const EVENT_KINDS = ["regulation", "export-control", "licence-letter", "ban"];

async function loadEvents(): Promise<{ events: FactRecord[]; sources: Map<string, SourceRecord> }> {
  const [events, sources] = await Promise.all([
    fetchAll<FactRecord>("facts", { kind: "event", predicate: EVENT_KINDS.join(",") }),
    fetchAll<SourceRecord>("sources"),
  ]);
  return { events, sources: new Map(sources.map((source) => [source.id, source])) };
}

function EventsChart({ view }: { view: ViewParams }) {
  const { lang, t } = useLang();
  const reference = useReference();
  const state = useAsync("regulation-events", loadEvents);
  if (state.status !== "done") return <Status state={state} />;
  const { events, sources } = state.data;
  const rows: IndicatorRow[] = events
    .filter(
      (fact) =>
        fact.date !== null &&
        Number(fact.date.slice(0, 4)) >= view.from &&
        (view.to === undefined || Number(fact.date.slice(0, 4)) <= view.to),
    )
    .map((fact) => {
      const source = sources.get(fact.source_id);
      return {
        date: fact.date,
        day: fact.date!.length === 4 ? `${fact.date}-07-01` : fact.date!.length === 7 ? `${fact.date}-15` : fact.date,
        kind: fact.predicate,
        event: String((lang === "nl" ? fact.detail.title_nl : fact.detail.title_en) ?? fact.id),
        countries: Array.isArray(fact.detail.countries) ? fact.detail.countries.join(", ") : "",
        source: source
          ? `${source.publisher ? `${source.publisher}: ` : ""}${source.title}${source.url ? ` <${source.url}>` : ""}`
          : fact.source_id,
        confidence: fact.confidence,
      };
    });
  const kinds = EVENT_KINDS.filter((kind) => rows.some((row) => row.kind === kind));
  const columns = [
    messageColumn("date", "regulation.date"),
    messageColumn("kind", "regulation.kind"),
    messageColumn("event", "regulation.event"),
    messageColumn("countries", "regulation.countries"),
    messageColumn("source", "regulation.source"),
    messageColumn("confidence", "regulation.confidence"),
  ];
  const sourceLine = curatedSourceLine(reference, t);
  return (
    <ChartFrame
      id="regulation-events"
      title={t("regulation.events")}
      subtitle={t("regulation.eventsSubtitle", {
        kinds: kinds.map((kind) => eventKindLabel(kind, t)).join(", "),
        n: rows.length,
      })}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={columns}
      rows={rows}
      legend={kinds.map((kind) => ({ label: eventKindLabel(kind, t), colour: eventColour(kind) }))}
      tableLabels={{ keys: ["kind"], label: (kind) => eventKindLabel(kind, t) }}
      drawKey={`events ${lang} ${view.from} ${view.to} ${rows.length}`}
      draw={async (width) => {
        if (rows.length === 0) return null;
        const chart = await loadChart("events-timeline");
        return chart(
          { key: "events", title: { en: "", nl: "" }, columns, rows, units: {} },
          {
            width,
            lang,
            groupKey: "kind",
            colourOf: (kind) => eventColour(kind),
            labelOf: (kind) => eventKindLabel(kind, t),
          },
        );
      }}
    />
  );
}

export default function Regulation() {
  const { t } = useLang();
  const view = useViewParams({ from: 2017 });
  return (
    <>
      <PageHeader title={t("regulation.title")} intro={t("regulation.intro")} />
      <Controls view={view} />
      <div className="charts">
        <EventsChart view={view} />
        <IndicatorChart
          id="regulation-thresholds"
          indicator="regulatory-thresholds"
          params={{ blocs: view.blocs.join(","), from: view.from, to: view.to, attribution: view.attribution }}
          chart="thresholds"
          rows={firstGroup}
        />
      </div>
    </>
  );
}
