import "../../../test/support/export-control-tables.js";
import { describe, expect, it } from "vitest";
import { answerGrid, GRID_DATES, GRID_DESTINATIONS, type GridChip } from "./grid.js";

// Hand-made chips: an H100-like part with every fact, and a smaller part (TPP 4,000) without its die area,
// interconnect or datacenter flag.
const complete: GridChip = {
  id: "full",
  name: "Full",
  parameters: {
    name: "Full",
    tpp: 15_832,
    applicableDieAreaMm2: 814,
    datacenter: true,
    interconnectBidirGBps: 900,
    dramBandwidthGBps: 3_350,
  },
};
const lacking: GridChip = {
  id: "lacking",
  name: "Lacking",
  parameters: { name: "Lacking", tpp: 4_000, datacenter: null, interconnectBidirGBps: null },
};

describe(answerGrid, () => {
  it("answers every chip × destination × date and counts each code once per cell", () => {
    const report = answerGrid([complete, lacking]);
    expect(report.cells).toBe(2 * GRID_DESTINATIONS.length * GRID_DATES.length);
    expect(Object.values(report.counts).reduce((sum, count) => sum + count, 0)).toBe(report.cells);
  });

  it("gives a chip with every fact a definite answer everywhere, and names what the other lacks", () => {
    const report = answerGrid([complete, lacking]);
    expect(report.indeterminate.filter((cell) => cell.chip === "Full")).toEqual([]);
    const cells = report.indeterminate.filter((cell) => cell.chip === "Lacking");
    expect(cells.length).toBe(report.counts["?"]);
    // Below the 2022 rule's TPP 4,800 the interconnect does not matter; under the 2023 rule the density does.
    expect(cells.some((cell) => cell.date === "2023-03-01")).toBe(false);
    expect(cells.find((cell) => cell.destination === "CN" && cell.date === "2023-12-01")?.missing).toContain(
      "chip.dies",
    );
    // Nothing was controlled before 7 October 2022, and the US is never a controlled destination.
    expect(cells.some((cell) => cell.date === "2022-10-01" || cell.destination === "US")).toBe(false);
  });

  it("takes the destinations and dates it is given", () => {
    const report = answerGrid([complete], ["CN"], ["2023-12-01"]);
    expect(report).toEqual({ chips: 1, cells: 1, counts: { "LR-D": 1 }, indeterminate: [] });
  });
});
