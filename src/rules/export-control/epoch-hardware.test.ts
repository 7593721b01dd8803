import "../../../test/support/export-control-tables.js";
import { describe, expect, it } from "vitest";
import { checkExport } from "./check-export.js";
import { chipFromEpochHardware, type EpochHardwareSpecs } from "./epoch-hardware.js";
import { classifyAcrossVersions } from "./timeline.js";

const empty: EpochHardwareSpecs = {
  name: "",
  manufacturer: null,
  tensorFp16Bf16FlopS: null,
  fp16FlopS: null,
  fp8FlopS: null,
  fp4FlopS: null,
  int8OpS: null,
  int4OpS: null,
  int16OpS: null,
  tf32FlopS: null,
  fp32FlopS: null,
  fp64FlopS: null,
  totalProcessingPerformanceBitOpS: null,
  dieSizeMm2: null,
  processSizeNm: null,
  memoryBandwidthByteS: null,
  intranodeBandwidthByteS: null,
};

/** Values as in /work/shared/data/epoch/ml_hardware.csv. */
const h100: EpochHardwareSpecs = {
  ...empty,
  name: "NVIDIA H100 SXM5 80GB",
  manufacturer: "NVIDIA",
  fp64FlopS: 33.45e12,
  fp32FlopS: 66.91e12,
  fp16FlopS: 133.8e12,
  tf32FlopS: 494.7e12,
  tensorFp16Bf16FlopS: 989.4e12,
  int8OpS: 1979e12,
  memoryBandwidthByteS: 3.35e12,
  intranodeBandwidthByteS: 900e9,
  dieSizeMm2: 814,
  processSizeNm: 5,
  totalProcessingPerformanceBitOpS: 1.5832e16,
  datacenter: true,
};
const h20: EpochHardwareSpecs = {
  ...empty,
  name: "NVIDIA HGX H20",
  manufacturer: "NVIDIA",
  tensorFp16Bf16FlopS: 148e12,
  int8OpS: 296e12,
  memoryBandwidthByteS: 4e12,
  totalProcessingPerformanceBitOpS: 2.368e15,
};
const trainium3: EpochHardwareSpecs = {
  ...empty,
  name: "Amazon Trainium3",
  manufacturer: "Amazon AWS",
  totalProcessingPerformanceBitOpS: 2.0136e16,
};

describe(chipFromEpochHardware, () => {
  const cases: {
    name: string;
    row: EpochHardwareSpecs;
    tpp: number | null;
    pd: number | null;
    noteFields: string[];
  }[] = [
    {
      name: "H100 SXM5: throughputs, die and interconnect",
      row: h100,
      tpp: 15832,
      pd: 19.45,
      noteFields: ["chip.throughputs", "chip.dies", "chip.interconnectBidirGBps"],
    },
    { name: "H20: no die size, so no PD", row: h20, tpp: 2368, pd: null, noteFields: ["chip.throughputs"] },
    { name: "only Epoch's TPP column", row: trainium3, tpp: 20136, pd: null, noteFields: ["chip.tpp"] },
    { name: "nothing usable", row: { ...empty, name: "Unknown" }, tpp: null, pd: null, noteFields: [] },
  ];
  for (const { name, row, tpp, pd, noteFields } of cases) {
    it(name, () => {
      const chip = chipFromEpochHardware(row);
      const result = checkExport({ chip, destination: "CN", date: "2024-06-01" });
      expect(result.metrics.tpp === null ? null : Math.round(result.metrics.tpp * 100) / 100).toBe(tpp);
      expect(result.metrics.pd === null ? null : Math.round(result.metrics.pd * 100) / 100).toBe(pd);
      expect([...new Set((chip.notes ?? []).map((note) => note.field))].sort()).toEqual([...noteFields].sort());
    });
  }

  it("flags a disagreement with Epoch's TPP column", () => {
    const chip = chipFromEpochHardware({ ...h20, totalProcessingPerformanceBitOpS: 4.736e15 });
    expect(chip.notes?.some((note) => note.confidence === "disputed")).toBe(true);
  });

  it("an H100 row classifies per rule version", () => {
    const { versions } = classifyAcrossVersions(chipFromEpochHardware(h100));
    const byVersion = Object.fromEntries(versions.map((entry) => [entry.ruleVersion, entry.classification.eccn]));
    expect(byVersion).toMatchObject({ RV0: null, RV1: "3A090", RV2: "3A090.a.1", RV10: "3A090.a.1" });
  });

  it("the H20 row (no die size) is indeterminate under the 2023 rule and names the inputs", () => {
    const { versions } = classifyAcrossVersions(chipFromEpochHardware(h20));
    const rv2 = versions.find((entry) => entry.ruleVersion === "RV2")?.classification;
    expect(rv2?.status).toBe("indeterminate");
    expect(rv2?.decidingInputs).toEqual(expect.arrayContaining(["chip.applicableDieAreaMm2", "chip.datacenter"]));
    expect(versions.find((entry) => entry.ruleVersion === "RV1")?.classification.status).toBe("not_controlled");
  });
});
