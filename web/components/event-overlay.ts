/**
 * Curated events laid over a time-based chart: a dashed vertical line per event at its date, coloured by
 * kind, numbered at the top (the numbers are explained in a list under the chart), with the title, date and
 * source as tooltip and a link to the source. At most MAX_OVERLAY_EVENTS are drawn (the latest), so a chart
 * never turns into a fence of lines. Works on any Observable Plot chart whose x axis is time (or whole years):
 * it reads the plot's own x scale, so the charts need no change.
 */
import { fetchAll } from "../api/client.js";
import type { EventRecord, SourceRecord } from "../api/types.js";
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

/**
 * Fixed colours per event kind, so the same kind looks the same on every chart: dark shades that stay
 * apart from the bloc colours (blue, red, yellow, purple, grey, green) and read on white (contrast >= 4.5).
 */
export const EVENT_KIND_COLOURS: Readonly<Record<string, string>> = {
  "export-control": "#222222",
  "licence-letter": "#6b4226",
  regulation: "#00727d",
  ban: "#ad1457",
  programme: "#1a237e",
  investment: "#7a6a00",
  military: "#4e342e",
  declaration: "#880e4f",
  "un-vote": "#01579b",
  quantum: "#1b5e20",
  other: "#555555",
};

/** The most event lines one chart draws; a reader who wants more picks one kind. */
export const MAX_OVERLAY_EVENTS = 12;

export interface DrawnEvent {
  readonly number: number;
  readonly date: string;
  readonly kind: string;
  readonly title: string;
  readonly sourceUrl: string | null;
}

export function eventColour(kind: string): string {
  return EVENT_KIND_COLOURS[kind] ?? "#777777";
}

/** "2023" -> mid-year, "2023-02" -> mid-month, a full day as itself. */
export function eventDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-07-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-15`;
  return date;
}

/** Every curated event with its source, for the overlay (the client caches the two lists). */
export async function loadOverlayEvents(): Promise<OverlayEvent[]> {
  const [events, sources] = await Promise.all([fetchAll<EventRecord>("events"), fetchAll<SourceRecord>("sources")]);
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  return events.flatMap((event) => {
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

export interface Overlay {
  /** Kinds drawn, by first date. */
  readonly kinds: readonly string[];
  /** Events drawn, numbered as on the chart. */
  readonly events: readonly DrawnEvent[];
  /** Events that fall on the chart's axis, drawn or not. */
  readonly total: number;
}

export const NO_OVERLAY: Overlay = { kinds: [], events: [], total: 0 };

/** Draws the latest events that fall on the chart's time axis (at most MAX_OVERLAY_EVENTS), numbered. */
export function drawEventOverlay(
  svg: SVGSVGElement,
  events: readonly OverlayEvent[],
  lang: Lang,
  sourceWord: string,
): Overlay {
  const xOf = timeAxisOf(svg);
  if (!xOf) return NO_OVERLAY;
  const yRange = (svg as PlotFigure).scale?.("y")?.range;
  const height = Number(svg.getAttribute("height")) || 300;
  const [top, bottom] = yRange && yRange.length === 2 ? [Math.min(...yRange), Math.max(...yRange)] : [0, height];
  const layer = element("g", { class: "event-overlay", "aria-label": "events" });
  const kinds = new Set<string>();
  const onAxis = [...events]
    .sort((a, b) => a.day.localeCompare(b.day))
    .flatMap((event) => {
      const x = xOf(event.day);
      return x === null ? [] : [{ event, x }];
    });
  const shown = onAxis.slice(-MAX_OVERLAY_EVENTS);
  const drawn: DrawnEvent[] = [];
  // Numbers that would touch the previous one step down a row (three rows, then round again).
  let lastX = -Infinity;
  let row = 0;
  for (const [index, { event, x }] of shown.entries()) {
    const number = index + 1;
    row = x - lastX < 14 ? (row + 1) % 3 : 0;
    lastX = x;
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
    const label = element("text", {
      x,
      y: top + 10 + row * 11,
      "text-anchor": "middle",
      "font-size": 9,
      "font-weight": 700,
      fill: colour,
      stroke: "#ffffff",
      "stroke-width": 3,
      "paint-order": "stroke",
    });
    label.textContent = String(number);
    const title = element("title", {});
    title.textContent = `${number}. ${event.date}: ${event.title[lang]}. ${sourceWord}: ${event.sourceTitle}${event.sourceUrl ? ` <${event.sourceUrl}>` : ""}`;
    mark.append(label, title);
    layer.append(mark);
    kinds.add(event.kind);
    drawn.push({ number, date: event.date, kind: event.kind, title: event.title[lang], sourceUrl: event.sourceUrl });
  }
  if (drawn.length > 0) svg.append(layer);
  return { kinds: [...kinds], events: drawn, total: onAxis.length };
}
