import "../../../test/support/export-control-tables.js";
import { describe, expect, it } from "vitest";
import type { CuratedChip } from "../../domain/chip-facts.js";
import { checkExport } from "./check-export.js";
import { withCuratedFacts } from "./curated-chip.js";
import { resultIn, type LocalizedResult } from "./details.js";
import { GRID_DATES, GRID_DESTINATIONS } from "./grid.js";
import type { ChipParameters } from "./input-schema.js";
import { formatPlainDate, formatPlainNumber, plainAnswer } from "./plain-answer.js";
import type { PlainLanguage } from "./plain-facts.js";
import { ruleTables } from "./tables/installed.js";

const NAMES: Readonly<Record<string, Readonly<Record<PlainLanguage, string>>>> = {
  CN: { en: "China", nl: "China" },
  NL: { en: "Netherlands", nl: "Nederland" },
  AE: { en: "United Arab Emirates", nl: "Verenigde Arabische Emiraten" },
};
/** Words that only English writes: a Dutch detail line containing one was left untranslated. */
const ENGLISH_WORDS = /\b(the|and|not|given|licence|designed|which|whether|exist|unknown|needs|meets|before|from)\b/;
const detailLines = (result: LocalizedResult) => [
  ...result.metrics.steps,
  ...result.reasons.map((reason) => reason.text),
  ...result.caveats.map((caveat) => caveat.text),
];
const countryName = (code: string, language: PlainLanguage) => NAMES[code]?.[language] ?? code;

const h20: ChipParameters = {
  name: "H20",
  vendor: "NVIDIA",
  tpp: 2368,
  applicableDieAreaMm2: 814,
  datacenter: true,
  interconnectBidirGBps: 900,
  dramBandwidthGBps: 4000,
};
const plain = (chip: ChipParameters, destination: string, date: string, language: PlainLanguage) =>
  plainAnswer(checkExport({ chip, destination, date }), { chipName: chip.name ?? "chip", chip, language, countryName });

describe(plainAnswer, () => {
  it("says yes or no in the first sentence, in English and in Dutch (H20 to China the day after the letter)", () => {
    expect(plain(h20, "CN", "2025-04-10", "en").headline).toBe(
      "Yes, a licence is needed: the H20 is below the 3A090 thresholds, but on 9 April 2025 NVIDIA was informed that exports to China need a licence.",
    );
    expect(plain(h20, "CN", "2025-04-10", "nl").headline).toBe(
      "Ja, er is een vergunning nodig: de H20 blijft onder de drempels van 3A090, maar op 9 april 2025 kreeg NVIDIA te horen dat export naar China een vergunning vereist.",
    );
    expect(plain(h20, "CN", "2025-04-08", "en").headline).toMatch(/^No, no licence is needed: the H20 is below/);
  });

  it("says a chip whose only logic die is planar has no performance density, not that its area is unknown", () => {
    const { applicableDieAreaMm2: _area, ...rest } = h20;
    const planar: ChipParameters = {
      ...rest,
      name: "K80",
      tpp: 260,
      dies: [{ kind: "logic", areaMm2: 561, processNm: 28 }],
    };
    const [metrics] = plain(planar, "CN", "2025-06-01", "en").reasons;
    expect(metrics!.text).toContain("none of its dies counts towards the applicable die area");
    expect(metrics!.text).not.toContain("not known");
    expect(plain(h20, "CN", "2025-06-01", "en").reasons[0]!.text).toContain("over a die area of 814 mm²");
  });

  it("says the density is unknown because the die's transistors are, not its area, when only they are missing", () => {
    const { applicableDieAreaMm2: _area, ...rest } = h20;
    const unknownNode: ChipParameters = { ...rest, name: "v5e", tpp: 3152, dies: [{ kind: "logic", areaMm2: 400 }] };
    const [metrics] = plain(unknownNode, "CN", "2025-06-01", "nl").reasons;
    expect(metrics!.text).toContain("niet bekend is of de die meetelt");
    expect(plain(unknownNode, "CN", "2025-06-01", "en").reasons[0]!.text).not.toContain("because the die area is not");
  });

  it("puts the article a country name takes in a sentence, and capitalises it at the start", () => {
    const a100: ChipParameters = {
      ...h20,
      name: "A100",
      tpp: 4992,
      applicableDieAreaMm2: 826,
      interconnectBidirGBps: 600,
    };
    expect(plain(a100, "AE", "2023-12-01", "en").headline).toContain("exports to the United Arab Emirates need");
    expect(plain(a100, "AE", "2023-12-01", "nl").headline).toContain("export naar de Verenigde Arabische Emiraten");
    expect(plain(a100, "NL", "2023-12-01", "nl").headline).toContain("maar Nederland is op");
    const embargo = plain(a100, "AE", "2023-12-01", "en").reasons.map((reason) => reason.text);
    for (const text of embargo) expect(text.charAt(0)).toBe(text.charAt(0).toUpperCase());
  });

  it("gives each reason with the law it rests on, and numbers in the reader's format", () => {
    const answer = plain(h20, "CN", "2025-04-10", "nl");
    expect(answer.reasons[0]!.text).toContain("2.368");
    expect(answer.reasons[0]!.text).toContain("2,91");
    for (const reason of answer.reasons) expect(reason.citation).not.toBe("");
    expect(answer.legend).toBe(ruleTables().plainTexts.nl.legend["LR-II"]);
  });

  it("asks, in plain words, for the fact that would decide an open answer", () => {
    const unknown = plain({ name: "Z1", tpp: 3000, datacenter: true }, "CN", "2024-06-01", "en");
    expect(unknown.code).toBe("?");
    expect(unknown.headline).toContain("depends on die area");
    expect(unknown.questions).toEqual([
      expect.objectContaining({
        fact: "die_area",
        question: "What is the die area of the Z1 (mm², logic dies only)?",
        parameter: "applicable_die_area_mm2",
        flag: "--die-area",
      }),
    ]);
  });

  it("never shows an engine field path, in any language, destination or date", () => {
    const chips: ChipParameters[] = [
      h20,
      { name: "Z1", tpp: 5000 },
      { name: "Z2", tpp: 6000, pd: 8, datacenter: false },
    ];
    for (const chip of chips)
      for (const destination of GRID_DESTINATIONS)
        for (const date of GRID_DATES)
          for (const language of ["en", "nl"] as const) {
            const answer = plain(chip, destination, date, language);
            const texts = [answer.headline, ...answer.reasons.map((reason) => reason.text), ...answer.caveats];
            for (const text of texts) expect(text).not.toMatch(/chip\.|[a-z][A-Z][a-z]+GBps|decidingInputs|\{\w+\}/);
            expect(answer.legend).not.toBe("");
            const details = detailLines(resultIn(checkExport({ chip, destination, date }), language));
            for (const text of details) expect(text).not.toMatch(/chip\.|[a-z][A-Z][a-z]+GBps|decidingInputs|\{\w+\}/);
            if (language === "nl") {
              const english = new Set(detailLines(resultIn(checkExport({ chip, destination, date }), "en")));
              for (const text of details) {
                expect(english.has(text), `English detail line in a Dutch answer: ${text}`).toBe(false);
                expect(text, "English words in a Dutch detail line").not.toMatch(ENGLISH_WORDS);
              }
            }
          }
  });
});

