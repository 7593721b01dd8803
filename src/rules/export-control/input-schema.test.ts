import "../../../test/support/export-control-tables.js";
import { describe, expect, it } from "vitest";
import { checkExport, tryCheckExport } from "./check-export.js";
import { ExportCheckInputError, type ExportCheckInput } from "./input-schema.js";

const valid: ExportCheckInput = { chip: { tpp: 5000, pd: 6, datacenter: true }, destination: "CN", date: "2024-06-01" };

describe("export-check input validation", () => {
  const cases: { name: string; input: unknown; field: string; message: RegExp }[] = [
    {
      name: "negative TPP",
      input: { ...valid, chip: { tpp: -1, datacenter: true } },
      field: "chip.tpp",
      message: /negative/,
    },
    {
      name: "negative throughput",
      input: { ...valid, chip: { throughputs: [{ precision: "FP8", tops: -5 }] } },
      field: "chip.throughputs[0].tops",
      message: /negative/,
    },
    {
      name: "unknown precision",
      input: { ...valid, chip: { throughputs: [{ precision: "FP7", tops: 5 }] } },
      field: "chip.throughputs[0].precision",
      message: /./,
    },
    {
      name: "unknown country code",
      input: { ...valid, destination: "XX" },
      field: "destination",
      message: /not a known ISO 3166-1/,
    },
    {
      name: "lower-case country code",
      input: { ...valid, destination: "cn" },
      field: "destination",
      message: /upper case/,
    },
    { name: "alpha-3 country code", input: { ...valid, endUserHq: "CHN" }, field: "endUserHq", message: /alpha-2/ },
    {
      name: "a bound with its sides crossed",
      input: { ...valid, chip: { ...valid.chip, interconnectBidirGBps: { atLeast: 700, atMost: 664 } } },
      field: "chip.interconnectBidirGBps",
      message: /atLeast must not exceed atMost/,
    },
    {
      name: "a bound with no side",
      input: { ...valid, chip: { ...valid.chip, dramBandwidthGBps: {} } },
      field: "chip.dramBandwidthGBps",
      message: /give atLeast, atMost or both/,
    },
    { name: "date in a wrong format", input: { ...valid, date: "01/06/2024" }, field: "date", message: /YYYY-MM-DD/ },
    { name: "impossible date", input: { ...valid, date: "2023-02-30" }, field: "date", message: /calendar day/ },
    { name: "unknown mode", input: { ...valid, mode: "maybe" }, field: "mode", message: /./ },
    {
      name: "tpp and throughputs together",
      input: { ...valid, chip: { tpp: 5, throughputs: [{ precision: "FP8", tops: 1 }] } },
      field: "chip.tpp",
      message: /either/,
    },
    {
      name: "two area inputs",
      input: { ...valid, chip: { tpp: 5, pd: 1, applicableDieAreaMm2: 100 } },
      field: "chip.pd",
      message: /only one/,
    },
    {
      name: "zero chips in a computer",
      input: { ...valid, computer: { chipCount: 0 } },
      field: "computer.chipCount",
      message: /at least 1/,
    },
    { name: "unknown field", input: { ...valid, destinaton: "CN" }, field: "(input)", message: /destinaton/ },
    { name: "missing chip", input: { destination: "CN", date: "2024-06-01" }, field: "chip", message: /./ },
  ];

  for (const { name, input, field, message } of cases) {
    it(`rejects ${name}, naming ${field}`, () => {
      const outcome = tryCheckExport(input);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      const issue = outcome.issues.find((entry) => entry.field === field);
      expect(issue, JSON.stringify(outcome.issues)).toBeDefined();
      expect(issue?.message ?? "").toMatch(message);
    });
  }

  it("throws ExportCheckInputError with the field in its message", () => {
    expect(() => checkExport({ ...valid, destination: "ZZ" })).toThrow(
      /destination: not a known ISO 3166-1 alpha-2 country code/,
    );
    expect(() => checkExport({ ...valid, destination: "ZZ" })).toThrow(ExportCheckInputError);
  });

  it("accepts a valid question and fills defaults", () => {
    const result = checkExport(valid);
    expect(result.question).toMatchObject({ mode: "enforced", quantity: 1, item: "ic", endUserHq: null });
  });
});
