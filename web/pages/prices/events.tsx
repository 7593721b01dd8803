/** The price war as events: DeepSeek's moves and the cuts around them, a timeline with its table and sources. */
import { fetchAll } from "../../api/client.js";
import type { FactRecord, IndicatorRow, SourceRecord } from "../../api/types.js";
import { useAsync } from "../../api/use-async.js";
import { loadChart } from "../../charts/registry.js";
import { ChartFrame } from "../../components/chart-frame.js";
import { citationLines } from "../../components/citation.js";
import { Status } from "../../components/status.js";
import { useLang, useMessages } from "../../i18n/lang.js";
import { useReference } from "../../state/reference.js";
import { CATALOGUE, pricesColumn } from "./messages.js";

const EVENT_KINDS = "price-cut,price-change";

export function PriceWarEvents() {
  const state = useAsync(`price-war ${EVENT_KINDS}`, () =>
    Promise.all([fetchAll<FactRecord>("events", { event_kind: EVENT_KINDS }), fetchAll<SourceRecord>("sources", {})]),
  );
  if (state.status !== "done") return <Status state={state} />;
  return <LoadedEvents events={state.data[0]} sources={state.data[1]} />;
}

function LoadedEvents({ events, sources }: { events: readonly FactRecord[]; sources: readonly SourceRecord[] }) {
  const { t } = useLang();
  const { lang, t: p } = useMessages(CATALOGUE);
  const reference = useReference();
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const countries = (event: FactRecord) =>
    Array.isArray(event.detail.countries) ? (event.detail.countries as string[]) : [];
  const rows: IndicatorRow[] = events.map((event) => ({
    date: event.date,
    day: event.date,
    group: countries(event).includes("CN") ? "china" : "us",
    event: String(lang === "nl" ? event.detail.title_nl : event.detail.title_en),
    source: sourceById.get(event.source_id)?.url ?? event.source_id,
    quote: event.quote,
    confidence: event.confidence,
  }));
  const cited = [...new Set(events.map((event) => event.source_id))].flatMap((id) => sourceById.get(id) ?? []);
  const sourceLine = t("chart.source", {
    sources: cited.map((source) => `${source.publisher ?? ""}, ${source.title}, ${source.url}`).join("; "),
  });
  const groups = [...new Set(rows.map((row) => String(row.group)))];
  return (
    <ChartFrame
      id="prices-events"
      title={p("eventsTitle")}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={[
        pricesColumn("date", "col.date"),
        pricesColumn("event", "col.event"),
        pricesColumn("source", "col.source"),
        pricesColumn("quote", "col.quote"),
        pricesColumn("confidence", "col.confidence"),
      ]}
      rows={rows}
      legend={groups.map((group) => ({ label: reference.labelOf(group, lang), colour: reference.colourOf(group) }))}
      draw={async (width) => {
        if (rows.length === 0) return null;
        const chart = await loadChart("events-timeline");
        return chart(
          { key: "events", title: { en: "", nl: "" }, columns: [], rows, units: {} },
          {
            width,
            lang,
            groupKey: "group",
            colourOf: reference.colourOf,
            labelOf: (group) => reference.labelOf(group, lang),
          },
        );
      }}
      drawKey={`prices-events ${lang} ${rows.length}`}
    >
      <p>{p("eventsIntro")}</p>
    </ChartFrame>
  );
}
