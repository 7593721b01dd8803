/**
 * A chart of one table of one indicator: fetches the series from the API with the given parameters,
 * then hands rows to a lazily loaded chart module and everything else to the frame.
 */
import type { ReactNode } from "react";
import { fetchIndicator, indicatorUrl, type QueryParams } from "../api/client.js";
import type { IndicatorResponse, IndicatorRow, IndicatorSeries, IndicatorTable } from "../api/types.js";
import { useAsync } from "../api/use-async.js";
import { loadChart, type ChartName } from "../charts/registry.js";
import { useLang } from "../i18n/lang.js";
import { useReference } from "../state/reference.js";
import { ChartFrame } from "./chart-frame.js";
import type { ShownPeriod } from "./method-note.js";
import { citationLines, epochSourceLine } from "./citation.js";
import { Status } from "./status.js";

export interface IndicatorChartProps {
  readonly id: string;
  readonly indicator: string;
  readonly params: QueryParams;
  readonly chart: ChartName;
  /** Which table of the series to draw (default the main one). */
  readonly table?: string;
  /** Keeps the rows the chart is about (e.g. operational clusters only). */
  readonly rows?: (rows: readonly IndicatorRow[]) => IndicatorRow[];
  /** Column whose values are the coloured groups (default "group"). */
  readonly groupKey?: string;
  /** Names for group ids the reference data does not know (e.g. company ids); default the bloc/country names. */
  readonly groupLabel?: (group: string) => string | undefined;
  /** The years the chart shows when its rows are cut to the period on the page (default: the params' from/to). */
  readonly shown?: ShownPeriod;
  /** Title override; default the table's title. */
  readonly title?: string;
  /** A sentence answering the question, computed from the series. */
  readonly headline?: (series: IndicatorSeries) => ReactNode;
  readonly children?: ReactNode;
}

function year(value: QueryParams[string]): number | undefined {
  return typeof value === "number"
    ? value
    : typeof value === "string" && /^\d{4}$/.test(value)
      ? Number(value)
      : undefined;
}

/** The period the page's controls asked for, as the chart subtitle names it. */
function shownPeriod(params: QueryParams): ShownPeriod {
  return { from: year(params.from), to: year(params.to) };
}

export function IndicatorChart(props: IndicatorChartProps) {
  const url = indicatorUrl(props.indicator, props.params);
  // The chart's module loads while the data is fetched.
  const state = useAsync(url, () =>
    Promise.all([fetchIndicator(props.indicator, props.params), loadChart(props.chart)]).then(([response]) => response),
  );
  if (state.status !== "done") return <Status state={state} />;
  return <LoadedIndicatorChart {...props} response={state.data} />;
}

function LoadedIndicatorChart(props: IndicatorChartProps & { response: IndicatorResponse }) {
  const { lang, t } = useLang();
  const reference = useReference();
  const { series } = props.response.data;
  const table: IndicatorTable =
    series.tables.find((candidate) => candidate.key === (props.table ?? "main")) ?? series.tables[0]!;
  const rows = props.rows ? props.rows(table.rows) : [...table.rows];
  const groupKey = props.groupKey ?? "group";
  const groups = reference.orderGroups([
    ...new Set(
      rows.map((row) => row[groupKey]).filter((value): value is string => typeof value === "string" && value !== ""),
    ),
  ]);
  const labelOf = (group: string) => props.groupLabel?.(group) ?? reference.labelOf(group, lang);
  const legend = groups.map((group) => ({ label: labelOf(group), colour: reference.colourOf(group) }));
  const sourceLine = epochSourceLine(props.response, t, lang);
  const data: IndicatorTable = { ...table, rows };
  const draw = async (width: number) => {
    if (rows.length === 0) return null;
    const chart = await loadChart(props.chart);
    return chart(data, {
      width,
      lang,
      groupKey,
      colourOf: reference.colourOf,
      labelOf,
      order: reference.orderGroups,
    });
  };
  return (
    <ChartFrame
      id={props.id}
      title={props.title ?? table.title[lang]}
      method={series.method}
      shown={props.shown ?? shownPeriod(props.params)}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={table.columns}
      rows={rows}
      legend={legend}
      draw={draw}
      drawKey={`${props.id} ${props.indicator} ${JSON.stringify(props.params)} ${lang} ${rows.length} ${legend.map((entry) => entry.label).join("|")}`}
      tableLabels={{
        keys: [groupKey, "group", "leader", "follower"],
        label: labelOf,
      }}
    >
      {props.response.data.missing_data.length > 0 ? (
        <p className="headline data-missing" role="note">
          {t("chart.dataMissing", { kinds: props.response.data.missing_data.join(", ") })}
        </p>
      ) : props.headline ? (
        <p className="headline">{props.headline(series)}</p>
      ) : null}
      {props.children}
    </ChartFrame>
  );
}
