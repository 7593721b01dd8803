import { describe, expect, it } from "vitest";
import type { Column } from "../api/types.js";
import { cellUnit, isYearColumn, readableTable, wideTable } from "./table-shape.js";

const col = (key: string, unit: string | null = null): Column => ({ key, label: { en: key, nl: `${key}-nl` }, unit });
const label = (group: string) => group.toUpperCase();

describe("wideTable", () => {
  const columns = [col("year"), col("group"), col("models", "models")];
  const rows = [
    { year: 2015, group: "us", models: 10 },
    { year: 2015, group: "china", models: 3 },
    { year: 2016, group: "us", models: 12 },
  ];

  it("puts years in rows and groups in columns, a missing pair empty", () => {
    const wide = wideTable({ columns, rows }, "group", label, "en")!;
    expect(wide.columns.map((column) => column.key)).toEqual(["year", "us", "china"]);
    expect(wide.columns[1]!.label.en).toBe("US");
    expect(wide.rows).toEqual([
      { year: 2015, us: 10, china: 3 },
      { year: 2016, us: 12 },
    ]);
  });

  it("stays long when a year and group pair repeats, or a text column varies", () => {
    expect(wideTable({ columns, rows: [...rows, rows[0]!] }, "group", label, "en")).toBeNull();
    const withModel = [...columns, col("model")];
    const named = rows.map((row, index) => ({ ...row, model: `m${index}` }));
    expect(wideTable({ columns: withModel, rows: named }, "group", label, "en")).toBeNull();
  });

  it("keeps a unit per row for tables that mix measures", () => {
    const mixed = readableTable(
      [col("measure"), col("labelEn"), col("labelNl"), col("group"), col("value"), col("unit")],
      [
        { measure: "a", labelEn: "Models", labelNl: "Modellen", group: "us", value: 0.5, unit: "share" },
        { measure: "a", labelEn: "Models", labelNl: "Modellen", group: "eu", value: 0.2, unit: "share" },
      ],
      "nl",
    );
    expect(mixed.columns.map((column) => column.key)).toEqual(["labelNl", "group", "value", "unit"]);
    expect(mixed.columns[0]!.label.nl).toBe("measure-nl");
    const wide = wideTable(mixed, "group", label, "nl")!;
    expect(wide.rows[0]).toEqual({ labelNl: "Modellen", us: 0.5, "us.unit": "share", eu: 0.2, "eu.unit": "share" });
    expect(cellUnit(wide.columns[1]!, wide.rows[0]!)).toBe("share");
  });
});

describe("isYearColumn", () => {
  it.each([
    ["year", null, true],
    ["fitFrom", null, true],
    ["latestYear", null, true],
    ["models", "models", false],
    ["yearly", null, false],
  ] as const)("%s (%s) -> %s", (key, unit, expected) => {
    expect(isYearColumn(col(key, unit))).toBe(expected);
  });
});
