import { describe, expect, it } from "vitest";
import { tableToCsv } from "./csv.js";

const columns = [
  { key: "group", label: { en: "Group", nl: "Groep" }, unit: null },
  { key: "models", label: { en: "Models", nl: "Modellen" }, unit: "models" },
];

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
      "Groep,Modellen (models)",
      "us,50",
      '"a, ""b""",',
      "",
    ]);
  });
});
