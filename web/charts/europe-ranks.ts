/** Europe against its rivals: each bloc's rank (1 = first) on every measure, one row per measure. */
import { translate } from "../i18n/lang.js";
import type { ChartFunction } from "./registry.js";
import { asNumber, colourScale, Plot, plotSvg, tipText } from "./plot-kit.js";

const europeRanks: ChartFunction = (data, options) => {
  const rows = data.rows.filter((row) => asNumber(row.rank) !== null);
  const measure = (row: (typeof rows)[number]) => String(options.lang === "nl" ? row.labelNl : row.labelEn);
  const measures = [...new Set(rows.map(measure))];
  const maxRank = Math.max(...rows.map((row) => row.rank as number), 3);
  const narrow = options.width < 560;
  return plotSvg({
    width: options.width,
    height: 40 + measures.length * (narrow ? 44 : 30),
    marginLeft: narrow ? 10 : Math.min(340, options.width * 0.5),
    marginTop: narrow ? 24 : 20,
    x: {
      label: translate(options.lang)("chart.rankAxis"),
      domain: [maxRank + 0.5, 0.5],
      ticks: Array.from({ length: maxRank }, (_, index) => index + 1),
      tickFormat: (value: number) => String(value),
      grid: true,
    },
    y: { label: null, domain: measures, axis: narrow ? null : "left" },
    color: colourScale(rows, options),
    marks: [
      ...(narrow
        ? [
            Plot.text(measures, {
              y: (value: string) => value,
              frameAnchor: "left",
              dy: -14,
              text: (value: string) => value,
              fill: "#111111",
            }),
          ]
        : []),
      Plot.dot(rows, {
        y: measure,
        x: "rank",
        fill: options.groupKey,
        r: 7,
        stroke: "#ffffff",
        tip: true,
        title: (row) =>
          tipText(
            options.labelOf(String(row[options.groupKey])),
            measure(row),
            translate(options.lang)("chart.rank", { rank: String(row.rank) }),
          ),
      }),
    ],
  });
};
export default europeRanks;