describe("the engine's own reasons", () => {
  it("name a company letter by its addressee and date, never by its internal id", () => {
    for (const date of GRID_DATES) {
      const result = checkExport({ chip: h20, destination: "CN", date });
      for (const reason of [...result.reasons, ...result.caveats])
        for (const letter of ruleTables().licenceLetters) expect(reason.text).not.toContain(letter.id);
    }
    const letterAnswer = checkExport({ chip: h20, destination: "CN", date: "2025-04-10" });
    expect(letterAnswer.reasons.map((reason) => reason.text)).toContain(
      "the is-informed letter to NVIDIA of 2025-04-09 names H20",
    );
  });
});

describe("plain formats", () => {
  it("writes days and numbers as each language does", () => {
    expect(formatPlainDate("2025-04-09", "en")).toBe("9 April 2025");
    expect(formatPlainDate("2025-04-09", "nl")).toBe("9 april 2025");
    expect(formatPlainNumber(15832.5, "en")).toBe("15,832.5");
    expect(formatPlainNumber(15832.5, "nl")).toBe("15.832,5");
  });
});

describe("a fact known only as a bound, as a reader reads it", () => {
  const curated: CuratedChip = {
    id: "nvidia-quadro-p6000",
    name: "NVIDIA Quadro P6000",
    epoch_names: ["NVIDIA Quadro P6000"],
    file: "data/chips/nvidia-legacy-bounds.yaml",
    line: 5,
    publishers: { "nvidia-nvlink-page-de": "NVIDIA" },
    interconnect_bidir_gbps: {
      at_most: 664,
      source: "nvidia-nvlink-page-de",
      confidence: "inferred",
      quote: "600 GB/s",
    },
    dies: {
      value: [{ kind: "logic", area_mm2: { at_most: 600 }, process_nm: 7, count: 1 }],
      source: "nvidia-nvlink-page-de",
      confidence: "inferred",
      quote: "< 600",
    },
  };
  const chip = withCuratedFacts({ name: "P6000", vendor: "NVIDIA", tpp: 4400, datacenter: true }, curated);

  it.each([
    [
      "en",
      "The interconnect bandwidth is known only as a bound: at most 664 GB/s (source: NVIDIA).",
      /at least 7\.33 per mm² over a die area of at most 600 mm²/,
    ],
    [
      "nl",
      "De interconnectbandbreedte is alleen als grens bekend: ten hoogste 664 GB/s (bron: NVIDIA).",
      /ten minste 7,33 per mm² over een die-oppervlakte van ten hoogste 600 mm²/,
    ],
  ] as const)("states the bound and its publisher, with no field path (%s)", (language, caveat, metrics) => {
    const answer = plain(chip, "CN", "2025-06-01", language);
    expect(answer.caveats).toContain(caveat);
    expect(answer.reasons[0]!.text).toMatch(metrics);
    expect(JSON.stringify(answer)).not.toMatch(/chip\.|interconnectBidirGBps|_gbps|area_mm2/);
  });
});
