import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { readCsv } from "./csv-rows.js";

describe("readCsv", () => {
  it("keeps quoted newlines and reports the line each record starts on", () => {
    const table = readCsv('a,b\n1,2\n"x\ny",3\n4\n5,"6"\n');
    expect(table.rows.map((row) => [row.line, row.values.a])).toEqual([
      [2, "1"],
      [3, "x\ny"],
      [6, "5"],
    ]);
    expect(table.rejected).toEqual([{ line: 5, reason: "expected 2 fields, found 1", raw: "4" }]);
  });

  it("rejects an unclosed quote without losing the rows before it", () => {
    const table = readCsv('a,b\n1,2\n7,"unterminated\n');
    expect(table.rows).toHaveLength(1);
    expect(table.rejected[0]!.reason).toMatch(/quote/i);
  });

  it("strips a byte-order mark from the header", () => {
    expect(readCsv("\ufeffModel,Year\nGPT,2020\n").header).toEqual(["Model", "Year"]);
  });

  it("reads back any table written by a CSV writer, row for row", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", " ", "é") });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 20 }), (rows) => {
        const table = readCsv(stringify([["x", "y"], ...rows]));
        expect(table.rejected).toEqual([]);
        expect(table.rows.map((row) => [row.values.x, row.values.y])).toEqual(rows);
      }),
    );
  });

  it("never throws, and every record is either a row or rejected", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r") }), (body) => {
        const table = readCsv(`h1,h2\n${body}`);
        expect(table.rows.length + table.rejected.length).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
