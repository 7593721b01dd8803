import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { MAX_FIELD_CHARS, readCsv } from "./csv-rows.js";

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

  it("re-reads from the next line after an unterminated quote, so the good rows after it are kept", () => {
    const table = readCsv('a,b,c\n1,"x,3\n4,5,6\n7,8,9\n');
    expect(table.rows.map((row) => [row.line, row.values.a])).toEqual([
      [3, "4"],
      [4, "7"],
    ]);
    expect(table.rejected).toEqual([
      { line: 2, reason: expect.stringMatching(/Quoted field unterminated; the lines after it/), raw: '1,"x,3' },
    ]);
  });

  it("sets aside a header line repeated mid-file, with its line", () => {
    const table = readCsv("a,b\n1,2\na, b\n3,4\n");
    expect(table.rows.map((row) => row.values.a)).toEqual(["1", "3"]);
    expect(table.rejected).toEqual([{ line: 3, reason: "the header line repeated", raw: "a, b" }]);
  });

  it("refuses a field beyond the length limit, keeping only the start of it", () => {
    const table = readCsv(`a,b\n1,${"x".repeat(MAX_FIELD_CHARS + 1)}\n2,3\n`);
    expect(table.rows.map((row) => row.values.a)).toEqual(["2"]);
    expect(table.rejected[0]).toMatchObject({
      line: 2,
      reason: expect.stringMatching(/"b" is 100001 characters long/),
    });
    expect(table.rejected[0]!.raw.length).toBeLessThan(2_100);
  });

  // A quote left open can only be told from a quoted field spanning lines when nothing later closes it: the
  // good rows here need no quotes.
  it("loses no good row to a line with an unterminated quote, wherever it is", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "b", " ", "é") });
    const broken = fc.constantFrom('z,"open', '"open,z', 'z,"a""b', 'z,x"y"z,"w');
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 12 }), fc.nat(), broken, (rows, at, bad) => {
        const lines = stringify(rows).split("\n").filter(Boolean);
        const position = rows.length === 0 ? 0 : at % (rows.length + 1);
        lines.splice(position, 0, bad);
        const table = readCsv(["x,y", ...lines].join("\n"));
        expect(table.rows.map((row) => [row.values.x, row.values.y])).toEqual(rows);
        expect(table.rejected.map((record) => record.line)).toEqual([position + 2]);
      }),
    );
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
