/** Layer (a): hosted AI compute by the owner's bloc, from the hosted-compute indicator's `hosts` table. */
import { fetchIndicator, indicatorUrl } from "../../api/client.js";
import type { IndicatorResponse } from "../../api/types.js";
import { useAsync } from "../../api/use-async.js";
import { ChartFrame } from "../../components/chart-frame.js";
import { citationLines, epochSourceLine } from "../../components/citation.js";
import { Status } from "../../components/status.js";
import { formatDate, formatNumber, formatPercent } from "../../i18n/format.js";
import { useLang, useMessages } from "../../i18n/lang.js";
import { updateQuery, useLocation } from "../../state/location.js";
import { useReference } from "../../state/reference.js";
import type { CountryPaint } from "../../map/category-map.js";
import { hostedCategory, OTHER, paler, UNKNOWN, type HostedCategory } from "./categories.js";
import { CATALOGUE } from "./messages.js";

const OWNER_BLOCS = ["us", "china", "eu"];
const PARAMS = { ownerBlocs: OWNER_BLOCS.join(",") };
const FIRST_YEAR = 2016;
const FIXED_COLOURS: Readonly<Record<string, string>> = { [OTHER]: "#2a9d8f", [UNKNOWN]: "#8c6d46" };

function HostedMap({ response, latest }: { response: IndicatorResponse; latest: string }) {
  const { t } = useLang();
  const { lang, t: g } = useMessages(CATALOGUE);
  const reference = useReference();
  const { series } = response.data;
  const hosts = series.tables.find((table) => table.key === "hosts")!;
  const date = typeof hosts.rows[0]?.date === "string" ? hosts.rows[0].date : null;
  const owners = [...OWNER_BLOCS, OTHER];
  const ownerLabel = (owner: string) =>
    owner === OTHER ? g("owner.other") : owner === UNKNOWN ? g("owner.unknown") : reference.labelOf(owner, lang);
  const colourOf = (category: HostedCategory) => {
    const base = FIXED_COLOURS[category.owner] ?? reference.colourOf(category.owner);
    return category.strength === "plurality" ? paler(base) : base;
  };
  const labelOf = (category: HostedCategory) =>
    category.strength === "unknown"
      ? g("hostedUnknown")
      : g(category.strength === "majority" ? "hostedMajority" : "hostedPlurality", {
          owner: ownerLabel(category.owner),
        });

  const paint = new Map<string, CountryPaint>();
  const present = new Map<string, HostedCategory>();
  for (const row of hosts.rows) {
    const category = hostedCategory(row, owners);
    if (category === null) continue;
    const key = `${category.owner}:${category.strength}`;
    present.set(key, category);
    const leading = category.owner === UNKNOWN ? UNKNOWN : category.owner;
    paint.set(String(row.host), {
      colour: colourOf(category),
      category: key,
      text: g("hostedTooltip", {
        h100e: formatNumber(row.h100Equivalents as number, lang, 0),
        owner: ownerLabel(leading),
        share: formatPercent(row[`share_${leading}`] as number, lang),
        unknown: formatPercent(row.share_unknown as number, lang),
      }),
    });
  }
  // Legend in a fixed order: each owner's majority then plurality, then unknown; only what the map shows.
  const order = [...owners.flatMap((owner) => [`${owner}:majority`, `${owner}:plurality`]), `${UNKNOWN}:unknown`];
  const legend = [
    ...order
      .filter((key) => present.has(key))
      .map((key) => ({ label: labelOf(present.get(key)!), colour: colourOf(present.get(key)!) })),
    { label: g("hostedNoData"), colour: "#d4d4d4" },
  ];
  const shownDate = date ? formatDate(date, lang) : "?";
  const sourceLine = epochSourceLine(response, t, lang);
  return (
    <ChartFrame
      id="geopolitics-hosted"
      title={g("hostedTitle", { date: shownDate })}
      subtitle={g("hostedSubtitle", { date: shownDate })}
      method={series.method}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={hosts.columns}
      rows={hosts.rows}
      legend={legend}
      tableLabels={{
        keys: ["host", "leadingOwner"],
        label: (value) => (value === OTHER || value === UNKNOWN ? ownerLabel(value) : reference.labelOf(value, lang)),
      }}
      drawKey={`hosted ${lang} ${hosts.rows.length}`}
      draw={async (width) => {
        if (paint.size === 0) return null;
        const { categoryMap } = await import("../../map/category-map.js");
        return categoryMap(paint, { width, nameOf: (code) => reference.labelOf(code, lang), noDataText: g("noData") });
      }}
    >
      <div className="slider">
        <label htmlFor="hosted-year">
          {g("hostedSlider")}: <output htmlFor="hosted-year">{date ? date.slice(0, 4) : "?"}</output>
        </label>
        <input
          id="hosted-year"
          type="range"
          min={FIRST_YEAR}
          max={Number(latest.slice(0, 4))}
          step={1}
          value={Number((date ?? latest).slice(0, 4))}
          onChange={(event) =>
            updateQuery({ year: event.target.value === latest.slice(0, 4) ? null : event.target.value })
          }
        />
      </div>
    </ChartFrame>
  );
}

/** The latest day first (the indicator's default), then the chosen year's last day if one is in the URL. */
async function loadHosted(year: number | null): Promise<{ response: IndicatorResponse; latest: string }> {
  const latestResponse = await fetchIndicator("hosted-compute", PARAMS);
  const latest = String(
    latestResponse.data.series.tables.find((table) => table.key === "hosts")?.rows[0]?.date ??
      `${new Date().getUTCFullYear()}-12-31`,
  );
  if (year === null || year >= Number(latest.slice(0, 4))) return { response: latestResponse, latest };
  return { response: await fetchIndicator("hosted-compute", { ...PARAMS, date: `${year}-12-31` }), latest };
}

export function HostedLayer() {
  const { query } = useLocation();
  const requested = Number(query.get("year"));
  const year = Number.isInteger(requested) && requested >= FIRST_YEAR ? requested : null;
  const state = useAsync(indicatorUrl("hosted-compute", { ...PARAMS, year }), () => loadHosted(year));
  return state.status === "done" ? <HostedMap {...state.data} /> : <Status state={state} />;
}
