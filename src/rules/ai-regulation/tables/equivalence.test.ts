import { describe, expect, it } from "vitest";
import { loadRegulationTables } from "../../../api/regulation-tables.js";
import { COMPARISON_MATRIX, REGIME_APPROACH } from "../data/comparison-matrix.js";
import { CATALOGUES } from "../data/index.js";
import { ANNEX_III_POINTS } from "../data/eu-common.js";

describe("YAML tables equal the TypeScript tables", () => {
  const tables = loadRegulationTables();
  it.each(Object.keys(CATALOGUES))("%s", (jurisdiction) => {
    const yaml = tables.catalogues[jurisdiction as keyof typeof CATALOGUES];
    const ts = CATALOGUES[jurisdiction as keyof typeof CATALOGUES];
    expect(yaml.instruments).toEqual(ts.instruments);
    expect(yaml.facts).toEqual(ts.facts);
    expect(yaml.timeline).toEqual(ts.timeline);
    expect(yaml.rules.map((rule) => rule.id)).toEqual(ts.rules.map((rule) => rule.id));
    ts.rules.forEach((rule, index) => expect(yaml.rules[index]).toEqual(rule));
    expect(Object.keys(tables.catalogues)).toEqual(Object.keys(CATALOGUES));
  });
  it("annex III points", () => expect(tables.catalogues.EU.annexIIIPoints).toEqual(ANNEX_III_POINTS));
  it("matrix", () => {
    expect(tables.matrix).toEqual(COMPARISON_MATRIX);
    expect(tables.approaches).toEqual(REGIME_APPROACH);
  });
});
