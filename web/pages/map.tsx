/** World map of installed AI compute per country with a year slider; the year lives in the URL. */
import { fetchIndicator, indicatorUrl } from "../api/client.js";
import type { IndicatorResponse } from "../api/types.js";
import { useAsync } from "../api/use-async.js";
import { ChartFrame } from "../components/chart-frame.js";
import { citationLines, epochSourceLine } from "../components/citation.js";
import { Status } from "../components/status.js";
import { formatDate } from "../i18n/format.js";
import { useLang } from "../i18n/lang.js";
import { updateQuery, useLocation } from "../state/location.js";
import { useReference } from "../state/reference.js";
import { PageHeader } from "./page-header.js";

const PARAMS = { everyCountry: "true", step: "year", from: 2010, blocs: "us,china,eu" };

function WorldMap({ response }: { response: IndicatorResponse }) {
  const { lang, t } = useLang();
  const reference = useReference();
  const { query } = useLocation();
  const { series } = response.data;
  const countryRows = series.rows.filter((row) => row.groupKind === "country" && row.status === "operational");
  const years = [...new Set(countryRows.map((row) => Number(String(row.date).slice(0, 4))))].sort((a, b) => a - b);
  const requested = Number(query.get("year"));
  const year = years.includes(requested) ? requested : years[years.length - 1]!;
  const rows = countryRows
    .filter(
      (row) =>
        String(row.date).startsWith(`${year}-`) && typeof row.h100Equivalents === "number" && row.h100Equivalents > 0,
    )
    .sort((a, b) => (b.h100Equivalents as number) - (a.h100Equivalents as number));
  const date = rows[0] ? String(rows[0].date) : `${year}-12-31`;
  const legendText = t("map.legend", { date: formatDate(date, lang) });
  const sourceLine = epochSourceLine(response, t, lang);
  const columns = series.columns.filter((column) =>
    ["group", "clusters", "h100Equivalents", "shareOfWorldH100e"].includes(column.key),
  );
  return (
    <ChartFrame
      id="world-map"
      title={`${t("map.title")}, ${year}`}
      subtitle={legendText}
      method={series.method}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={columns.map((column) =>
        column.key === "group" ? { ...column, label: { en: "Country", nl: "Land" } } : column,
      )}
      rows={rows}
      legend={[]}
      tableLabels={{ keys: ["group"], label: (code) => reference.labelOf(code, lang) }}
      drawKey={`map ${year} ${lang}`}
      draw={async (width) => {
        const { worldMap } = await import("../map/world-map.js");
        return worldMap(new Map(rows.map((row) => [String(row.group), row.h100Equivalents as number])), {
          width,
          lang,
          nameOf: (code) => reference.labelOf(code, lang),
          unit: "H100e",
        });
      }}
    >
      <div className="slider">
        <label htmlFor="map-year">
          {t("map.slider")}: <output htmlFor="map-year">{year}</output>
        </label>
        <input
          id="map-year"
          type="range"
          min={years[0]}
          max={years[years.length - 1]}
          step={1}
          value={year}
          onChange={(event) => updateQuery({ year: event.target.value })}
        />
      </div>
    </ChartFrame>
  );
}

export default function MapPage() {
  const { t } = useLang();
  const state = useAsync(indicatorUrl("installed-compute", PARAMS), () => fetchIndicator("installed-compute", PARAMS));
  return (
    <>
      <PageHeader title={t("map.title")} intro={t("map.intro")} />
      {state.status === "done" ? <WorldMap response={state.data} /> : <Status state={state} />}
    </>
  );
}
