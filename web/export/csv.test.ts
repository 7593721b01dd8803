import { describe, expect, it } from "vitest";
import { csvNumber, tableToCsv } from "./csv.js";

const columns = [
  { key: "group", label: { en: "Group", nl: "Groep" }, unit: null },
  { key: "models", label: { en: "Models", nl: "Modellen" }, unit: "models" },
];

describe("csvNumber", () => {
  it.each([
    [25.12345678901, "25.1235"],
    [1319525.23, "1319525.23"],
    [0.000123456789, "0.000123457"],
    [0.1 + 0.2, "0.3"],
    [2.1e25, "2.1e+25"],
    [2019, "2019"],
  ])("%s -> %s", (value, expected) => {
    expect(csvNumber(value)).toBe(expected);
  });
});

describe("tableToCsv", () => {
  it("puts the citation on comment lines, labels in the chosen language, and quotes where needed", () => {
    const csv = tableToCsv(
      columns,
      [
        { group: "us", models: 50 },
        { group: 'a, "b"', models: null },
      ],
      "nl",
      ["Bron: Epoch AI, CC BY 4.0", "line\nbreak"],
    );
    expect(csv.split("\n")).toEqual([
      "# Bron: Epoch AI, CC BY 4.0",
      "# line break",
      "Groep,Modellen",
      "us,50",
      '"a, ""b""",',
      "",
    ]);
  });
});
