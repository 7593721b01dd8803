import "../../../test/support/export-control-tables.js";
import { describe, expect, it } from "vitest";
import { ExportCheckInputError, type ChipParameters } from "./input-schema.js";
import { classifyAcrossVersions, statusTimeline } from "./timeline.js";

const h20: ChipParameters = {
  name: "NVIDIA H20",
  throughputs: [{ precision: "FP8", tops: 296 }],
  applicableDieAreaMm2: 814,
  datacenter: true,
  interconnectBidirGBps: 1028,
  dramBandwidthGBps: 4000,
};
const a100: ChipParameters = {
  name: "NVIDIA A100",
  throughputs: [{ precision: "INT8", tops: 624 }],
  applicableDieAreaMm2: 826,
  datacenter: true,
  interconnectBidirGBps: 664,
  dramBandwidthGBps: 2039,
};

describe(statusTimeline, () => {
  const cases: { name: string; chip: ChipParameters; destination: string; expected: [string, string][] }[] = [
    {
      name: "H20 to China",
      chip: h20,
      destination: "CN",
      expected: [
        ["2022-01-01", "NLR"],
        ["2025-04-09", "LR-II"],
        ["2025-08-08", "LR-II‡"],
      ],
    },
    {
      name: "A100 to China",
      chip: a100,
      destination: "CN",
      expected: [
        ["2022-01-01", "NLR"],
        ["2022-08-26", "LR-II"],
        ["2022-10-07", "LR-D†"],
        ["2023-10-23", "LR-D"],
        ["2026-01-15", "CBC§"],
      ],
    },
    {
      name: "A100 to the UAE: classified from 2022, licence from the early 2023 rule",
      chip: a100,
      destination: "AE",
      expected: [
        ["2022-01-01", "NLR"],
        ["2022-10-07", "NLR"],
        ["2023-10-23", "LR-A*"],
      ],
    },
  ];
  for (const { name, chip, destination, expected } of cases) {
    it(name, () => {
      const segments = statusTimeline({ chip, destination }, { from: "2022-01-01", to: "2026-06-30" });
      expect(segments.map((segment) => [segment.from, segment.code])).toEqual(expected);
      expect(segments.at(-1)?.until).toBe("2026-06-30");
      for (const [index, segment] of segments.slice(1).entries())
        expect(segment.from > segments[index]!.until).toBe(true);
    });
  }

  it("rejects a reversed range, naming it", () => {
    expect(() => statusTimeline({ chip: h20, destination: "CN" }, { from: "2025-01-01", to: "2024-01-01" })).toThrow(
      ExportCheckInputError,
    );
    expect(() => statusTimeline({ chip: h20, destination: "CN" }, { from: "2025-01-01", to: "2025-13-01" })).toThrow(
      /range\.to/,
    );
  });
});

describe(classifyAcrossVersions, () => {
  it("classifies a computer of 8 A100s under each rule version", () => {
    const { versions } = classifyAcrossVersions(a100, { computer: { chipCount: 8 } });
    expect(versions.map((entry) => [entry.ruleVersion, entry.classification.eccn])).toEqual([
      ["RV0", null],
      ["RV1", "4A090"],
      ["RV1a", "4A090"],
      ["RV1b", "4A090.a"],
      ["RV2", "4A090.a"],
      ["RV2a", "4A090.a"],
      ["RV3", "4A090.a"],
      ["RV4", "4A090.a"],
      ["RV5", "4A090.a"],
      ["RV6", "4A090.a"],
      ["RV7", "4A090.a"],
      ["RV8", "4A090.a"],
      ["RV9", "4A090.a"],
      ["RV10", "4A090.a"],
      ["RV11", "4A090.a"],
      ["RV12", "4A090.a"],
    ]);
  });

  it("names the field of a bad chip", () => {
    expect(() => classifyAcrossVersions({ tpp: -3 })).toThrow(/chip\.tpp/);
  });
});
