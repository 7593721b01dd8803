/** Layer (b): the US export-control country groups on a day, from the export-control engine via the API. */
import type { CountryGroupsQuery, CountryGroupsResponse, GroupCategory } from "../../../src/contract/geopolitics.js";
import { getJson, withQuery } from "../../api/client.js";
import type { IndicatorRow } from "../../api/types.js";
import { useAsync } from "../../api/use-async.js";
import { ChartFrame } from "../../components/chart-frame.js";
import { citationLines } from "../../components/citation.js";
import { Status } from "../../components/status.js";
import { formatDate } from "../../i18n/format.js";
import { useLang, useMessages } from "../../i18n/lang.js";
import { NO_DATA } from "../../map/log-colour.js";
import type { CountryPaint } from "../../map/category-map.js";
import { updateQuery, useLocation } from "../../state/location.js";
import { useReference } from "../../state/reference.js";
import { CATALOGUE, geoColumn, type GeoMessageKey } from "./messages.js";

type Category = GroupCategory;

// Strictest dark red to closest allies dark blue: a diverging scale, grey for none.
const CATEGORY_COLOURS: Readonly<Record<Category, string>> = {
  E: "#67001f",
  "D:5": "#c8463d",
  D: "#f4a582",
  "A:6": "#92c5de",
  "A:5": "#2166ac",
  none: NO_DATA,
};
const FIRST_DAY = "2022-01-01";

/** First days of every month from 2022 to the given day, the change days, and the day itself, in order. */
export function sliderDays(today: string, changes: readonly string[]): string[] {
  const days = new Set<string>([...changes.filter((day) => day >= FIRST_DAY && day <= today), today]);
  for (let year = 2022; year <= Number(today.slice(0, 4)); year++) {
    for (let month = 1; month <= 12; month++) {
      const day = `${year}-${String(month).padStart(2, "0")}-01`;
      if (day <= today) days.add(day);
    }
  }
  return [...days].sort();
}

function GroupsMap({ response, today }: { response: CountryGroupsResponse; today: string }) {
  const { t } = useLang();
  const { lang, t: g } = useMessages(CATALOGUE);
  const reference = useReference();
  const { date, countries, changes, sources, categories } = response.data;
  const categoryLabel = (category: Category) => g(`category.${category}` as GeoMessageKey);
  const paint = new Map<string, CountryPaint>(
    countries.map((entry) => [
      entry.country,
      {
        colour: CATEGORY_COLOURS[entry.category],
        category: entry.category,
        text: `${categoryLabel(entry.category)} — ${entry.groups.map((group) => `${group.group} (${group.confidence})`).join(", ")}`,
      },
    ]),
  );
  const rows: IndicatorRow[] = countries.map((entry) => ({
    date,
    country: entry.country,
    category: entry.category,
    groups: entry.groups.map((group) => `${group.group} (${group.confidence})`).join(", "),
    treatedAs: entry.treated_as,
    citation: [...new Set(entry.groups.map((group) => `${group.instrument} [${group.sources.join(", ")}]`))].join("; "),
  }));
  const columns = [
    geoColumn("date", "groupsSlider"),
    geoColumn("country", "country"),
    geoColumn("category", "category"),
    geoColumn("groups", "groups"),
    geoColumn("treatedAs", "treatedAs"),
    geoColumn("citation", "citation"),
  ];
  const days = sliderDays(today, changes);
  const index = Math.max(
    0,
    days.findIndex((day) => day >= date),
  );
  const sourceLine = g("groupsSource", {
    sources: Object.entries(sources)
      .map(([id, title]) => `${id}: ${title}`)
      .join("; "),
  });
  return (
    <ChartFrame
      id="geopolitics-groups"
      title={g("groupsTitle", { date: formatDate(date, lang) })}
      subtitle={g("groupsSubtitle", { date: formatDate(date, lang), n: countries.length })}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={columns}
      rows={rows}
      legend={categories.map((category) => ({ label: categoryLabel(category), colour: CATEGORY_COLOURS[category] }))}
      tableLabels={{ keys: ["country", "treatedAs"], label: (code) => reference.labelOf(code, lang) }}
      drawKey={`groups ${date} ${lang}`}
      draw={async (width) => {
        const { categoryMap } = await import("../../map/category-map.js");
        return categoryMap(paint, {
          width,
          nameOf: (code) => reference.labelOf(code, lang),
          noDataText: categoryLabel("none"),
        });
      }}
    >
      <div className="slider">
        <label htmlFor="groups-day">
          {g("groupsSlider")}: <output htmlFor="groups-day">{formatDate(date, lang)}</output>
        </label>
        <input
          id="groups-day"
          type="range"
          min={0}
          max={days.length - 1}
          step={1}
          value={index}
          onChange={(event) => updateQuery({ day: days[Number(event.target.value)] ?? null })}
        />
        <input
          type="date"
          aria-label={g("groupsSlider")}
          min={FIRST_DAY}
          value={date}
          onChange={(event) => event.target.value && updateQuery({ day: event.target.value })}
        />
      </div>
      <p className="subtitle">{g("groupsChanges", { days: changes.map((day) => formatDate(day, lang)).join(", ") })}</p>
    </ChartFrame>
  );
}

export function GroupsLayer() {
  const { query } = useLocation();
  // The dashboard shows today by default; the server never reads a clock, so the day is always sent.
  const today = new Date().toISOString().slice(0, 10);
  const requested = query.get("day");
  const day = requested !== null && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : today;
  const url = withQuery("/api/v1/geopolitics/country-groups", { date: day } satisfies CountryGroupsQuery);
  const state = useAsync(url, () => getJson<CountryGroupsResponse>(url));
  return state.status === "done" ? (
    <GroupsMap response={state.data} today={today > day ? today : day} />
  ) : (
    <Status state={state} />
  );
}
