/** Europe against its rivals: each bloc's rank (1 = first) on every measure, one row per measure. */
import { translate } from "../i18n/lang.js";
import type { IndicatorRow } from "../api/types.js";
import type { ChartFunction } from "./registry.js";
import { asNumber, colourScale, Plot, plotSvg, rowsOf, shorten, tipText } from "./plot-kit.js";

const europeRanks: ChartFunction = (data, options) => {
  const all = rowsOf<"europe-position", "main">(data);
  const rows = all.filter((row) => asNumber(row.rank) !== null);
  const measure = (row: (typeof rows)[number]) => (options.lang === "nl" ? row.labelNl : row.labelEn);
  const groupOf = (row: (typeof rows)[number]) => String((row as IndicatorRow)[options.groupKey]);
  const measures = [...new Set(all.map(measure))];
  // A bloc without records has no rank: it is named as "no data" beside the measure, never drawn as a place.
  const missing = measures.flatMap((label) => {
    const blocs = all.filter((row) => measure(row) === label && row.value === null);
    return blocs.length
      ? [
          {
            label,
            text: `${options.lang === "nl" ? "geen gegevens" : "no data"}: ${blocs.map((row) => options.labelOf(groupOf(row))).join(", ")}`,
          },
        ]
      : [];
  });
  const maxRank = Math.max(...rows.map((row) => row.rank ?? 0), 3);
  const narrow = options.width < 560;
  // Room for the longest measure at about 6.6 px a character, at most half the width; longer ones are shortened
  // (the full name is in the tooltip and the table).
  const labelRoom = Math.min(
    Math.round(options.width * 0.5),
    Math.max(...measures.map((text) => text.length)) * 6.6 + 16,
  );
  const labelChars = Math.floor((labelRoom - 16) / 6.6);
  return plotSvg({
    width: options.width,
    height: 40 + measures.length * (narrow ? 44 : 30),
    marginLeft: narrow ? 10 : labelRoom,
    marginTop: narrow ? 24 : 20,
    x: {
      label: translate(options.lang)("chart.rankAxis"),
      // Room left of the last place for the "no data" notes.
      domain: [maxRank + (missing.length ? 2.5 : 0.5), 0.5],
      ticks: Array.from({ length: maxRank }, (_, index) => index + 1),
      tickFormat: (value: number) => String(value),
      grid: true,
    },
    y: {
      label: null,
      domain: measures,
      axis: narrow ? null : "left",
      tickFormat: (text: string) => shorten(text, labelChars),
    },
    color: colourScale(rows, options),
    marks: [
      ...(narrow
        ? [
            Plot.text(measures, {
              y: (value: string) => value,
              frameAnchor: "left",
              dy: -14,
              // Shortened to the chart's width on a phone; the full name is in the tooltip and the table.
              text: (value: string) => shorten(value, Math.floor((options.width - 16) / 7.4)),
              fill: "#111111",
            }),
          ]
        : []),
      Plot.text(missing, {
        y: "label",
        x: () => maxRank + 2.4,
        textAnchor: "start",
        text: "text",
        fill: "#555555",
        fontStyle: "italic",
        dy: narrow ? 12 : 0,
      }),
      Plot.dot(rows, {
        y: measure,
        x: "rank",
        fill: options.groupKey,
        r: 7,
        stroke: "#ffffff",
        tip: true,
        title: (row) =>
          tipText(
            options.labelOf(groupOf(row)),
            measure(row),
            translate(options.lang)("chart.rank", { rank: String(row.rank) }),
          ),
      }),
    ],
  });
};
export default europeRanks;
