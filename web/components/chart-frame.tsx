/**
 * Everything around a chart: title, method subtitle, legend, the drawing or its table, the source line
 * with citation, and downloads (CSV, SVG, PNG) that carry the citation inside the file.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { Column, IndicatorMethod, IndicatorRow } from "../api/types.js";
import { tableToCsv } from "../export/csv.js";
import { svgToPng } from "../export/png.js";
import { saveFile } from "../export/save-file.js";
import { composeSvg, type LegendEntry } from "../export/svg.js";
import { useLang } from "../i18n/lang.js";
import { updateQuery, useLocation } from "../state/location.js";
import type { MessageKey } from "../i18n/messages-en.js";
import { stepTooltip } from "./chart-keys.js";
import { DataTable, type CellLabels } from "./data-table.js";
import {
  drawEventOverlay,
  EVENT_KIND_COLOURS,
  eventColour,
  loadOverlayEvents,
  NO_OVERLAY,
  timeAxisOf,
  type Overlay,
} from "./event-overlay.js";
import { MethodNote, methodSummary, type ShownPeriod } from "./method-note.js";
import { readableTable, wideTable, type TableView } from "./table-shape.js";
import { useWidth } from "./use-width.js";

export interface ChartFrameProps {
  /** Stable id: the anchor, the table toggle in the URL, and the file names. */
  readonly id: string;
  readonly title: string;
  /** Shown under the title; with a method, its summary follows. */
  readonly subtitle?: string;
  readonly method?: IndicatorMethod | null;
  /** The years the page's period control shows, named in the subtitle. */
  readonly shown?: ShownPeriod;
  /** The visible source line (sources, licence, snapshot). */
  readonly sourceLine: string;
  /** Lines written into every downloaded file: source line and the link to this view. */
  readonly citation: readonly string[];
  readonly columns: readonly Column[];
  readonly rows: readonly IndicatorRow[];
  readonly legend: readonly LegendEntry[];
  /** Draws the chart at a width; null when there is nothing to draw. Re-run when drawKey changes. */
  readonly draw: (width: number) => Promise<SVGSVGElement | null>;
  readonly drawKey: string;
  /** Names for ids in cells; its first key is the group column the wide table spreads into columns. */
  readonly tableLabels?: CellLabels;
  readonly children?: ReactNode;
}

let firstChartMarked = false;

function tablesInUrl(query: URLSearchParams): string[] {
  return (query.get("table") ?? "").split(",").filter((id) => id !== "");
}

const ALL_EVENTS = "all";

/** The table as shown and downloaded: wide (years x groups) unless the reader chose long, ids as names. */
function tableFor(props: ChartFrameProps, lang: "en" | "nl", long: boolean): { view: TableView; canWiden: boolean } {
  const readable = readableTable(props.columns, props.rows, lang);
  const labels = props.tableLabels;
  const wide = labels?.keys[0] ? wideTable(readable, labels.keys[0], labels.label, lang) : null;
  return { view: wide && !long ? wide : readable, canWiden: wide !== null };
}

function labelledRows(view: TableView, labels: CellLabels | undefined): TableView {
  if (!labels) return view;
  const rows = view.rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        typeof value === "string" && labels.keys.includes(key) ? labels.label(value) : value,
      ]),
    ),
  );
  return { columns: view.columns, rows };
}

/** An event kind in the language ("licence letter" / "vergunningsbrief"); every kind with a colour has words. */
export function eventKindLabel(kind: string, t: (key: MessageKey) => string): string {
  return kind in EVENT_KIND_COLOURS ? t(`eventKind.${kind}` as MessageKey) : kind;
}

/** ?events=chart-id:kind,other-chart:all -> the event kind laid over each chart. */
function overlaysInUrl(query: URLSearchParams): Map<string, string> {
  return new Map(
    (query.get("events") ?? "").split(",").flatMap((entry) => {
      const at = entry.lastIndexOf(":");
      return at > 0 ? [[entry.slice(0, at), entry.slice(at + 1)] as const] : [];
    }),
  );
}

