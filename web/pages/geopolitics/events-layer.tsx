/** Layer (c): how many curated events of a kind name each country (declarations, votes, rules, bans, ...). */
import { fetchAll } from "../../api/client.js";
import type { EventRecord, IndicatorRow } from "../../api/types.js";
import { useAsync } from "../../api/use-async.js";
import { ChartFrame } from "../../components/chart-frame.js";
import { citationLines } from "../../components/citation.js";
import { curatedSourceLine } from "../../components/facts-source-line.js";
import { Status } from "../../components/status.js";
import { useLang, useMessages } from "../../i18n/lang.js";
import { NO_DATA } from "../../map/log-colour.js";
import type { CountryPaint } from "../../map/category-map.js";
import { updateQuery, useLocation } from "../../state/location.js";
import { useReference } from "../../state/reference.js";
import { binOf, countBins, countByCountry, type CountBin } from "./categories.js";
import { CATALOGUE, geoColumn, type GeoTranslate } from "./messages.js";

const BIN_COLOURS = ["#c6dbef", "#6baed6", "#3182bd", "#08519c", "#08306b"];
const ALL = "all";

function binLabel(bin: CountBin, g: GeoTranslate): string {
  if (bin.to === null) return g("eventsBinOpen", { from: bin.from });
  return bin.to === bin.from ? g("eventsBin", { from: bin.from }) : g("eventsBinRange", { from: bin.from, to: bin.to });
}

function EventsMap({ events }: { events: readonly EventRecord[] }) {
  const { t } = useLang();
  const { lang, t: g } = useMessages(CATALOGUE);
  const reference = useReference();
  const { query } = useLocation();
  const kinds = [...new Set(events.map((event) => event.event_kind))].sort();
  const requested = query.get("kind");
  const kind = requested !== null && kinds.includes(requested) ? requested : ALL;
  const chosen = events.filter((event) => kind === ALL || event.event_kind === kind);
  const counts = countByCountry(chosen);
  const bins = countBins(Math.max(0, ...counts.values()));
  const kindLabel = kind === ALL ? g("eventsKind.all") : kind;
  const paint = new Map<string, CountryPaint>(
    [...counts].map(([country, count]) => {
      const bin = binOf(count, bins);
      return [
        country,
        { colour: BIN_COLOURS[bin]!, category: String(bin), text: `${count} ${g("events").toLowerCase()}` },
      ];
    }),
  );
  const rows: IndicatorRow[] = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([country, count]) => ({
      country,
      count,
      titles: chosen
        .filter((event) => event.countries.includes(country))
        .map((event) => `${event.date}: ${lang === "nl" ? event.title_nl : event.title_en}`)
        .join(" | "),
    }));
  const columns = [
    geoColumn("country", "country"),
    geoColumn("count", "count", "events"),
    geoColumn("titles", "titles"),
  ];
  const sourceLine = curatedSourceLine(reference, t);
  return (
    <ChartFrame
      id="geopolitics-events"
      title={g("eventsTitle", { kind: kindLabel })}
      subtitle={g("eventsSubtitle", { kind: kindLabel, n: chosen.length })}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={columns}
      rows={rows}
      legend={[
        ...bins.map((bin, index) => ({ label: binLabel(bin, g), colour: BIN_COLOURS[index]! })),
        { label: g("eventsNone"), colour: NO_DATA },
      ]}
      tableLabels={{ keys: ["country"], label: (code) => reference.labelOf(code, lang) }}
      drawKey={`events ${kind} ${lang}`}
      draw={async (width) => {
        if (paint.size === 0) return null;
        const { categoryMap } = await import("../../map/category-map.js");
        return categoryMap(paint, { width, nameOf: (code) => reference.labelOf(code, lang), noDataText: "0" });
      }}
    >
      <label className="select">
        {g("eventsKind")}{" "}
        <select
          name="kind"
          value={kind}
          onChange={(event) => updateQuery({ kind: event.target.value === ALL ? null : event.target.value })}
        >
          <option value={ALL}>{g("eventsKind.all")}</option>
          {kinds.map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate}
            </option>
          ))}
        </select>
      </label>
    </ChartFrame>
  );
}

export function EventsLayer() {
  const state = useAsync("geopolitics-events", () => fetchAll<EventRecord>("events"));
  return state.status === "done" ? <EventsMap events={state.data} /> : <Status state={state} />;
}
