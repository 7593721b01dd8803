/**
 * Curated events laid over a time-based chart: a dashed vertical line per event at its date, coloured by
 * kind, with the title, date and source as tooltip and a link to the source. Works on any Observable Plot
 * chart whose x axis is time (or whole years): it reads the plot's own x scale, so the charts need no change.
 */
import { fetchAll } from "../api/client.js";
import type { SourceRecord } from "../api/types.js";
import type { Lang } from "../i18n/locale.js";

const SVG_NS = "http://www.w3.org/2000/svg";

export interface OverlayEvent {
  readonly id: string;
  /** The day the mark stands on: a month's middle or a year's middle when the date is partial. */
  readonly day: string;
  readonly date: string;
  readonly kind: string;
  readonly title: { readonly en: string; readonly nl: string };
  readonly sourceTitle: string;
  readonly sourceUrl: string | null;
}

/** Fixed colours per event kind, so the same kind looks the same on every chart. */
export const EVENT_KIND_COLOURS: Readonly<Record<string, string>> = {
  "export-control": "#222222",
  "licence-letter": "#7b5ea7",
  regulation: "#1b9e77",
  ban: "#8a5a00",
  programme: "#2a9d8f",
  investment: "#e69f00",
  military: "#8c564b",
  declaration: "#cc79a7",
  "un-vote": "#56b4e9",
  quantum: "#009e73",
  other: "#999999",
};

export function eventColour(kind: string): string {
  return EVENT_KIND_COLOURS[kind] ?? "#777777";
}

/** "2023" -> mid-year, "2023-02" -> mid-month, a full day as itself. */
export function eventDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-07-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-15`;
  return date;
}

interface EventListRecord {
  readonly id: string;
  readonly date: string | null;
  readonly event_kind: string;
  readonly title_en: string;
  readonly title_nl: string;
  readonly source_id: string;
}

/** Every curated event with its source, for the overlay (the client caches the two lists). */
export async function loadOverlayEvents(): Promise<OverlayEvent[]> {
  const [events, sources] = await Promise.all([fetchAll<EventListRecord>("events"), fetchAll<SourceRecord>("sources")]);
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  return events.flatMap((event) => {
    if (event.date === null) return [];
    const source = sourceById.get(event.source_id);
    return [
      {
        id: event.id,
        day: eventDay(event.date),
        date: event.date,
        kind: event.event_kind,
        title: { en: event.title_en, nl: event.title_nl },
        sourceTitle: source ? `${source.publisher ? `${source.publisher}: ` : ""}${source.title}` : event.source_id,
        sourceUrl: source?.url ?? null,
      },
    ];
  });
}

/** The parts of an Observable Plot scale the overlay reads. */
interface PlotScale {
  readonly type?: string;
  readonly domain?: readonly unknown[];
  readonly range?: readonly number[];
  readonly bandwidth?: number;
  apply(value: unknown): number;
}
type PlotFigure = SVGSVGElement & { scale?: (name: string) => PlotScale | undefined };

const isYear = (value: unknown) => {
  const number = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && number >= 1900 && number <= 2100;
};

/**
 * A function from an ISO day to the chart's x pixel, or null when the chart's x axis is not time: a time
 * scale, a linear scale over years, or bands of whole years (the day falls within its year's band).
 */
export function timeAxisOf(svg: SVGSVGElement): ((day: string) => number | null) | null {
  const x = (svg as PlotFigure).scale?.("x");
  if (!x?.domain || x.domain.length === 0) return null;
  const inDomain = (pixel: number) => {
    const [a, b] = [Math.min(...x.range!), Math.max(...x.range!)];
    return Number.isFinite(pixel) && pixel >= a - 0.5 && pixel <= b + 0.5 ? pixel : null;
  };
  if (x.type === "utc" || x.type === "time") return (day) => inDomain(x.apply(new Date(`${day}T00:00:00Z`)));
  if (!x.domain.every(isYear)) return null;
  const fraction = (day: string) => {
    const start = Date.UTC(Number(day.slice(0, 4)), 0, 1);
    return (Date.parse(`${day}T00:00:00Z`) - start) / (Date.UTC(Number(day.slice(0, 4)) + 1, 0, 1) - start);
  };
  if (x.type === "linear") return (day) => inDomain(x.apply(Number(day.slice(0, 4)) + fraction(day)));
  if (x.type === "band" || x.type === "point") {
    const asDomain = (year: number) => x.domain!.find((value) => Number(value) === year);
    return (day) => {
      const value = asDomain(Number(day.slice(0, 4)));
      return value === undefined ? null : x.apply(value) + (x.bandwidth ?? 0) * fraction(day);
    };
  }
  return null;
}

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Readonly<Record<string, string | number>>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** Draws the events that fall on the chart's time axis; returns the kinds drawn (by first date) and how many. */
export function drawEventOverlay(
  svg: SVGSVGElement,
  events: readonly OverlayEvent[],
  lang: Lang,
  sourceWord: string,
): { kinds: string[]; count: number } {
  const xOf = timeAxisOf(svg);
  if (!xOf) return { kinds: [], count: 0 };
  const yRange = (svg as PlotFigure).scale?.("y")?.range;
  const height = Number(svg.getAttribute("height")) || 300;
  const [top, bottom] = yRange && yRange.length === 2 ? [Math.min(...yRange), Math.max(...yRange)] : [0, height];
  const layer = element("g", { class: "event-overlay", "aria-label": "events" });
  const kinds = new Set<string>();
  let count = 0;
  for (const event of [...events].sort((a, b) => a.day.localeCompare(b.day))) {
    const x = xOf(event.day);
    if (x === null) continue;
    const colour = eventColour(event.kind);
    const mark = element("a", event.sourceUrl ? { href: event.sourceUrl, target: "_blank", rel: "noreferrer" } : {});
    mark.setAttribute("data-event", event.id);
    mark.append(
      element("line", {
        x1: x,
        x2: x,
        y1: top,
        y2: bottom,
        stroke: colour,
        "stroke-width": 1.2,
        "stroke-dasharray": "3,3",
        "stroke-opacity": 0.85,
      }),
      element("path", { d: `M${x - 4},${top - 6}L${x + 4},${top - 6}L${x},${top}Z`, fill: colour }),
      // A wide transparent line makes the thin mark easy to point at.
      element("line", { x1: x, x2: x, y1: top - 6, y2: bottom, stroke: "transparent", "stroke-width": 8 }),
    );
    const title = element("title", {});
    title.textContent = `${event.date}: ${event.title[lang]} (${event.kind}). ${sourceWord}: ${event.sourceTitle}${event.sourceUrl ? ` <${event.sourceUrl}>` : ""}`;
    mark.append(title);
    layer.append(mark);
    kinds.add(event.kind);
    count += 1;
  }
  if (count > 0) svg.append(layer);
  return { kinds: [...kinds], count };
}
