import "../../../test/support/export-control-tables.js";
import { describe, expect, it } from "vitest";
import type { CuratedChip } from "../../domain/chip-facts.js";
import { checkExport } from "./check-export.js";
import { withCuratedFacts } from "./curated-chip.js";
import { plainAnswer } from "./plain-answer.js";

// An H20-like Epoch reading (no die, no datacenter flag) and the curated facts that complete it.
const epoch = {
  name: "HGX H20",
  vendor: "NVIDIA",
  tpp: 2368,
  datacenter: null,
  interconnectBidirGBps: null,
  dramBandwidthGBps: 4000,
  notes: [{ field: "chip.tpp", text: "TPP taken from Epoch's column", confidence: "secondary" as const }],
};
const source = { source: "some-source", quote: "a quote" };
const curated: CuratedChip = {
  id: "h20",
  name: "H20",
  epoch_names: ["HGX H20"],
  file: "data/chips/test.yaml",
  line: 3,
  datacenter: { value: true, confidence: "secondary", ...source },
  interconnect_bidir_gbps: { value: 900, confidence: "secondary", ...source },
  dies: { value: [{ kind: "logic", area_mm2: 814, process_nm: 4, count: 1 }], confidence: "secondary", ...source },
};

describe(withCuratedFacts, () => {
  it("leaves a chip without curated facts as it is", () => {
    expect(withCuratedFacts(epoch, null)).toBe(epoch);
  });

  it("fills what Epoch lacks, keeps what it has, and notes each curated value with its file and line", () => {
    const chip = withCuratedFacts(epoch, curated);
    expect(chip).toMatchObject({ tpp: 2368, datacenter: true, interconnectBidirGBps: 900, dramBandwidthGBps: 4000 });
    expect(chip.dies).toEqual([{ kind: "logic", areaMm2: 814, processNm: 4 }]);
    expect(chip.dieAreaConfidence).toBe("secondary");
    expect(chip.notes?.map((note) => note.field)).toEqual([
      "chip.tpp",
      "chip.datacenter",
      "chip.interconnectBidirGBps",
      "chip.dies",
    ]);
    expect(chip.notes?.at(-1)?.text).toContain("data/chips/test.yaml:3");
  });

  it("turns the H20's indeterminate answer for China before the 2025 letter into a definite one", () => {
    const question = { destination: "CN", date: "2024-06-01" };
    expect(checkExport({ chip: epoch, ...question }).code).toBe("?");
    expect(checkExport({ chip: withCuratedFacts(epoch, curated), ...question }).code).toBe("NLR");
  });

  it("names the source's publisher in the answer a person reads, never its id", () => {
    const chip = withCuratedFacts(epoch, { ...curated, publishers: { "some-source": "Tom's Hardware" } });
    const result = checkExport({ chip, destination: "CN", date: "2024-06-01" });
    for (const language of ["en", "nl"] as const) {
      const { caveats } = plainAnswer(result, { chipName: "H20", chip, language, countryName: (code) => code });
      expect(caveats.some((caveat) => caveat.includes("Tom's Hardware"))).toBe(true);
      expect(caveats.join(" ")).not.toContain("some-source");
    }
  });
});

describe("a curated bound", () => {
  const bounded: CuratedChip = {
    ...curated,
    interconnect_bidir_gbps: { at_most: 664, confidence: "inferred", ...source },
    dies: {
      value: [{ kind: "logic", area_mm2: { at_most: 600 }, process_nm: 7, count: 2 }],
      confidence: "inferred",
      ...source,
    },
    origins: { interconnect_bidir_gbps: { file: "data/chips/bounds.yaml", line: 9 } },
  };
  const chip = withCuratedFacts(epoch, bounded);

  it("reaches the engine as a bound, each die counted, and the note says it in words and names its file", () => {
    expect(chip.interconnectBidirGBps).toEqual({ atMost: 664 });
    expect(chip.dies).toEqual([
      { kind: "logic", areaMm2: { atMost: 600 }, processNm: 7 },
      { kind: "logic", areaMm2: { atMost: 600 }, processNm: 7 },
    ]);
    const note = chip.notes!.find((entry) => entry.field === "chip.interconnectBidirGBps")!;
    expect(note.text).toContain("interconnect at most 664 GB/s (both directions)");
    expect(note.text).toContain("(data/chips/bounds.yaml:9)");
    expect(note.nl).toContain("interconnect ten hoogste 664 GB/s (beide richtingen)");
    const dies = chip.notes!.find((entry) => entry.field === "chip.dies")!;
    expect(dies.text).toContain("2 × logic at most 600 mm² (7 nm)");
    expect(dies.text).toContain("(data/chips/test.yaml:3)");
  });

  it("sums the bounded dies: a PD of at least TPP / 1,200", () => {
    const result = checkExport({ chip, destination: "CN", date: "2023-12-01" });
    expect(result.metrics.applicableDieAreaBound).toEqual({ atMost: 1200 });
    expect(result.metrics.pdBound).toEqual({ atLeast: 2368 / 1200 });
  });
});