export function ChartFrame(props: ChartFrameProps) {
  const { lang, t } = useLang();
  const { query } = useLocation();
  const frameRef = useRef<HTMLElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const width = useWidth(frameRef);
  const [drawn, setDrawn] = useState<"pending" | "drawn" | "empty">("pending");
  const tables = tablesInUrl(query);
  const showTable = tables.includes(props.id);
  const overlays = overlaysInUrl(query);
  const overlayKind = overlays.get(props.id) ?? null;
  // Whether the drawing has a time axis (so events can be laid over it), and the event kinds drawn on it.
  const [timeBased, setTimeBased] = useState(false);
  const [overlaid, setOverlaid] = useState<Overlay>(NO_OVERLAY);
  const [tipAt, setTipAt] = useState<{ position: number; text: string }>({ position: -1, text: "" });
  const long = (query.get("long") ?? "").split(",").includes(props.id);
  const table = tableFor(props, lang, long);
  const subtitle = [props.subtitle, props.method ? methodSummary(props.method, t, lang, props.shown) : null]
    .filter(Boolean)
    .join(" ");

  useEffect(() => {
    if (showTable) return;
    let live = true;
    // the frame shows "drawing" while the new chart is built; one extra render per redraw is intended
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDrawn("pending");
    drawWithEvents(width - 2).then(({ svg, overlay }) => {
      if (!live || !chartRef.current) return;
      // The frame is the chart's accessible image (title, subtitle, keyboard values, the table one click
      // away); the drawing's own groups are hidden from assistive technology.
      svg?.setAttribute("aria-hidden", "true");
      chartRef.current.replaceChildren(...(svg ? [svg] : []));
      setTimeBased(svg !== null && timeAxisOf(svg) !== null);
      setOverlaid(overlay);
      setDrawn(svg ? "drawn" : "empty");
      if (svg && !firstChartMarked) {
        firstChartMarked = true;
        performance.mark("wedloop:first-chart");
      }
    });
    return () => {
      live = false;
    };
    // drawKey names the data and language the drawing depends on
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.drawKey, width, showTable, overlayKind, lang]);

  /** The chart, with the chosen curated events laid over it when its x axis is time. */
  async function drawWithEvents(drawWidth: number): Promise<{ svg: SVGSVGElement | null; overlay: Overlay }> {
    const svg = await props.draw(drawWidth);
    if (!svg || overlayKind === null || timeAxisOf(svg) === null) return { svg, overlay: NO_OVERLAY };
    const events = (await loadOverlayEvents()).filter(
      (event) => overlayKind === ALL_EVENTS || event.kind === overlayKind,
    );
    return { svg, overlay: drawEventOverlay(svg, events, lang, t("chart.eventsSource")) };
  }

  const chooseEvents = (kind: string) => {
    overlays.delete(props.id);
    if (kind !== "") overlays.set(props.id, kind);
    updateQuery({ events: [...overlays].map(([id, chosen]) => `${id}:${chosen}`).join(",") || null });
  };
  const legend = [
    ...props.legend,
    ...overlaid.kinds.map((kind) => ({
      label: t("chart.eventsLegend", { kind: eventKindLabel(kind, t) }),
      colour: eventColour(kind),
    })),
  ];
  const toggleLong = () => {
    const others = (query.get("long") ?? "").split(",").filter((id) => id !== "" && id !== props.id);
    updateQuery({ long: (long ? others : [...others, props.id]).join(",") || null });
  };
  const onChartKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const svg = chartRef.current?.querySelector("svg");
    if (!svg) return;
    const step = stepTooltip(svg, event.key, tipAt.position);
    if (!step) return;
    event.preventDefault();
    setTipAt(step);
  };

  const toggleTable = () => {
    const next = showTable ? tables.filter((id) => id !== props.id) : [...tables, props.id];
    updateQuery({ table: next.join(",") || null });
  };
  const fileName = (extension: string) => `wedloop-${props.id}-${lang}.${extension}`;
  const exportMeta = () => ({ title: props.title, subtitle, legend, footer: props.citation });
  const downloadCsv = () => {
    const { columns, rows } = labelledRows(table.view, props.tableLabels);
    saveFile(
      new Blob([tableToCsv(columns, rows, lang, [props.title, ...props.citation])], {
        type: "text/csv;charset=utf-8",
      }),
      fileName("csv"),
    );
  };
  const drawForExport = async () => {
    const { svg } = await drawWithEvents(width - 2);
    if (!svg) throw new Error("nothing to draw");
    return composeSvg(svg, exportMeta());
  };
  const downloadSvg = async () =>
    saveFile(new Blob([(await drawForExport()).text], { type: "image/svg+xml" }), fileName("svg"));
  const downloadPng = async () =>
    saveFile(await svgToPng(await drawForExport(), props.citation.join(" ")), fileName("png"));

  return (
    <section
      className="chart"
      id={props.id}
      ref={frameRef}
      aria-labelledby={`${props.id}-title`}
      data-chart={props.id}
      data-drawn={showTable ? "table" : drawn}
    >
      <header>
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <p className="subtitle">{subtitle}</p>
        {props.method ? <MethodNote method={props.method} /> : null}
      </header>
      {props.children}
      <div className="chart-tools" role="toolbar" aria-label={props.title}>
        <button type="button" aria-pressed={showTable} onClick={toggleTable} data-action="toggle-table">
          {showTable ? t("chart.showChart") : t("chart.showTable")}
        </button>
        {timeBased || overlayKind !== null ? (
          <label className="event-toggle">
            {t("chart.events")}{" "}
            <select
              value={overlayKind ?? ""}
              onChange={(event) => chooseEvents(event.target.value)}
              data-action="events"
            >
              <option value="">{t("chart.eventsNone")}</option>
              <option value={ALL_EVENTS}>{t("chart.eventsAll")}</option>
              {Object.keys(EVENT_KIND_COLOURS).map((kind) => (
                <option key={kind} value={kind}>
                  {eventKindLabel(kind, t)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <span className="downloads" role="group" aria-label={t("chart.downloads")}>
          {t("chart.downloads")}:{" "}
          <button type="button" onClick={downloadCsv} data-action="download-csv">
            {t("chart.csv")}
          </button>
          <button type="button" onClick={downloadSvg} data-action="download-svg" disabled={drawn === "empty"}>
            {t("chart.svg")}
          </button>
          <button type="button" onClick={downloadPng} data-action="download-png" disabled={drawn === "empty"}>
            {t("chart.png")}
          </button>
        </span>
      </div>
      {showTable ? (
        <>
          {table.canWiden ? (
            <div className="table-tools" role="group" aria-label={t("chart.layout")}>
              <button type="button" aria-pressed={!long} onClick={long ? toggleLong : undefined} data-action="wide">
                {t("chart.wide")}
              </button>
              <button type="button" aria-pressed={long} onClick={long ? undefined : toggleLong} data-action="long">
                {t("chart.long")}
              </button>
            </div>
          ) : null}
          <DataTable
            caption={props.title}
            columns={table.view.columns}
            rows={table.view.rows}
            labelOf={props.tableLabels}
          />
        </>
      ) : (
        <>
          {legend.length > 0 ? (
            <ul className="legend" aria-label={t("chart.legend")}>
              {legend.map((entry) => (
                <li key={entry.label}>
                  <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" />
                  {entry.label}
                </li>
              ))}
            </ul>
          ) : null}
          {overlaid.events.length > 0 ? (
            <p className="subtitle event-hint">{t("chart.eventsHint", { n: overlaid.events.length })}</p>
          ) : null}
          <div
            className="plot"
            ref={chartRef}
            role="img"
            tabIndex={drawn === "drawn" ? 0 : undefined}
            aria-label={`${props.title}. ${subtitle} ${t("chart.keyboard")}`}
            onKeyDown={onChartKey}
          />
          <p className="visually-hidden" aria-live="polite">
            {tipAt.text}
          </p>
          {overlaid.events.length > 0 ? (
            <ol className="event-list">
              {overlaid.events.map((event) => (
                <li key={event.number} value={event.number}>
                  <span className="swatch" style={{ background: eventColour(event.kind) }} aria-hidden="true" />{" "}
                  {event.date}: {event.sourceUrl ? <a href={event.sourceUrl}>{event.title}</a> : event.title} (
                  {eventKindLabel(event.kind, t)})
                </li>
              ))}
            </ol>
          ) : null}
          {overlaid.total > overlaid.events.length ? (
            <p className="subtitle event-capped">
              {t("chart.eventsCapped", { shown: overlaid.events.length, n: overlaid.total })}
            </p>
          ) : null}
          {drawn === "empty" ? <p className="empty">{t("chart.empty")}</p> : null}
        </>
      )}
      <p className="source">{props.sourceLine}</p>
    </section>
  );
}
