import { describe, expect, it } from "vitest";
import { defineCatalogue, formatMessage } from "./message-format.js";

describe("formatMessage", () => {
  it.each([
    ["n = {n} records", { n: 3 }, "en", "n = 3 records"],
    ["{n, plural, one {# record} other {# records}}", { n: 1 }, "en", "1 record"],
    ["{n, plural, one {# record} other {# records}}", { n: 1234 }, "en", "1,234 records"],
    ["{n, plural, one {# record} other {# records}}", { n: 1234 }, "nl", "1.234 records"],
    ["{n, plural, =0 {none} one {# model} other {# models}} in {year}", { n: 0, year: 2015 }, "en", "none in 2015"],
    ["years {from}–{to}", { from: 2015, to: 2025 }, "nl", "years 2015–2025"],
    ["{value, number} FLOP", { value: 1234.5 }, "nl", "1.234,5 FLOP"],
    ["{missing} stays", {}, "en", "{missing} stays"],
    ["{n, plural, one {{who} has # vote} other {{who} has # votes}}", { n: 2, who: "EU" }, "en", "EU has 2 votes"],
  ] as const)("%s with %o in %s -> %s", (template, values, lang, expected) => {
    expect(formatMessage(template, values, lang)).toBe(expected);
  });

  it("names the message when braces do not balance", () => {
    expect(() => formatMessage("{n, plural, one {#}", { n: 1 }, "en")).toThrow(/unbalanced braces/);
  });
});

describe("defineCatalogue", () => {
  it("translates and labels columns in both languages", () => {
    const catalogue = defineCatalogue({ rows: "{n} rows" }, { rows: "{n} rijen" });
    expect(catalogue.translate("nl")("rows", { n: 2 })).toBe("2 rijen");
    expect(catalogue.column("count", "rows", "models")).toEqual({
      key: "count",
      label: { en: "{n} rows", nl: "{n} rijen" },
      unit: "models",
    });
  });
});
