import { describe, expect, it } from "vitest";
import { loadExportControlTables } from "../../../api/rule-tables.js";
import { checkExport } from "../check-export.js";
import type { ExportCheckInput } from "../input-schema.js";
import { ruleTables } from "./installed.js";

const QUESTION: ExportCheckInput = {
  chip: {
    name: "H100",
    throughputs: [{ precision: "FP16", tops: 989 }],
    interconnectBidirGBps: 900,
    applicableDieAreaMm2: 814,
    datacenter: true,
  },
  destination: "CN",
  date: "2024-01-10",
};

describe("installed rule tables", () => {
  it("the engine refuses to answer before the edge installs the tables, then answers from them", () => {
    expect(() => checkExport(QUESTION)).toThrow(/rule tables not installed: load data\/rules\/export-control/);
    const tables = loadExportControlTables();
    expect(ruleTables()).toBe(tables);
    expect(checkExport(QUESTION).answer.kind).toBe("licence_required");
  });
});
