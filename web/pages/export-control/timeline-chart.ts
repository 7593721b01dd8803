/** The licence status of one chip for one destination over time: one bar per period of equal answer. */
import { dateTick, Plot, plotSvg } from "../../charts/plot-kit.js";
import type { Lang } from "../../i18n/locale.js";
import { ANSWER_COLOURS } from "./colours.js";

export interface TimelineBar {
  readonly from: string;
  readonly until: string;
  readonly code: string;
  readonly answer: string;
  readonly label: string;
}

const day = (text: string, plusDays = 0) => new Date(Date.parse(`${text}T00:00:00Z`) + plusDays * 86_400_000);

export default function timelineChart(
  bars: readonly TimelineBar[],
  options: { width: number; lang: Lang },
): SVGSVGElement {
  const rows = bars.map((bar) => ({ ...bar, start: day(bar.from), end: day(bar.until, 1) }));
  return plotSvg({
    width: options.width,
    height: 120,
    marginLeft: 20,
    marginRight: 20,
    x: {
      type: "utc",
      label: null,
      tickFormat: dateTick(options.lang),
      ticks: Math.min(8, Math.floor(options.width / 90)),
    },
    y: { axis: null },
    color: { type: "ordinal", domain: Object.keys(ANSWER_COLOURS), range: Object.values(ANSWER_COLOURS) },
    marks: [
      Plot.rectX(rows, {
        x1: "start",
        x2: "end",
        y1: 0,
        y2: 1,
        fill: "answer",
        stroke: "#ffffff",
        tip: true,
        title: (row) => `${row.from} – ${row.until}: ${row.label} (${row.code})`,
      }),
      Plot.text(rows, {
        x: (row) => new Date((row.start.getTime() + row.end.getTime()) / 2),
        y: 0.5,
        text: "code",
        fill: "#ffffff",
        fontWeight: 600,
      }),
    ],
  });
}
