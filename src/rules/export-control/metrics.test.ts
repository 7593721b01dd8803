import "../../../test/support/export-control-tables.js";
import { describe, expect, it } from "vitest";
import { chipSchema, type ChipParameters } from "./input-schema.js";
import { applicableDieArea, chipMetrics } from "./metrics.js";

const metricsOf = (chip: ChipParameters) => chipMetrics(chipSchema.parse(chip));

describe(chipMetrics, () => {
  const cases: { name: string; chip: ChipParameters; tpp: number | null; pd: number | null; step?: string }[] = [
    {
      name: "H100: FP8 and FP16 tie",
      chip: {
        throughputs: [
          { precision: "FP8", tops: 1979 },
          { precision: "FP16", tops: 989.5 },
        ],
        applicableDieAreaMm2: 814,
      },
      tpp: 15832,
      pd: 19.45,
      step: "PD = 15,832 / 814 mm² = 19.45",
    },
    {
      name: "H20",
      chip: { throughputs: [{ precision: "FP8", tops: 296 }], applicableDieAreaMm2: 814 },
      tpp: 2368,
      pd: 2.91,
      step: "FP8: 296 TOPS x 8 bits = 2,368",
    },
    {
      name: "MI250X: FP16 beats INT8",
      chip: {
        throughputs: [
          { precision: "FP16", tops: 383 },
          { precision: "INT8", tops: 383 },
        ],
        applicableDieAreaMm2: 1580,
      },
      tpp: 6128,
      pd: 3.88,
      step: "(FP16)",
    },
    {
      name: "sparse halved",
      chip: { throughputs: [{ precision: "FP8", tops: 3958, sparse: true }] },
      tpp: 15832,
      pd: null,
      step: "halved to 1,979 dense",
    },
    {
      name: "sparse with a dense override",
      chip: { throughputs: [{ precision: "FP4", tops: 15000, sparse: true, denseTops: 14000 }] },
      tpp: 56000,
      pd: null,
      step: "dense value given as 14,000",
    },
    { name: "no throughputs", chip: {}, tpp: null, pd: null, step: "TPP unknown" },
    { name: "PD given", chip: { tpp: 100, pd: 7 }, tpp: 100, pd: 7, step: "PD given as input: 7" },
  ];
  for (const { name, chip, tpp, pd, step } of cases) {
    it(name, () => {
      const result = metricsOf(chip);
      expect(result.tpp === null ? null : Math.round(result.tpp * 100) / 100).toBe(tpp);
      expect(result.pd === null ? null : Math.round(result.pd * 100) / 100).toBe(pd);
      if (step) expect(result.steps.map((line) => line.text).join("\n")).toContain(step);
    });
  }

  it("writes each arithmetic step in Dutch too, with Dutch number formatting", () => {
    const result = metricsOf({
      throughputs: [{ precision: "FP8", tops: 1979 }],
      dies: [{ areaMm2: 814, kind: "logic", processNm: 4 }],
    });
    const dutch = result.steps.map((line) => line.nl);
    expect(dutch).toContain("FP8: 1.979 TOPS x 8 bits = 15.832");
    expect(dutch).toContain("PD = 15.832 / 814 mm² = 19,45");
    expect(dutch.join("\n")).toContain(
      "Toepasselijk die-oppervlak = 814 (die 1, logica op 4 nm, niet-planair) = 814 mm²",
    );
  });

  it("flags TF32 when it gives the maximum", () => {
    const result = metricsOf({
      throughputs: [
        { precision: "TF32", tops: 200 },
        { precision: "FP16", tops: 100 },
      ],
    });
    expect(result.tpp).toBe(6400);
    expect(result.caveats.map((caveat) => caveat.text).join()).toContain("TF32");
  });
});

describe(applicableDieArea, () => {
  const cases: {
    name: string;
    dies: Parameters<typeof applicableDieArea>[0];
    area: number | null;
    undecided: string[];
  }[] = [
    {
      name: "FinFET logic counts, memory and planar do not",
      dies: [
        { areaMm2: 400, kind: "logic", transistor: "non_planar" },
        { areaMm2: 300, kind: "logic", processNm: 28 },
        { areaMm2: 100, kind: "memory" },
      ],
      area: 400,
      undecided: [],
    },
    {
      name: "process node decides: 6 nm I/O die counts",
      dies: [
        { areaMm2: 750, kind: "logic", processNm: 5 },
        { areaMm2: 370, kind: "logic", processNm: 6 },
      ],
      area: 1120,
      undecided: [],
    },
    {
      name: "interposer and dummy dies excluded",
      dies: [
        { areaMm2: 800, kind: "logic", processNm: 4 },
        { areaMm2: 2000, kind: "interposer" },
        { areaMm2: 50, kind: "dummy" },
      ],
      area: 800,
      undecided: [],
    },
    {
      name: "a 20 nm die is undecided",
      dies: [{ areaMm2: 500, kind: "logic", processNm: 20 }],
      area: null,
      undecided: ["chip.dies[0].transistor"],
    },
  ];
  for (const { name, dies, area, undecided } of cases) {
    it(name, () => {
      const result = applicableDieArea(dies);
      expect(result.areaMm2).toBe(area);
      expect(result.undecided).toEqual(undecided);
    });
  }
});
