import { describe, expect, it } from "vitest";
import type { IndicatorSeries } from "../../api/types.js";
import { answerLines, formatUsd } from "./answer.js";
import { CATALOGUE } from "./messages.js";

const table = (key: string, rows: Record<string, unknown>[]) => ({
  key,
  title: { en: key, nl: key },
  columns: [],
  rows,
  units: {},
});

const series = {
  id: "price-of-capability",
  rows: [],
  columns: [],
  units: {},
  method: {},
  tables: [
    table("main", [
      {
        date: "2024-06-30",
        level: "gpt-4",
        group: "us",
        cheapestUsdPerMtok: 6,
        model: "m",
        provider: "P",
        priceSince: "2024-06-20",
      },
      { date: "2024-06-30", level: "gpt-4", group: "china", cheapestUsdPerMtok: null },
    ]),
    table("fall", [
      {
        level: "gpt-4",
        group: "us",
        n: 6,
        fallPerYear: 12.5,
        fallPerYearLow: 3.11,
        fallPerYearHigh: 50,
        fitFrom: "2023-03-14",
        fitTo: "2025-08-07",
      },
      {
        level: "gpt-4",
        group: "china",
        n: 3,
        fallPerYear: 0.74,
        fallPerYearLow: 0.0007,
        fallPerYearHigh: 1440,
        fitFrom: "2024-12-26",
        fitTo: "2025-09-29",
      },
    ]),
    table("gap", [{ date: "2024-06-30", level: "gpt-4", usOverChina: null }]),
  ],
} as unknown as IndicatorSeries;

describe(answerLines, () => {
  const lines = (lang: "en" | "nl") =>
    answerLines(series, {
      level: "gpt-4",
      blocs: ["us", "china"],
      lang,
      p: CATALOGUE.translate(lang),
      labelOf: (g) => g.toUpperCase(),
      days: ["2024-06-30"],
    });

  it("says per bloc what the level cost, or that no model reached it, and how fast it falls", () => {
    expect(lines("en")).toEqual([
      "On 30 Jun 2024: US US$6 (m, P, price as of 20 Jun 2024); CHINA no model at this level.",
      "US: the price fell 12.5× a year (3.1–50× , 90% interval, 6 price changes from 14 Mar 2023 to 7 Aug 2025).".replace(
        "× ,",
        "×,",
      ),
      "CHINA: no clear trend yet: the 90% interval of the fall per year runs from 0.0007× to 1,440× (3 price changes from 26 Dec 2024 to 29 Sept 2025).",
    ]);
  });

  it("speaks Dutch with Dutch numbers", () => {
    expect(lines("nl")[0]).toBe(
      "Op 30 jun 2024: US US$\u00a06 (m, P, prijs sinds 20 jun 2024); CHINA geen model op dit niveau.",
    );
    expect(lines("nl")[1]).toContain("12,5× per jaar");
  });
});

describe(formatUsd, () => {
  it.each([
    [37.5, "en", "US$37.5"],
    [0.1375, "en", "US$0.138"],
    [0.4775, "nl", "US$\u00a00,478"],
  ] as const)("%s in %s -> %s", (value, lang, text) => expect(formatUsd(value, lang)).toBe(text));
});

describe("the gap and the missing fits in the answer", () => {
  const withGap = {
    ...series,
    tables: [
      series.tables[0]!,
      table("fall", [
        { level: "gpt-4", group: "us", n: 0, fallPerYear: null },
        { level: "gpt-4", group: "china", n: 2, fallPerYear: null },
      ]),
      table("gap", [
        { date: "2024-06-30", level: "gpt-4", usOverChina: 0.25 },
        { date: "2025-06-30", level: "gpt-4", usOverChina: 4 },
      ]),
    ],
  } as unknown as IndicatorSeries;
  const lines = answerLines(withGap, {
    level: "gpt-4",
    blocs: ["us", "china"],
    lang: "en",
    p: CATALOGUE.translate("en"),
    labelOf: (g) => g.toUpperCase(),
    days: ["2024-06-30", "2025-06-30"],
  });

  it("says why there is no trend: no offer yet, or fewer changes than the fit needs", () => {
    expect(lines).toContain("US: no offer at this level yet, so no trend.");
    expect(lines).toContain(
      "CHINA: too few price changes to fit a trend: 2 so far at this level, and the fit needs at least 3.",
    );
  });

  it("gives the US–China gap on each day, from the dearer side", () => {
    expect(lines).toContain("On 30 Jun 2024 the cheapest Chinese offer cost 4× the cheapest US one.");
    expect(lines).toContain("On 30 Jun 2025 the cheapest US offer cost 4× the cheapest Chinese one.");
  });
});
